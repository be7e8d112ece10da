import {
  cyclePeriodKey,
  FEEDBACK_REMIND_JOB,
  FEEDBACK_REMIND_PLAN_JOB,
} from '../../services/feedback/cycle-service.js';
import type { Tx } from '../../storage/database.js';
import { findCycle, scheduleRaterJobs } from '../../storage/repositories/feedback-cycles.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/**
 * Three working days before a cycle closes (subject = cycle): one reminder job for every rater
 * who still has a questionnaire to send, in one INSERT … SELECT.
 */
export const feedbackRemindPlanJob: JobHandler = {
  name: FEEDBACK_REMIND_PLAN_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const cycleId = Number(job.subject);
    const cycle = await findCycle(tx, { id: cycleId });
    if (cycle?.status !== 'open') return;
    const raters = await scheduleRaterJobs(tx, {
      cycleId,
      job: FEEDBACK_REMIND_JOB,
      periodKey: cyclePeriodKey(cycleId),
      dueAt: ctx.now,
    });
    ctx.log.info({ cycle: cycleId, raters }, 'feedback reminders planned');
  },
};
