/**
 * The quarter-end reminder to run /evaluasi. The scheduler tick makes sure one planning row
 * exists per reminder window (`2026-Q4:last-week`, `2026-Q4:after`); that row, claimed once
 * across replicas, plans one send per appraiser who still has someone without a predikat, at
 * 09.00 their time on the first working day of the window in their unit's calendar. Each send
 * checks again (the period may be closed, the evaluations done) before it tells the appraiser.
 */
import {
  firstWorkingDay,
  reminderWindowOf,
  reminderWindowOn,
} from '../../core/evaluation/reminder-window.js';
import { instantAt } from '../../core/schedule/local-time.js';
import { localDate } from '../../core/time/iso-week.js';
import type { DbOrTx } from '../../storage/database.js';
import { appraisersWithPending, findPeriod } from '../../storage/repositories/evaluations.js';
import { insertPlannedJobs } from '../../storage/repositories/schedule-jobs.js';
import { type DialogReply, noteReply } from '../dialogs/dialog-reply.js';
import { loadScheduleSources } from '../schedule/schedule-sources.js';

export const EVALUATION_PLAN_JOB = 'evaluation-plan';
export const EVALUATION_REMINDER_JOB = 'evaluation-reminder';
/** The day the windows are read in: the tick runs once for everyone, WIB being the earliest-used. */
const PLAN_ZONE = 'Asia/Jakarta';
const SEND_AT = '09:00';

/** One statement per tick: the window's planning row, if today is in one (an existing row stays). */
export async function ensureEvaluationPlan(db: DbOrTx, now: Date): Promise<number> {
  const window = reminderWindowOn(localDate(now, PLAN_ZONE));
  if (!window) return 0;
  return insertPlannedJobs(db, [
    { job: EVALUATION_PLAN_JOB, periodKey: window.key, subject: 'all', dueAt: now },
  ]);
}

/** Plans the window's sends; returns how many were planned. */
export async function planEvaluationReminders(db: DbOrTx, key: string, now: Date): Promise<number> {
  const window = reminderWindowOf(key);
  if (!window) return 0;
  const period = await findPeriod(db, window.quarter.code);
  if (period?.status === 'closed') return 0;
  // No period row yet: nobody has a predikat for it (/evaluasi creates the row).
  const appraisers = await appraisersWithPending(db, period?.id ?? null);
  if (appraisers.length === 0) return 0;
  const sources = await loadScheduleSources(db);
  return insertPlannedJobs(
    db,
    appraisers.map((a) => {
      const settings = sources.schedule(a.unitId);
      const day = firstWorkingDay(window.from, (d) =>
        sources.calendar(a.unitId, settings.workWeek).isWorkingDay(d),
      );
      const at = instantAt(day, SEND_AT, a.timeZone);
      return {
        job: EVALUATION_REMINDER_JOB,
        periodKey: key,
        subject: String(a.appraiserId),
        dueAt: at > now ? at : now,
      };
    }),
  );
}

/** The reminder for one appraiser, or undefined when there is nothing (left) to remind of. */
export async function evaluationReminder(
  db: DbOrTx,
  key: string,
  appraiserId: number,
): Promise<DialogReply | undefined> {
  const window = reminderWindowOf(key);
  if (!window) return undefined;
  const period = await findPeriod(db, window.quarter.code);
  if (period?.status === 'closed') return undefined;
  const pending = (await appraisersWithPending(db, period?.id ?? null, appraiserId))[0];
  if (!pending) return undefined;
  const args = {
    year: String(window.quarter.year),
    quarter: window.quarter.quarter,
    phase: window.phase,
    pending: pending.pending,
    code: `${window.quarter.year}-TW${window.quarter.quarter}`,
  };
  return noteReply([{ key: 'evaluation-reminder', args, expects: 'none' }]);
}
