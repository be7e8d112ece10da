import { performance } from 'node:perf_hooks';
import type { SQL } from 'drizzle-orm';
import type { Logger } from 'pino';
import { afterFailure } from '../core/schedule/retry.js';
import type { Locale } from '../i18n/translator.js';
import { logFailure } from '../logging/log-failure.js';
import { safeError } from '../logging/safe-error.js';
import type { Metrics } from '../ops/metrics.js';
import type { DialogReply } from '../services/dialogs/dialog-reply.js';
import type { DialogRunner } from '../services/dialogs/dialog-runner.js';
import type { OutboundDispatcher } from '../services/outbound/dispatcher.js';
import { createNotifier, takeNotified } from '../services/outbound/notifier.js';
import type { ReplyRenderers } from '../services/outbound/reply-renderer.js';
import type { Recipient } from '../services/people/recipient.js';
import type { Db, Tx } from '../storage/database.js';
import { claimDueJobs, finishJob, type JobRow, releaseJobs, retryJob } from '../storage/repositories/jobs.js';
import type { OutboundRow } from '../storage/repositories/outbound.js';
import { postponeClaimedJob } from '../storage/repositories/schedule-jobs.js';

export interface JobContext {
  /** When this job started, by the scheduler's clock. */
  now: Date;
  log: Logger;
  dialogs: DialogRunner;
  /** How to reach a person now: their reachable chat on a channel this process runs. */
  recipient(tx: Tx, employeeId: number): Promise<Recipient | undefined>;
  /** Queues a reply to a person on their channel (bulk priority), inside the job's transaction; false when unreachable. */
  notify(tx: Tx, to: number | Recipient, reply: DialogReply): Promise<boolean>;
}

/** What a handler may ask instead of being marked done: run again later (quiet hours), not as a failure. */
export interface JobOutcome {
  postponeUntil: Date;
}

/** One kind of scheduled work; `name` is the `job_runs.job` it runs. */
export interface JobHandler {
  readonly name: string;
  /** Runs in the transaction that also marks the job done: its writes and messages commit with it or not at all. */
  // biome-ignore lint/suspicious/noConfusingVoidType: most handlers are `Promise<void>`; only some postpone
  handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void | JobOutcome>;
}

export interface JobRunnerDeps {
  db: Db;
  logger: Logger;
  handlers: JobHandler[];
  outbound: Pick<OutboundDispatcher, 'enqueue' | 'deliver' | 'settled'>;
  renderers: Pick<ReplyRenderers, 'render' | 'channels'>;
  dialogs: DialogRunner;
  defaultLocale: Locale;
  /** Identifies this process in `job_runs.claimed_by`. */
  worker: string;
  /** How long a claim is held before another runner may take the job over (default 5 minutes). */
  leaseMs?: number;
  /** Jobs claimed at a time (default 100). */
  batch?: number;
  /** Only jobs matching this condition on job_runs (`schedule run --unit`); all when absent. */
  scope?: SQL;
  /** Attempts before a failing job is given up as failed (default 3). */
  maxAttempts?: number;
  /**
   * Jobs of a claimed batch run at once, each in its own transaction (default 1). A fan-out of
   * prompts is bound by round trips, not CPU; keep it well under the pool so replies still get a
   * connection.
   */
  concurrency?: number;
  metrics?: Metrics | undefined;
}

export interface RunResult {
  claimed: number;
  done: number;
  /** Attempts whose handler threw (rolled back; the job is pending again or, after the last attempt, failed). */
  failed: number;
  /** Claimed but not started before the budget ran out, given back. */
  released: number;
  /** Taken over, cancelled or rescheduled while running: rolled back, someone else's now. */
  lost: number;
}

const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_BATCH = 100;
const DEFAULT_MAX_ATTEMPTS = 3;
/** Deliveries of finished jobs run beside the next jobs, at most this many at once. */
const MAX_DELIVERIES_IN_FLIGHT = 32;

class ClaimLostError extends Error {
  override name = 'ClaimLostError';
}

type Outcome = 'done' | 'failed' | 'lost';

/**
 * Runs due jobs until none is left or `budgetMs` is spent. Each job runs in one transaction with
 * its completion and its queued messages, so a crash, a failure or a lost claim leaves none of its
 * effects; the messages are delivered after the commit, beside the next jobs. `now` is the tick's
 * start by the scheduler's clock; time spent in the tick is added to it.
 */
