import type { JobOutcome } from '../job-runner.js';

/**
 * Held back until `retryAt`, at least a minute on: a retry time not after the claim would be
 * claimed again at once, in the same tick, over and over.
 */
export function postpone(retryAt: Date, now: Date): JobOutcome {
  return { postponeUntil: new Date(Math.max(retryAt.getTime(), now.getTime() + 60_000)) };
}
