/**
 * Delivering umpan balik berkelanjutan in bundles. A planning job per zone runs at 16.00 local on
 * working days: one statement queues a delivery job for every recipient there whose bundle is due,
 * and the planning job schedules its own next run. Each delivery runs in its own transaction, so
 * 100,000 recipients are 100,000 small transactions, never one giant one.
 *
 * Nothing recipient-specific is scheduled when feedback is written (a job row created at that
 * moment would date the giver's action): a submission only makes sure its zone's planning job
 * exists, which after the first day it always does.
 */
import { digestDue } from '../../core/appraisal/digest.js';
import {
  anonymousDue,
  bundlePrompt,
  MIN_GIVERS,
  shuffled,
  waitCutoff,
} from '../../core/feedback/continuous-bundle.js';
import { localDate } from '../../core/time/iso-week.js';
import type { DbOrTx } from '../../storage/database.js';
import { insertDueBundleJobs, takeBundle } from '../../storage/repositories/continuous-feedback.js';
import { insertPlannedJobs } from '../../storage/repositories/schedule-jobs.js';
import { noteReply } from '../dialogs/dialog-reply.js';
import type { Notifier } from '../outbound/notifier.js';

/** Per zone and local date: finds the recipients whose bundle is due. */
export const BUNDLE_PLAN_JOB = 'umpanbalik-plan';
/** Per recipient and local date: sends one bundle. */
export const BUNDLE_JOB = 'umpanbalik-bundle';

/** Makes sure the zone's next planning run exists (16.00 on this or the next working day). */
export async function ensureBundlePlan(tx: DbOrTx, zone: string, now: Date): Promise<void> {
  const due = digestDue(now, zone);
  await insertPlannedJobs(tx, [
    { job: BUNDLE_PLAN_JOB, periodKey: due.localDate, subject: zone, dueAt: due.dueAt },
  ]);
}

/**
 * The planning run: queue today's deliveries in `zone` (due at `dueAt`, the planning run's own
 * due time, so they run right after it), then the next planning run.
 */
export async function planBundles(tx: DbOrTx, zone: string, now: Date, dueAt: Date): Promise<number> {
  const today = localDate(now, zone);
  const queued = await insertDueBundleJobs(tx, {
    job: BUNDLE_JOB,
    zone,
    today,
    cutoff: waitCutoff(today),
    minGivers: MIN_GIVERS,
    dueAt,
  });
  await ensureBundlePlan(tx, zone, now);
  return queued;
}

/**
 * One recipient's bundle, in the job's transaction: the named items, and the anonymous ones when
 * they have cover (two givers, or a week), marked sent and listed in random order in one message.
 * A recipient who cannot be reached keeps everything waiting. Returns how many items went out.
 */
export async function sendBundle(
  tx: DbOrTx,
  recipientId: number,
  now: Date,
  notifier: Pick<Notifier, 'recipient' | 'notify'>,
): Promise<number> {
  const recipient = await notifier.recipient(tx, recipientId);
  if (!recipient) return 0;
  const today = localDate(now, recipient.timeZone);
  const items = await takeBundle(tx, {
    recipientId,
    today,
    decide: (waiting) => anonymousDue(waiting, today),
  });
  if (items.length === 0) return 0;
  await notifier.notify(tx, recipient, noteReply([bundlePrompt(shuffled(items))]));
  return items.length;
}
