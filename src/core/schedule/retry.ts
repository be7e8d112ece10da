/** What becomes of a job whose attempt failed. */
export type RetryDecision = { retry: true; dueAt: Date } | { retry: false };

/**
 * Back-off for failed jobs: 1, 2, 4… minutes after the attempt, capped at an hour, until
 * `maxAttempts` attempts have been made. `attempts` counts the one that just failed.
 */
export function afterFailure(attempts: number, maxAttempts: number, now: Date): RetryDecision {
  if (attempts >= maxAttempts) return { retry: false };
  const delayMs = Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return { retry: true, dueAt: new Date(now.getTime() + delayMs) };
}
