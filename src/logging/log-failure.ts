import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../storage/availability.js';
import { safeError } from './safe-error.js';

/**
 * Logs what a timer (the outbound sweep, a scheduler tick, a job) could not do. An unreachable
 * database is a warning, not an error: nothing is lost (the next run picks the work up again),
 * the outage is already reported by /readyz and by every update kept, and an error per timer
 * per tick would page an operator for what dika rides out by itself.
 */
export function logFailure(
  log: Logger,
  error: unknown,
  what: string,
  fields: Record<string, unknown> = {},
): void {
  const entry = { ...fields, err: safeError(error) };
  if (isDatabaseUnavailable(error)) log.warn(entry, `database unavailable: ${what} postponed`);
  else log.error(entry, `${what} failed`);
}
