import {
  BUNDLE_JOB,
  BUNDLE_PLAN_JOB,
  planBundles,
  sendBundle,
} from '../../services/feedback/continuous-bundle.js';
import type { Tx } from '../../storage/database.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/**
 * Umpan balik berkelanjutan in bundles. The planning run (subject = zone, period = local date,
 * 16.00 on working days) queues one delivery per recipient whose bundle is due, in one statement;
 * each delivery (subject = recipient) then runs in its own transaction. Logs carry counts only,
 * never a word of the feedback.
 */
export const continuousBundlePlanJob: JobHandler = {
  name: BUNDLE_PLAN_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const queued = await planBundles(tx, job.subject, ctx.now, job.dueAt);
    ctx.log.info({ zone: job.subject, queued }, 'continuous feedback bundles planned');
  },
};

export const continuousBundleJob: JobHandler = {
  name: BUNDLE_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const items = await sendBundle(tx, Number(job.subject), ctx.now, ctx);
    ctx.log.info({ items }, 'continuous feedback bundle');
  },
};

/** Both, for defaultJobHandlers. */
export const continuousFeedbackJobs = [continuousBundlePlanJob, continuousBundleJob] as const;
