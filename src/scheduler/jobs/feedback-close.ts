import { closeCycleIn, FEEDBACK_CLOSE_JOB } from '../../services/feedback/cycle-service.js';
import type { Tx } from '../../storage/database.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/**
 * The day after a cycle's `closesOn` (subject = cycle): every pending answer is written out
 * shuffled, unsent drafts are dropped and the cycle is closed, in the job's transaction.
 */
export const feedbackCloseJob: JobHandler = {
  name: FEEDBACK_CLOSE_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const result = await closeCycleIn(tx, Number(job.subject), { actor: 'scheduler', now: ctx.now });
    ctx.log.info({ cycle: Number(job.subject), ...result }, 'feedback cycle closed');
  },
};
