import { PLAN_JOB, planZoneWeek } from '../../services/schedule/plan-schedule.js';
import { loadScheduleSources } from '../../services/schedule/schedule-sources.js';
import type { Tx } from '../../storage/database.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/**
 * Plans one zone's week on one local day (subject = zone, period = `yyyy-MM-dd`), claimed once
 * across replicas. All in the job's transaction: a runner killed halfway leaves nothing, and the
 * next runner (after the lease) plans again from the start; the inserts skip rows that exist.
 */
export const schedulePlanJob: JobHandler = {
  name: PLAN_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const sources = await loadScheduleSources(tx);
    const result = await planZoneWeek(tx, { zone: job.subject, date: job.periodKey, sources });
    ctx.log.info({ zone: job.subject, date: job.periodKey, ...result }, 'week planned');
  },
};
