/**
 * The check-in as the channels use it: loads what the pure dialog needs, runs one step, and
 * stores the state and its effects in the caller's transaction. Every channel (Telegram, Slack,
 * terminal, scheduler) goes through these functions, so they behave the same everywhere.
 */
import { randomBytes } from 'node:crypto';
import { beginCheckin, resumeCheckin } from '../core/checkin/begin.js';
import type { CheckinEffect, CheckinState } from '../core/checkin/state.js';
import { stepCheckin } from '../core/checkin/step.js';
import type { Inbound, Prompt, Refusal } from '../core/conversation/types.js';
import { isoWeekOf, localDate } from '../core/time/iso-week.js';
import type { DbOrTx } from '../storage/database.js';
import { findSubmittedCheckin, saveSubmission } from '../storage/repositories/checkins.js';
import {
  deleteConversation,
  lockConversation,
  saveConversation,
} from '../storage/repositories/conversations.js';
import { cancelJobs, scheduleJob } from '../storage/repositories/jobs.js';
import { activeKeyResults } from '../storage/repositories/key-results.js';
import { recordLeave } from '../storage/repositories/leave.js';

export const CHECKIN_KIND = 'checkin';
export const SNOOZE_JOB = 'checkin-snooze';

/** Who is checking in: the fields of an employee row the dialog needs. */
export interface Person {
  id: number;
  supervisorId: number | null;
  timeZone: string;
}

/** The check-in's view of an employee row. */
export function personOf(employee: { id: number; supervisorId: number | null; timeZone: string }): Person {
  return { id: employee.id, supervisorId: employee.supervisorId, timeZone: employee.timeZone };
}

export interface DialogReply {
  prompts: Prompt[];
  /** When the prompts carry buttons: what each button must echo back (see callback data). */
  buttons?: { nonce: string; seq: number };
  /** Whether a dialog is still waiting for an answer after this reply. */
  open: boolean;
  refusal?: Refusal;
}

const newNonce = () => randomBytes(3).toString('base64url');

function reply(state: CheckinState | null, prompts: Prompt[], refusal?: Refusal): DialogReply {
  const withButtons = state && prompts.some((p) => p.choices?.length);
  return {
    prompts,
    open: state !== null,
    ...(withButtons ? { buttons: { nonce: state.nonce, seq: state.seq } } : {}),
    ...(refusal ? { refusal } : {}),
  };
}

/** `/checkin` (or the weekly prompt): resume this week's dialog, offer a revision, or open one. */
export async function openCheckin(
  tx: DbOrTx,
  person: Person,
  channel: string,
  now: Date,
): Promise<DialogReply> {
  const week = isoWeekOf(now, person.timeZone);
  const open = await lockConversation<CheckinState>(tx, person.id, CHECKIN_KIND);
  if (open && open.state.week.key === week.key) {
    const resumed = resumeCheckin(open.state);
    await saveConversation(tx, { employeeId: person.id, kind: CHECKIN_KIND, channel, state: resumed.state });
    return reply(resumed.state, resumed.prompts);
  }
  const [submitted, krs] = await Promise.all([
    findSubmittedCheckin(tx, person.id, week.key),
    activeKeyResults(tx, person.id, localDate(now, person.timeZone), week.key),
  ]);
  const begun = beginCheckin({
    nonce: newNonce(),
    week,
    timeZone: person.timeZone,
    krs,
    ...(submitted ? { submitted } : {}),
  });
  if (begun.state)
    await saveConversation(tx, { employeeId: person.id, kind: CHECKIN_KIND, channel, state: begun.state });
  else if (open) await deleteConversation(tx, person.id, CHECKIN_KIND);
  return reply(begun.state, begun.prompts);
}

/** Anything the person sends while a check-in may be open: a button, text, a file. */
export async function answerCheckin(
  tx: DbOrTx,
  person: Person,
  input: Inbound,
  now: Date,
): Promise<DialogReply> {
  const open = await lockConversation<CheckinState>(tx, person.id, CHECKIN_KIND);
  if (!open) {
    return input.type === 'choice'
      ? reply(null, [], 'stale-button')
      : reply(null, [{ key: 'checkin-no-dialog', expects: 'none' }]);
  }
  if (input.type === 'choice' && input.nonce !== undefined && input.nonce !== open.state.nonce) {
    return reply(null, [], 'stale-button');
  }
  const result = stepCheckin(open.state, input, now);
  if (result.refusal === 'stale-button') return { ...reply(open.state, [], 'stale-button'), open: true };
  for (const effect of result.effects) await applyEffect(tx, person, open.channel, effect, now);
  if (result.state) {
    await saveConversation(tx, {
      employeeId: person.id,
      kind: CHECKIN_KIND,
      channel: open.channel,
      state: result.state,
    });
  } else {
    await deleteConversation(tx, person.id, CHECKIN_KIND);
  }
  return reply(result.state, result.prompts, result.refusal);
}

/** `/batal`: drop the unsent answers; a submitted check-in stays as it was. */
export async function cancelCheckin(tx: DbOrTx, person: Person): Promise<DialogReply> {
  const deleted = await deleteConversation(tx, person.id, CHECKIN_KIND);
  return reply(null, [{ key: deleted ? 'checkin-cancelled' : 'checkin-nothing-to-cancel', expects: 'none' }]);
}

async function applyEffect(tx: DbOrTx, person: Person, channel: string, effect: CheckinEffect, now: Date) {
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
      return;
    case 'snooze':
      await scheduleJob(tx, {
        job: SNOOZE_JOB,
        periodKey: effect.week.key,
        subject,
        dueAt: new Date(effect.until),
        payload: { channel },
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
