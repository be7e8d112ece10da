/**
 * dika's whole data model, one file per concern in ./tables. Later features add columns and
 * tables there; `npm run db:generate` turns the difference into a new file in migrations/.
 */

export * from './tables/calendar.js';
export * from './tables/checkins.js';
export * from './tables/evaluation.js';
export * from './tables/feedback.js';
export * from './tables/organisation.js';
export * from './tables/plans.js';
export * from './tables/system.js';
