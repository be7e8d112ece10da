import { reminderDue } from '../../core/schedule/reminder-due.js';
import { localDate } from '../../core/time/iso-week.js';
import { openCheckin, SNOOZE_JOB } from '../../services/checkin-service.js';
import { personOf } from '../../services/people/person.js';
import type { Tx } from '../../storage/database.js';
import { findSubmittedCheckin } from '../../storage/repositories/checkins.js';
import { type EmployeeRow, findEmployeeById } from '../../storage/repositories/identities.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import { isOnLeave } from '../../storage/repositories/leave.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/**
 * The check-in a person put off with "Nanti", asked again once its time comes: on their own
 * channel (wherever they are reachable now), unless the week is over, they went on leave or
 * they already submitted.
 */
export const checkinSnoozeJob: JobHandler = {
  name: SNOOZE_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const employee = await findEmployeeById(tx, Number(job.subject));
    const facts = employee
      ? await personFacts(tx, employee, job.periodKey, ctx.now)
      : { onLeave: false, submitted: false };
    const verdict = reminderDue({ now: ctx.now, weekKey: job.periodKey, employee, ...facts });
    if (!verdict.due || !employee) {
      ctx.log.debug({ skip: verdict.due ? 'no-employee' : verdict.skip }, 'check-in reminder skipped');
      return;
    }
    const recipient = await ctx.recipient(tx, employee.id);
    if (!recipient) {
      ctx.log.info('check-in reminder skipped: no reachable chat');
      return;
    }
    const opened = await openCheckin(tx, ctx.dialogs, personOf(employee), recipient.channel, ctx.now);
    await ctx.notify(tx, recipient, {
      ...opened,
      prompts: [{ key: 'checkin-reminder', expects: 'none' }, ...opened.prompts],
    });
  },
};

async function personFacts(tx: Tx, employee: EmployeeRow, weekKey: string, now: Date) {
  const [onLeave, submitted] = await Promise.all([
    isOnLeave(tx, employee.id, localDate(now, employee.timeZone)),
    findSubmittedCheckin(tx, employee.id, weekKey).then((found) => found !== undefined),
  ]);
  return { onLeave, submitted };
}
