/**
 * The questions after the indicators: kendala, the support needed from the supervisor, next
 * week's work plan, a dialog kinerja. Adding one is an entry in `CHECKIN_TAIL` plus its locale keys; the dialog, the
 * summary, the edit menu and the whole-form validation all read this list. An answer that must
 * be stored also needs its field in `CheckinSubmission` (and in storage).
 */
import { type Answers, answerTo, type Question, type Reading } from '../conversation/questionnaire.js';
import type { Inbound } from '../conversation/types.js';
import { C, choice } from './choices.js';
import { readFreeText, readList, readYesNo } from './read-answers.js';
import type { CheckinSubmission } from './state.js';

/** The submission fields the tail fills; also the field names of a whole-form check-in. */
export type TailValues = Pick<
  CheckinSubmission,
  'blockers' | 'supportNeeded' | 'nextActions' | 'wantsDialog'
>;

export type TailQuestion<K extends keyof TailValues = keyof TailValues> = Question<TailValues[K]> & {
  readonly field: K;
  /** The value when never asked, e.g. the check-in was submitted from a form without it. */
  readonly unanswered: TailValues[K];
};

const pickOf = (input: Inbound) => (input.type === 'choice' ? input.choice : undefined);
const textOf = (input: Inbound) => (input.type === 'text' ? input.text : undefined);
const ok = <V>(value: V): Reading<V> => ({ ok: true, value });

/** A list typed one item per line, or the button that means "none". */
function readListOr(noneChoice: string, hint: string) {
  return (input: Inbound): Reading<string[]> => {
    if (pickOf(input) === noneChoice) return ok([]);
    const text = textOf(input);
    return text === undefined ? { ok: false, hint } : ok(readList(text));
  };
}

const listLine = (key: string) => (value: string[] | undefined) => {
  const items = value ?? [];
  return { key, args: { count: items.length, text: items.join('; ') } };
};

const blockers: TailQuestion<'blockers'> = {
  id: 'blockers',
  field: 'blockers',
  unanswered: [],
  kind: 'text',
  prompt: 'checkin-blockers',
  choices: [[choice(C.none, 'checkin-btn-no-blockers')]],
  edit: choice(C.editBlockers, 'checkin-btn-edit-blockers'),
  read: readListOr(C.none, 'checkin-hint-text'),
  summary: listLine('checkin-summary-blockers'),
};

const support: TailQuestion<'supportNeeded'> = {
  id: 'support',
  field: 'supportNeeded',
  unanswered: null,
  kind: 'text',
  prompt: 'checkin-support',
  choices: [[choice(C.skip, 'checkin-btn-skip')]],
  edit: choice(C.editSupport, 'checkin-btn-edit-support'),
  read(input) {
    if (pickOf(input) === C.skip) return ok(null);
    const text = textOf(input);
    return text === undefined ? { ok: false, hint: 'checkin-hint-text' } : ok(readFreeText(text));
  },
  summary: (value) => ({ key: 'checkin-summary-support', args: { text: value ?? 'none' } }),
};

const nextActions: TailQuestion<'nextActions'> = {
  id: 'next-actions',
  field: 'nextActions',
  unanswered: [],
  kind: 'text',
  prompt: 'checkin-next-actions',
  choices: [[choice(C.skip, 'checkin-btn-skip')]],
  edit: choice(C.editActions, 'checkin-btn-edit-actions'),
  read: readListOr(C.skip, 'checkin-hint-text'),
  summary: listLine('checkin-summary-actions'),
};

const dialog: TailQuestion<'wantsDialog'> = {
  id: 'dialog',
  field: 'wantsDialog',
  unanswered: false,
  kind: 'choice',
  prompt: 'checkin-dialog',
  choices: [[choice(C.yes, 'checkin-btn-dialog-yes'), choice(C.no, 'checkin-btn-dialog-no')]],
  edit: choice(C.editDialog, 'checkin-btn-edit-dialog'),
  read(input) {
    const pick = pickOf(input);
    const text = textOf(input);
    const wants =
      pick === C.yes ? true : pick === C.no ? false : text !== undefined ? readYesNo(text) : undefined;
    return wants === undefined ? { ok: false, hint: 'checkin-hint-yes-no' } : ok(wants);
  },
  summary: (value) => ({ key: 'checkin-summary-dialog', args: { wants: value ? 'yes' : 'no' } }),
};

/** Asked in this order after the last key result. Ids are saved in dialog state: never rename one. */
export const CHECKIN_TAIL: readonly TailQuestion[] = [blockers, support, nextActions, dialog];

/** The tail's answers as submission fields; a question never asked gives its `unanswered`. */
export function tailValues(answers: Answers): TailValues {
  const values: Partial<Record<keyof TailValues, unknown>> = {};
  for (const q of CHECKIN_TAIL) values[q.field] = answerTo<unknown>(answers, q) ?? q.unanswered;
  // Every field has exactly one question (a unit test checks), so the record is complete.
  return values as TailValues;
}

/** A stored check-in's fields as tail answers, to prefill a revision. */
export function tailAnswersOf(values: Partial<TailValues>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of CHECKIN_TAIL) if (values[q.field] !== undefined) answers[q.id] = values[q.field];
  return answers;
}
