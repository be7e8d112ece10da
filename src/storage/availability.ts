/**
 * Whether an error means "the database cannot be reached right now" (down, restarting, a network
 * cut, a timeout), as opposed to a bug or bad data. Such an update is not lost and not answered
 * with "try again": long polling stops confirming updates and the webhook answers 503, so
 * Telegram delivers it again once the database is back.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, in recovery)
  '57014', // query_canceled: statement_timeout
  '55P03', // lock_not_available: lock_timeout
  '53300', // too_many_connections
]);

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  return isDatabaseUnavailable(error.cause, depth + 1);
}

/** Raised for an update that must be delivered again later (the database was unavailable). */
export class RetryLaterError extends Error {
  constructor(override readonly cause: unknown) {
    super('database unavailable; the update will be processed when it is back');
    this.name = 'RetryLaterError';
  }
}
