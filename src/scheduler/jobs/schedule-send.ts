import { sendVerdict } from '../../core/schedule/plan-week.js';
import { openCheckin } from '../../services/checkin-service.js';
import { personOf } from '../../services/people/person.js';
import {
  LAST_CALL_JOB,
  PROMPT_JOB,
  REMINDER_JOB,
  type SendPayload,
} from '../../services/schedule/plan-schedule.js';
import type { Tx } from '../../storage/database.js';
import { findEmployeeById } from '../../storage/repositories/identities.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import { sendFacts } from '../../storage/repositories/schedule-jobs.js';
import type { JobContext, JobHandler, JobOutcome } from '../job-runner.js';
import { postpone } from './postpone.js';

/** Why a planned send went out without a message (logged; the digest reads the same facts). */
export type SkipReason =
  | 'stale'
  | 'no-employee'
  | 'inactive'
  | 'on-leave'
  | 'submitted'
  | 'paused'
  | 'not-linked'
  | 'unreachable'
  | 'no-indicators';

/**
 * One planned send to one person (subject = employee id, period = ISO week): the weekly prompt,
 * the reminder or the last call. It opens the check-in and queues the message in the job's
 * transaction, so the job's completion and its message commit together: exactly once.
 */
function scheduledSend(name: string, line: string | undefined): JobHandler {
  return {
    name,
    async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<JobOutcome | undefined> {
      const payload = job.payload as SendPayload;
      const employeeId = Number(job.subject);
      const skip = (reason: SkipReason) => {
        ctx.log.info({ skip: reason }, 'scheduled send skipped');
        return undefined;
      };
      const facts = await sendFacts(tx, { employeeId, weekKey: job.periodKey, date: payload.localDate });
      if (!facts) return skip('no-employee');
      // The person's zone now: one who moved mid-week is not woken at night in the new zone.
      const verdict = sendVerdict({
        send: { localDate: payload.localDate, dueAt: job.dueAt },
        now: ctx.now,
        timeZone: facts.timeZone,
      });
      // Quiet hours, or asked early (`schedule run --at`): held back, not an attempt.
      if (!verdict.send && 'retryAt' in verdict) return postpone(verdict.retryAt, ctx.now);
      if (!verdict.send) return skip('stale');
      if (!facts.active) return skip('inactive');
      if (facts.onLeave) return skip('on-leave');
      if (facts.submitted) return skip('submitted');
      if (facts.paused) return skip('paused');
      const recipient = await ctx.recipient(tx, employeeId);
      if (!recipient) return skip(facts.linked ? 'unreachable' : 'not-linked');
      const employee = await findEmployeeById(tx, employeeId);
      if (!employee) return skip('no-employee');
      const opened = await openCheckin(tx, ctx.dialogs, personOf(employee), recipient.channel, ctx.now);
      // No active indicator: the weekly prompt says so (and whom to ask); "you have not reported
      // yet" followed by "there is nothing to report" would be said twice more a week otherwise.
      if (line && !opened.open) return skip('no-indicators');
      await ctx.notify(tx, recipient, {
        ...opened,
        prompts: [...(line ? [{ key: line, expects: 'none' as const }] : []), ...opened.prompts],
      });
      return undefined;
    },
  };
}

export const checkinPromptJob = scheduledSend(PROMPT_JOB, undefined);
export const checkinReminderJob = scheduledSend(REMINDER_JOB, 'schedule-reminder-line');
export const checkinLastCallJob = scheduledSend(LAST_CALL_JOB, 'schedule-last-call-line');
