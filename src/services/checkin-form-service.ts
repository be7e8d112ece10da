/**
 * The weekly check-in as one form (Slack's modal): the same key results, the same validator as the
 * chat's parsers (core/checkin/validate-form.ts) and the same submit effect as the dialog, so a
 * form and a chat check-in write the same record and tell the appraiser the same way.
 */
import type { KrSnapshot } from '../core/checkin/key-result.js';
import type { CheckinSubmission } from '../core/checkin/state.js';
import { type CheckinFormInput, type FormError, validateCheckinForm } from '../core/checkin/validate-form.js';
import { type IsoWeek, isoWeekOf, localDate } from '../core/time/iso-week.js';
import { revisionDeadlineArgs } from '../core/time/week-label.js';
import type { DbOrTx } from '../storage/database.js';
import { findSubmittedCheckin } from '../storage/repositories/checkins.js';
import { activeKeyResults } from '../storage/repositories/key-results.js';
import { CHECKIN_KIND, checkinDialog } from './checkin-service.js';
import type { DialogReply } from './dialogs/dialog-reply.js';
import type { DialogRunner, EffectContext } from './dialogs/dialog-runner.js';
import type { Person } from './people/person.js';

export interface CheckinForm {
  week: IsoWeek;
  krs: KrSnapshot[];
  /** This week's submitted check-in: the form is pre-filled with it and submits a revision. */
  submitted?: { id: number; submission: CheckinSubmission };
}

/** What the form shows for this week: the person's active key results and what they sent already. */
export async function loadCheckinForm(tx: DbOrTx, person: Person, now: Date): Promise<CheckinForm> {
  const week = isoWeekOf(now, person.timeZone);
  const [submitted, krs] = await Promise.all([
    findSubmittedCheckin(tx, person.id, week.key),
    activeKeyResults(tx, person.id, localDate(now, person.timeZone), week.key),
  ]);
  return { week, krs, ...(submitted ? { submitted } : {}) };
}

export type FormSubmitResult = { ok: true; reply: DialogReply } | { ok: false; errors: FormError[] };

/**
 * Validates and saves a submitted form for this week. An open chat check-in is dropped: the
 * form's answers are the week's record now, and its old buttons then answer as stale.
 */
export async function submitCheckinForm(
  tx: DbOrTx,
  deps: { dialogs: DialogRunner; context: EffectContext },
  person: Person,
  channel: string,
  values: CheckinFormInput['values'],
  now: Date,
): Promise<FormSubmitResult> {
  const form = await loadCheckinForm(tx, person, now);
  const revision = form.submitted ? { revisionOf: form.submitted.id } : {};
  const result = validateCheckinForm({ week: form.week, krs: form.krs, values, ...revision });
  if (!result.ok) return result;
  await checkinDialog.applyEffect(
    tx,
    person,
    channel,
    { type: 'submit', submission: result.submission },
    now,
    deps.context,
  );
  await deps.dialogs.cancel(tx, person, CHECKIN_KIND);
  const key = form.submitted ? 'checkin-revised' : 'checkin-submitted';
  return {
    ok: true,
    reply: {
      prompts: [{ key, args: revisionDeadlineArgs(form.week, person.timeZone), expects: 'none' }],
      open: false,
    },
  };
}
