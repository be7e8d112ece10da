import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import cron, { type Logger as CronLogger } from 'node-cron';
import type { Logger } from 'pino';
import { logFailure } from '../logging/log-failure.js';
import { safeError } from '../logging/safe-error.js';
import { pruneRetention, type RetentionPolicy } from '../services/retention/prune-retention.js';
import { checkCalendarYears } from '../services/schedule/calendar-check.js';
import type { JobHandler, JobRunnerDeps } from './job-runner.js';
import { appraiserDigestJob } from './jobs/appraiser-digest.js';
import { checkinSnoozeJob } from './jobs/checkin-snooze.js';
import { continuousFeedbackJobs } from './jobs/continuous-feedback-bundle.js';
import { evaluationPlanJob, evaluationReminderJob } from './jobs/evaluation-reminder.js';
import { feedbackCloseJob } from './jobs/feedback-close.js';
import { feedbackInviteJob, feedbackRemindJob } from './jobs/feedback-invite.js';
import { feedbackPeerReviewJob } from './jobs/feedback-peer-review.js';
import { feedbackRemindPlanJob } from './jobs/feedback-remind-plan.js';
import { schedulePlanJob } from './jobs/schedule-plan.js';
import { checkinLastCallJob, checkinPromptJob, checkinReminderJob } from './jobs/schedule-send.js';
import { supervisorDigestJob } from './jobs/supervisor-digest.js';
import { weekCloseJob } from './jobs/week-close.js';
import { runScheduleTick } from './schedule-tick.js';

/** A tick stops claiming after this, well inside its minute, so `noOverlap` rarely skips one. */
const TICK_BUDGET_MS = 50_000;
/** Jobs run at once by a tick: a prompt fan-out waits on round trips; 4 of the pool's 10 connections. */
export const JOB_CONCURRENCY = 4;

/** Every job this build runs. */
export function defaultJobHandlers(): JobHandler[] {
  return [
    checkinSnoozeJob,
    appraiserDigestJob,
    schedulePlanJob,
    checkinPromptJob,
    checkinReminderJob,
    checkinLastCallJob,
    supervisorDigestJob,
    weekCloseJob,
    feedbackInviteJob,
    feedbackRemindPlanJob,
    feedbackRemindJob,
    feedbackCloseJob,
    feedbackPeerReviewJob,
    ...continuousFeedbackJobs,
    evaluationPlanJob,
    evaluationReminderJob,
  ];
}

/** This process in `job_runs.claimed_by`: host and pid, plus a suffix because containers all run pid 1. */
export function workerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export interface SchedulerDeps extends JobRunnerDeps {
  clock?: () => Date;
  tickBudgetMs?: number;
  /** The RETENTION_* periods (`retentionPolicyOf(config)`), applied by the nightly housekeeping. */
  retention: RetentionPolicy;
}

/**
 * Ticks once a minute and lets the database decide what is due: node-cron only wakes us, claims
 * in job_runs make each run happen once across replicas, a crashed replica's jobs are taken over
 * when their lease passes, and a replica that was down catches up on its next tick.
 * Returns the stop function, which waits for a tick in progress.
 */
export function startScheduler(deps: SchedulerDeps): () => Promise<void> {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.logger;
  const inFlight = new Set<Promise<void>>();
  // Every timer's error goes through our logger, privacy-safe; node-cron never prints it raw.
  const guarded = (timer: string, work: () => Promise<void>) => async () => {
    const run = work().catch((error: unknown) => logFailure(log, error, 'scheduled task', { timer }));
    inFlight.add(run);
    await run.finally(() => inFlight.delete(run));
  };
  const options = { noOverlap: true, logger: cronLogger(log) };

  const tick = cron.schedule(
    '* * * * *',
    guarded('jobs', async () => {
      const result = await runScheduleTick(
        { concurrency: JOB_CONCURRENCY, ...deps },
        clock(),
        deps.tickBudgetMs ?? TICK_BUDGET_MS,
      );
      if (result.claimed > 0) log.info(result, 'jobs run');
    }),
    { ...options, name: 'dika-jobs' },
  );
  // Nightly housekeeping at 03:17 server time (off the hour, away from other cron jobs).
  const housekeeping = cron.schedule(
    '17 3 * * *',
    guarded('housekeeping', async () => {
      await pruneRetention(deps.db, { policy: deps.retention, now: clock(), log });
      await checkCalendarYears(deps.db, clock(), log);
    }),
    { ...options, name: 'dika-housekeeping' },
  );
  // Once at start too: a process started on 1 December after the housekeeping hour still says it.
  void guarded('calendar-check', async () => {
    await checkCalendarYears(deps.db, clock(), log);
  })();
  return async () => {
    await tick.stop();
    await housekeeping.stop();
    await Promise.allSettled([...inFlight]);
  };
}

/** node-cron's own warnings (a missed minute, an overlap) in our log format. */
function cronLogger(log: Logger): CronLogger {
  const line = (level: 'error' | 'debug', message: string | Error, error?: Error) => {
    const err = error ?? (message instanceof Error ? message : undefined);
    log[level](
      { ...(err ? { err: safeError(err) } : {}) },
      typeof message === 'string' ? message : 'node-cron',
    );
  };
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message, error) => line('error', message, error),
    debug: (message, error) => line('debug', message, error),
  };
}
