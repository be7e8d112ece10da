/**
 * The weekly check-in as one form (Slack's modal): the same key results, the same validator as the
 * chat's parsers (core/checkin/validate-form.ts) and the same submit effect as the dialog, so a
 * form and a chat check-in write the same record and tell the appraiser the same way.
 *
 * A form too long for one modal comes in pages. Each page is checked when it is sent and its
 * answers kept server side (a Slack modal's private_metadata holds 3,000 characters, less than
 * the links of 30 indicators), in the person's conversation row of kind `checkin-form`, keyed by
 * the form (the modal's root view): the last page submits every page's answers as one check-in.
 */
import type { KrSnapshot } from '../core/checkin/key-result.js';
import type { CheckinSubmission } from '../core/checkin/state.js';
import {
  type CheckinFormInput,
  type FormError,
  type KrFormValues,
  validateCheckinForm,
} from '../core/checkin/validate-form.js';
import { type IsoWeek, isoWeekOf, localDate } from '../core/time/iso-week.js';
import { revisionDeadlineArgs } from '../core/time/week-label.js';
import type { DbOrTx } from '../storage/database.js';
import { findSubmittedCheckin } from '../storage/repositories/checkins.js';
import {
  deleteConversation,
  lockConversation,
  saveConversation,
} from '../storage/repositories/conversations.js';
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

/** The pages of one form sent so far: not a dialog (no runner reads it), only their answers. */
export const FORM_DRAFT_KIND = 'checkin-form';

interface FormDraft {
  /** The form the pages belong to (Slack: the modal's root view id). */
  formId: string;
  week: string;
  /** By key-result id, as typed: sent again (after going back), a page replaces its answers. */
  krs: Record<string, KrFormValues>;
}

/** The answers kept for this form in this week; none for another form or an older week. */
async function draftOf(tx: DbOrTx, person: Person, formId: string, week: string) {
  const stored = await lockConversation<FormDraft>(tx, person.id, FORM_DRAFT_KIND);
  const draft = stored?.state;
  return draft && draft.formId === formId && draft.week === week ? draft.krs : {};
}

export type FormPageResult =
  | { ok: true; form: CheckinForm; kept: Record<string, KrFormValues> }
  | { ok: false; errors: FormError[] };

/**
 * One page before the last: its indicators checked by the whole form's rules, then kept with the
 * pages sent before. `kept` holds every answer of this form so far, to pre-fill the next page.
 */
export async function submitFormPage(
  tx: DbOrTx,
  person: Person,
  channel: string,
  formId: string,
  values: CheckinFormInput['values']['krs'],
  now: Date,
): Promise<FormPageResult> {
  const form = await loadCheckinForm(tx, person, now);
  const krs = form.krs.filter((kr) => values[String(kr.id)] !== undefined);
  const checked = validateCheckinForm({ week: form.week, krs, values: { krs: values } });
  if (!checked.ok) return checked;
  const kept = { ...(await draftOf(tx, person, formId, form.week.key)) };
  for (const kr of krs) kept[String(kr.id)] = values[String(kr.id)]!;
  const draft: FormDraft = { formId, week: form.week.key, krs: kept };
  await saveConversation(tx, { employeeId: person.id, kind: FORM_DRAFT_KIND, channel, state: draft });
  return { ok: true, form, kept };
}

/**
 * Validates and saves a submitted form for this week. An open chat check-in is dropped: the
 * form's answers are the week's record now, and its old buttons then answer as stale. With
 * `formId` (the last page of a paged form) the answers of its earlier pages come with it; an
 * indicator none of the pages answered is an error on its own field, outside the last page.
 */
export async function submitCheckinForm(
  tx: DbOrTx,
  deps: { dialogs: DialogRunner; context: EffectContext },
  person: Person,
  channel: string,
  submitted: CheckinFormInput['values'],
  now: Date,
  formId?: string,
): Promise<FormSubmitResult> {
  const form = await loadCheckinForm(tx, person, now);
  const earlier = formId === undefined ? {} : await draftOf(tx, person, formId, form.week.key);
  const values = { ...submitted, krs: { ...earlier, ...submitted.krs } };
  const revision = form.submitted ? { revisionOf: form.submitted.id } : {};
  const result = validateCheckinForm({ week: form.week, krs: form.krs, values, ...revision });
  if (!result.ok) return result;
  await deleteConversation(tx, person.id, FORM_DRAFT_KIND);
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
