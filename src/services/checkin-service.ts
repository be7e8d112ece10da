/**
 * The check-in as the channels use it: what only the check-in knows (which key results, this
 * week's submitted record, what its effects write). Locking, stepping and saving are the dialog
 * runner's, shared with every other dialog.
 */
import { randomBytes } from 'node:crypto';
import { beginCheckin } from '../core/checkin/begin.js';
import { checkinFlow } from '../core/checkin/flow.js';
import type { CheckinEffect, CheckinState } from '../core/checkin/state.js';
import type { Inbound } from '../core/conversation/types.js';
import { greetingPrompt } from '../core/people/greeting.js';
import { isoWeekOf, localDate } from '../core/time/iso-week.js';
import type { DbOrTx } from '../storage/database.js';
import { findSubmittedCheckin, saveSubmission } from '../storage/repositories/checkins.js';
import type { StoredConversation } from '../storage/repositories/conversations.js';
import { cancelJobs, scheduleJob } from '../storage/repositories/jobs.js';
import { activeKeyResults } from '../storage/repositories/key-results.js';
import { recordLeave } from '../storage/repositories/leave.js';
import { tellAppraiserOfCheckin } from './appraisal/checkin-notice.js';
import type { DialogReply } from './dialogs/dialog-reply.js';
import type { DialogRunner, DialogService, EffectContext } from './dialogs/dialog-runner.js';
import { queueHomeRefresh } from './home/home-refresh.js';
import type { Person } from './people/person.js';

export const CHECKIN_KIND = checkinFlow.kind;
export const SNOOZE_JOB = 'checkin-snooze';

const newNonce = () => randomBytes(3).toString('base64url');

/** The check-in's side of the dialog runner: its flow and what its effects write. */
export const checkinDialog: DialogService<CheckinState, CheckinEffect> = {
  flow: checkinFlow,
  applyEffect: applyCheckinEffect,
};

/** `/checkin` (or the weekly prompt): resume this week's dialog, offer a revision, or open one. */
export async function openCheckin(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  channel: string,
  now: Date,
): Promise<DialogReply> {
  const week = isoWeekOf(now, person.timeZone);
  const open = await dialogs.lock<CheckinState>(tx, person, CHECKIN_KIND);
  if (open && open.state.week.key === week.key) return dialogs.resume(tx, person, open, channel);
  const today = localDate(now, person.timeZone);
  const [submitted, krs] = await Promise.all([
    findSubmittedCheckin(tx, person.id, week.key),
    activeKeyResults(tx, person.id, today, week.key),
  ]);
  const begun = beginCheckin({
    nonce: newNonce(),
    week,
    timeZone: person.timeZone,
    today,
    krs,
    greeting: greetingPrompt(person, now, person.timeZone),
    ...(submitted ? { submitted } : {}),
  });
  return dialogs.begin(tx, person, channel, CHECKIN_KIND, begun, open !== undefined);
}

/** Anything the person sends while a dialog may be open: a button, text, a file. */
export function answerDialog(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  input: Inbound,
  now: Date,
  preloaded?: StoredConversation<unknown> | null,
): Promise<DialogReply> {
  return dialogs.answer(tx, person, input, now, { key: 'checkin-no-dialog', expects: 'none' }, preloaded);
}

/** `/batal`: drop the unsent answers; a submitted check-in stays as it was. */
export async function cancelCheckin(tx: DbOrTx, dialogs: DialogRunner, person: Person): Promise<DialogReply> {
  const deleted = await dialogs.cancel(tx, person, CHECKIN_KIND);
  return {
    prompts: [{ key: deleted ? 'checkin-cancelled' : 'checkin-nothing-to-cancel', expects: 'none' }],
    open: false,
  };
}

async function applyCheckinEffect(
  tx: DbOrTx,
  person: Person,
  channel: string,
  effect: CheckinEffect,
  now: Date,
  context: EffectContext,
): Promise<void> {
  const subject = String(person.id);
  switch (effect.type) {
    case 'submit':
      await saveSubmission(tx, {
        employeeId: person.id,
        supervisorId: person.supervisorId,
        channel,
        submission: effect.submission,
        now,
      });
      await cancelJobs(tx, { job: SNOOZE_JOB, subject, periodKey: effect.submission.week.key });
      await tellAppraiserOfCheckin(tx, person, effect.submission.week.key, now, context);
      await queueHomeRefresh(tx, person.id, now);
      return;
    case 'snooze':
      await scheduleJob(tx, {
        job: SNOOZE_JOB,
        periodKey: effect.week.key,
        subject,
        dueAt: new Date(effect.until),
      });
      return;
    case 'leave':
      await recordLeave(tx, {
        employeeId: person.id,
        startsOn: effect.week.start,
        endsOn: effect.week.end,
        source: 'checkin',
      });
      await cancelJobs(tx, { job: SNOOZE_JOB, subject, periodKey: effect.week.key });
      return;
  }
}