export async function runDueJobs(deps: JobRunnerDeps, now: Date, budgetMs: number): Promise<RunResult> {
  const handlers = handlersByName(deps.handlers);
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const batch = deps.batch ?? DEFAULT_BATCH;
  const started = performance.now();
  const at = () => new Date(now.getTime() + (performance.now() - started));
  const spent = () => performance.now() - started >= budgetMs;
  // A job is started only with a fifth of its lease left, so it finishes before anyone may take it over.
  const startBy = (job: JobRow) => (job.leaseUntil?.getTime() ?? 0) - leaseMs / 5;
  const result: RunResult = { claimed: 0, done: 0, failed: 0, released: 0, lost: 0 };
  const deliveries = new Set<Promise<void>>();

  try {
    while (!spent()) {
      const claimedAt = at();
      const jobs = await deps.db.transaction((tx) =>
        claimDueJobs(tx, {
          jobs: [...handlers.keys()],
          now: claimedAt,
          limit: batch,
          worker: deps.worker,
          leaseUntil: new Date(claimedAt.getTime() + leaseMs),
          ...(deps.scope ? { scope: deps.scope } : {}),
        }),
      );
      result.claimed += jobs.length;
      for (const job of jobs) deps.metrics?.jobs.inc({ job: job.job, outcome: 'claimed' });
      // Jobs from `next` on were not started; if a runner error escapes, they are given back too.
      let next = 0;
      let stopped = false;
      const worker = async () => {
        try {
          while (!stopped && next < jobs.length) {
            const job = jobs[next]!;
            if (spent() || at().getTime() >= startBy(job)) break;
            next++;
            const outcome = await runOne(deps, handlers.get(job.job)!, job, at, deliveries);
            result[outcome]++;
            deps.metrics?.jobs.inc({ job: job.job, outcome });
          }
        } finally {
          // One worker out of time (or failing) stops the others taking more.
          stopped = true;
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 1) }, worker));
      } finally {
        result.released += await release(deps, jobs.slice(next));
        for (const job of jobs.slice(next)) deps.metrics?.jobs.inc({ job: job.job, outcome: 'released' });
      }
      if (jobs.length < batch || next < jobs.length) break;
    }
  } finally {
    await Promise.all(deliveries);
    await deps.outbound.settled();
  }
  return result;
}

function handlersByName(list: readonly JobHandler[]): Map<string, JobHandler> {
  const map = new Map<string, JobHandler>();
  for (const handler of list) {
    if (map.has(handler.name)) throw new Error(`job handler ${handler.name} registered twice`);
    map.set(handler.name, handler);
  }
  return map;
}

async function runOne(
  deps: JobRunnerDeps,
  handler: JobHandler,
  job: JobRow,
  at: () => Date,
  deliveries: Set<Promise<void>>,
): Promise<Outcome> {
  const log = deps.logger.child({ job: job.job, job_id: job.id, attempt: job.attempts });
  let queued: OutboundRow[] = [];
  try {
    await deps.db.transaction(async (tx) => {
      const outcome = await handler.handle(tx, job, jobContext(deps, log, at()));
      // Every message the job queued, through its context or a dialog effect it ran.
      queued = takeNotified(tx);
      const kept = outcome
        ? await postponeClaimedJob(tx, job, outcome.postponeUntil)
        : await finishJob(tx, job, at());
      if (!kept) throw new ClaimLostError();
    });
  } catch (error) {
    if (error instanceof ClaimLostError) {
      log.warn('job was taken over, cancelled or rescheduled while running; rolled back');
      return 'lost';
    }
    return recordFailure(deps, job, log, error, at());
  }
  track(deliveries, deps.outbound.deliver(queued), log);
  if (deliveries.size >= MAX_DELIVERIES_IN_FLIGHT) await Promise.race(deliveries);
  return 'done';
}

function jobContext(deps: JobRunnerDeps, log: Logger, now: Date): JobContext {
  const notifier = createNotifier(deps);
  return {
    now,
    log,
    dialogs: deps.dialogs,
    recipient: notifier.recipient,
    notify: (tx, to, reply) => notifier.notify(tx, to, reply, 1),
  };
}

/** Outside the rolled-back transaction: the job is retried later or, after its last attempt, failed. */
async function recordFailure(
  deps: JobRunnerDeps,
  job: JobRow,
  log: Logger,
  error: unknown,
  now: Date,
): Promise<Outcome> {
  const safe = safeError(error);
  const kind = errorKind(safe);
  const decision = afterFailure(job.attempts, deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, now);
  logFailure(log, error, 'job', { retry_at: decision.retry ? decision.dueAt : undefined });
  const kept = decision.retry
    ? await retryJob(deps.db, job, { dueAt: decision.dueAt, error: kind })
    : await finishJob(deps.db, job, now, kind);
  return kept ? 'failed' : 'lost';
}

/**
 * What `job_runs.last_error` keeps: the error's type and SQL state, from the driver's error when the
 * ORM wrapped it. Never a message: a driver's quotes the query's parameters, which people typed.
 */
function errorKind(safe: ReturnType<typeof safeError>): string {
  let coded: ReturnType<typeof safeError> | undefined = safe;
  while (coded && !coded.code) coded = coded.cause;
  const source = coded ?? safe;
  return source.code ? `${source.type}:${source.code}` : source.type;
}

async function release(deps: JobRunnerDeps, jobs: JobRow[]): Promise<number> {
  if (jobs.length === 0) return 0;
  try {
    return await releaseJobs(deps.db, jobs);
  } catch (error) {
    // Their leases run out and another tick takes them over.
    deps.logger.error({ err: safeError(error), jobs: jobs.length }, 'could not release unstarted jobs');
    return 0;
  }
}

function track(deliveries: Set<Promise<void>>, delivery: Promise<void>, log: Logger): void {
  const tracked = delivery
    .catch((error: unknown) => log.error({ err: safeError(error) }, 'delivery of job messages failed'))
    .finally(() => deliveries.delete(tracked));
  deliveries.add(tracked);
}
