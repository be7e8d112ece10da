import {
  EVALUATION_PLAN_JOB,
  EVALUATION_REMINDER_JOB,
  evaluationReminder,
  planEvaluationReminders,
} from '../../services/evaluation/evaluation-reminders.js';
import type { Tx } from '../../storage/database.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/** Plans one reminder window's sends (subject `all`, period `2026-Q4:after`), claimed once. */
export const evaluationPlanJob: JobHandler = {
  name: EVALUATION_PLAN_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const planned = await planEvaluationReminders(tx, job.periodKey, ctx.now);
    ctx.log.info({ window: job.periodKey, planned }, 'evaluation reminders planned');
  },
};

/** One appraiser's reminder to run /evaluasi (subject = appraiser), checked again when due. */
export const evaluationReminderJob: JobHandler = {
  name: EVALUATION_REMINDER_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const reply = await evaluationReminder(tx, job.periodKey, Number(job.subject));
    const sent = reply ? await ctx.notify(tx, Number(job.subject), reply) : false;
    ctx.log.info({ window: job.periodKey, sent }, 'evaluation reminder');
  },
};
