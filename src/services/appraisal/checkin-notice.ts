/**
 * Telling the appraiser of a submitted (or revised) check-in: at once, as one compact report with
 * buttons, or in the daily bundle when they chose "ringkasan harian". Runs in the submission's
 * transaction, so the report is queued exactly when the check-in is stored. An appraiser who is
 * not linked to any chat is simply not told (the check-in stays "not notified").
 */
import { type CheckinReport, checkinReportPrompt } from '../../core/appraisal/checkin-report.js';
import { digestDue } from '../../core/appraisal/digest.js';
import type { DbOrTx } from '../../storage/database.js';
import {
  appraiserOf,
  checkinReports,
  findCheckinIdByWeek,
  markAppraiserNotified,
} from '../../storage/repositories/appraisal.js';
import { scheduleJob } from '../../storage/repositories/jobs.js';
import type { DialogReply } from '../dialogs/dialog-reply.js';
import type { EffectContext } from '../dialogs/dialog-runner.js';
import type { Person } from '../people/person.js';

export const DIGEST_JOB = 'appraiser-digest';

/** A report as a message of its own, with its buttons. */
export function reportReply(report: CheckinReport): DialogReply {
  const { prompt, buttons } = checkinReportPrompt(report);
  return { prompts: [prompt], open: false, buttons };
}

export async function tellAppraiserOfCheckin(
  tx: DbOrTx,
  employee: Person,
  isoWeek: string,
  now: Date,
  context: EffectContext,
): Promise<void> {
  const checkinId = await findCheckinIdByWeek(tx, employee.id, isoWeek);
  const appraiser = checkinId === undefined ? undefined : await appraiserOf(tx, employee.id);
  if (checkinId === undefined || !appraiser || appraiser.appraiserId === employee.id) return;
  if (appraiser.mode === 'daily') {
    // A revision is news again: the bundle lists what the appraiser has not seen in this form.
    await markAppraiserNotified(tx, [checkinId], null);
    const due = digestDue(now, appraiser.timeZone);
    await scheduleJob(tx, {
      job: DIGEST_JOB,
      periodKey: due.localDate,
      subject: String(appraiser.appraiserId),
      dueAt: due.dueAt,
    });
    return;
  }
  const recipient = await context.notifier.recipient(tx, appraiser.appraiserId);
  const [report] = recipient ? await checkinReports(tx, [checkinId]) : [];
  const told =
    recipient && report ? await context.notifier.notify(tx, recipient, reportReply(report)) : false;
  await markAppraiserNotified(tx, [checkinId], told ? now : null);
}
