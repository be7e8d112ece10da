import {
  cycleIdOfPeriodKey,
  FEEDBACK_INVITE_JOB,
  FEEDBACK_REMIND_JOB,
} from '../../services/feedback/cycle-service.js';
import { invitationReply } from '../../services/feedback/questionnaire-service.js';
import type { Tx } from '../../storage/database.js';
import { askedOf } from '../../storage/repositories/feedback-cycles.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/**
 * One rater's 360° invitation, or reminder (subject = rater, period = `c<cycle id>`): whom they
 * are asked to rate and who will see what, with a button per ratee. One job per rater, so a
 * cycle of 100,000 people is sent by the runner's claims and the outbound rate limiter, a
 * message at a time, never in one giant transaction. Nothing is sent once the cycle closed or
 * everything was submitted.
 */
function raterMessage(name: string, mode: 'invite' | 'remind'): JobHandler {
  return {
    name,
    async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
      const cycleId = cycleIdOfPeriodKey(job.periodKey);
      if (cycleId === undefined) return;
      const asked = await askedOf(tx, Number(job.subject), cycleId);
      if (asked.length === 0) {
        ctx.log.info({ skip: 'nothing-asked' }, 'feedback message skipped');
        return;
      }
      const sent = await ctx.notify(tx, Number(job.subject), invitationReply(asked, mode));
      ctx.log.info({ cycle: cycleId, sent }, `feedback ${mode}`);
    },
  };
}

export const feedbackInviteJob = raterMessage(FEEDBACK_INVITE_JOB, 'invite');
export const feedbackRemindJob = raterMessage(FEEDBACK_REMIND_JOB, 'remind');
