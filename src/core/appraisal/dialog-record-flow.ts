/**
 * "Tandai dialog sudah dilaksanakan": the supervisor records a dialog kinerja an employee asked
 * for, as the record domain.md §11 describes (the KPK "Formulir Reviu Hasil Dialog Kinerja"):
 * the agreement (kesepakatan), the follow-up (rencana tindak lanjut) and the next review date.
 * Three short questions; the last two may be skipped. The record closes the request.
 */
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { DialogState, Flow, StepResult } from '../conversation/flow.js';
import type { Choice, Prompt, PromptArgs } from '../conversation/types.js';
import { parseDayText } from '../leave/parse-leave-dates.js';
import { cleanText } from '../text/clean-text.js';
import { localDate } from '../time/iso-week.js';

export const DIALOG_RECORD_KIND = 'catat-dialog';
/** A sentence or a short paragraph each: the record is a summary, not minutes. */
export const DIALOG_RECORD_MAX_CHARS = 1000;
/** A next review further than a year away is a typo, not a plan. */
export const NEXT_REVIEW_MAX_DAYS = 366;

export type DialogRecordStep = 'agreement' | 'follow-up' | 'next-review';

export interface DialogRecordState extends DialogState {
  kind: typeof DIALOG_RECORD_KIND;
  requestId: number;
  employeeId: number;
  employeeName: string;
  /** The recorder's zone: "today" for the review date is theirs. */
  timeZone: string;
  step: DialogRecordStep;
  /** A date four weeks after the dialog began (`29/12`), shown as an example of a review date. */
  example: string;
  agreement?: string;
  followUp?: string | null;
}

export interface DialogRecordEffect {
  type: 'record';
  requestId: number;
  employeeId: number;
  agreement: string;
  followUp: string | null;
  /** `yyyy-MM-dd`; null = none agreed. */
  nextReviewOn: string | null;
}

const CANCEL = 'batal';
const SKIP = 'lewati';

function ask(state: DialogRecordState, hint?: { key: string; args?: PromptArgs }): Prompt {
  const row: Choice[] = state.step === 'agreement' ? [] : [{ id: SKIP, label: 'dialog-record-btn-skip' }];
  row.push({ id: CANCEL, label: 'appraisal-btn-cancel' });
  return {
    key: hint?.key ?? `dialog-record-ask-${state.step}`,
    args: { name: state.employeeName, example: state.example, ...hint?.args },
    choices: [row],
    expects: 'text',
  };
}

const stay = (
  state: DialogRecordState,
  hint: { key: string; args?: PromptArgs },
): StepResult<DialogRecordState, DialogRecordEffect> => {
  const next = { ...state, seq: state.seq + 1 };
  return { state: next, prompts: [ask(next, hint)], effects: [] };
};

const advance = (
  state: DialogRecordState,
  change: Partial<DialogRecordState>,
): StepResult<DialogRecordState, DialogRecordEffect> => {
  const next = { ...state, ...change, seq: state.seq + 1 };
  return { state: next, prompts: [ask(next)], effects: [] };
};

function finish(
  state: DialogRecordState,
  nextReviewOn: string | null,
): StepResult<DialogRecordState, DialogRecordEffect> {
  const agreement = state.agreement ?? '';
  const followUp = state.followUp ?? null;
  return {
    state: null,
    prompts: [
      {
        key: 'dialog-record-saved',
        args: {
          name: state.employeeName,
          agreement,
          followUp: followUp ?? 'none',
          next: nextReviewOn ? { date: nextReviewOn } : 'none',
        },
        expects: 'none',
      },
    ],
    effects: [
      {
        type: 'record',
        requestId: state.requestId,
        employeeId: state.employeeId,
        agreement,
        followUp,
        nextReviewOn,
      },
    ],
  };
}

/** A typed answer, cleaned; a hint key when it cannot be taken. */
function readText(text: string): { ok: true; text: string } | { ok: false; key: string; length?: number } {
  const body = cleanText(text).trim();
  if (body === '') return { ok: false, key: 'dialog-record-hint-text' };
  if (body.length > DIALOG_RECORD_MAX_CHARS)
    return { ok: false, key: 'dialog-record-hint-long', length: body.length };
  return { ok: true, text: body };
}

function readReviewDate(
  text: string,
  today: string,
): { ok: true; date: string } | { ok: false; key: string } {
  const date = parseDayText(text, today);
  if (!date) return { ok: false, key: 'dialog-record-hint-date' };
  const days = differenceInCalendarDays(parseISO(date), parseISO(today));
  if (days <= 0) return { ok: false, key: 'dialog-record-hint-past' };
  if (days > NEXT_REVIEW_MAX_DAYS) return { ok: false, key: 'dialog-record-hint-far' };
  return { ok: true, date };
}

/** An example date four weeks ahead, for the hints ("misalnya 29/12"). */
export function exampleReviewDate(now: Date, timeZone: string): string {
  return format(addDays(parseISO(localDate(now, timeZone)), 28), 'd/M');
}

export const dialogRecordFlow: Flow<DialogRecordState, DialogRecordEffect> = {
  kind: DIALOG_RECORD_KIND,
  step(state, input, now) {
    if (input.type === 'choice') {
      if (input.choice === CANCEL)
        return { state: null, prompts: [{ key: 'dialog-record-cancelled', expects: 'none' }], effects: [] };
      if (input.choice !== SKIP || state.step === 'agreement')
        return { state, prompts: [], effects: [], refusal: 'stale-button' };
      if (state.step === 'follow-up') return advance(state, { step: 'next-review', followUp: null });
      return finish(state, null);
    }
    if (input.type === 'file') return stay(state, { key: 'dialog-record-hint-text' });
    if (state.step === 'next-review') {
      const date = readReviewDate(input.text, localDate(now, state.timeZone));
      if (!date.ok) return stay(state, { key: date.key });
      return finish(state, date.date);
    }
    const text = readText(input.text);
    if (!text.ok)
      return stay(state, {
        key: text.key,
        args: { max: DIALOG_RECORD_MAX_CHARS, length: text.length ?? 0 },
      });
    if (state.step === 'agreement') return advance(state, { step: 'follow-up', agreement: text.text });
    return advance(state, { step: 'next-review', followUp: text.text });
  },
  currentPrompt: (state) => ask(state),
  resume(state) {
    const next = { ...state, seq: state.seq + 1 };
    return { state: next, prompts: [ask(next)] };
  },
};
