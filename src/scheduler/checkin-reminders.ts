import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { isoWeekOf, localDate } from '../core/time/iso-week.js';
import { safeError } from '../logging/safe-error.js';
import { type DialogReply, openCheckin, personOf, SNOOZE_JOB } from '../services/checkin-service.js';
import type { Db } from '../storage/database.js';
import { findSubmittedCheckin } from '../storage/repositories/checkins.js';
import { claimDueJobs, finishJob } from '../storage/repositories/jobs.js';
import { isOnLeave } from '../storage/repositories/leave.js';
import { employees } from '../storage/schema.js';
import type { Notifier } from './notifier.js';

export interface ReminderDeps {
  db: Db;
  notifiers: Notifier[];
  logger: Logger;
  /** Identifies this replica in job_runs.claimed_by. */
  worker: string;
}

/**
 * Sends the check-ins people snoozed ("Nanti") once their time comes. Each due run is claimed by
 * exactly one replica; the reminder is skipped when the week is already submitted, the person
 * went on leave, or the week has ended. Returns how many reminders went out.
 */
export async function sendDueCheckinReminders(deps: ReminderDeps, now: Date): Promise<number> {
  const claimed = await deps.db.transaction((tx) =>
    claimDueJobs(tx, { jobs: [SNOOZE_JOB], now, limit: 50, worker: deps.worker }),
  );
  let sent = 0;
  for (const job of claimed) {
    const channel = (job.payload as { channel?: string } | null)?.channel ?? 'telegram';
    const notifier = deps.notifiers.find((n) => n.channel === channel);
    try {
      const reply = await deps.db.transaction(async (tx): Promise<DialogReply | undefined> => {
        const [employee] = await tx
          .select()
          .from(employees)
          .where(eq(employees.id, Number(job.subject)));
        if (!employee?.active || !notifier) return undefined;
        const week = isoWeekOf(now, employee.timeZone);
        if (week.key !== job.periodKey) return undefined;
        if (await isOnLeave(tx, employee.id, localDate(now, employee.timeZone))) return undefined;
        if (await findSubmittedCheckin(tx, employee.id, week.key)) return undefined;
        const opened = await openCheckin(tx, personOf(employee), channel, now);
        return { ...opened, prompts: [{ key: 'checkin-reminder', expects: 'none' }, ...opened.prompts] };
      });
      if (reply && notifier) {
        await notifier.deliver(Number(job.subject), reply);
        sent++;
      }
      await finishJob(deps.db, job.id, now);
    } catch (error) {
      const safe = safeError(error);
      deps.logger.error({ job: job.job, jobId: job.id, err: safe }, 'check-in reminder failed');
      // The error's kind only: driver messages can quote what a person typed.
      await finishJob(
        deps.db,
        job.id,
        now,
        [safe.type, safe.code, safe.description].filter(Boolean).join(': '),
      );
    }
  }
  return sent;
}
