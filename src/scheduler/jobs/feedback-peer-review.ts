import { cycleIdOfPeriodKey } from '../../services/feedback/cycle-service.js';
import {
  FEEDBACK_PEER_REVIEW_JOB,
  pendingReviews,
  reviewReply,
} from '../../services/feedback/peer-service.js';
import type { Tx } from '../../storage/database.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/**
 * Tells an appraiser (subject) of the peer changes their ratees asked for in a cycle, each with
 * its reason and buttons to agree or refuse. Scheduled by `/rekan`; several changes before it
 * runs make one message.
 */
export const feedbackPeerReviewJob: JobHandler = {
  name: FEEDBACK_PEER_REVIEW_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const cycleId = cycleIdOfPeriodKey(job.periodKey);
    if (cycleId === undefined) return;
    const reviews = await pendingReviews(tx, cycleId, Number(job.subject));
    if (reviews.length === 0) return;
    const sent = await ctx.notify(tx, Number(job.subject), reviewReply(reviews));
    ctx.log.info({ cycle: cycleId, reviews: reviews.length, sent }, 'feedback peer review');
  },
};
