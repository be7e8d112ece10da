/**
 * Umpan balik: the appraiser writes one short text on a check-in, for the whole report or one
 * indicator. The dialog is opened by a button under the notice (after the service checked that
 * the presser is the appraiser) and asks one question; the text is stored with its author and
 * date and sent to the employee.
 */
import type { DialogState, Flow, StepResult } from '../conversation/flow.js';
import type { Prompt, PromptArgs } from '../conversation/types.js';
import { cleanText } from '../text/clean-text.js';

export const FEEDBACK_KIND = 'umpan-balik';
/** Short by design (a chat message, not a report); the SKP column holds a sentence or two. */
export const FEEDBACK_MAX_CHARS = 1000;

export interface FeedbackState extends DialogState {
  kind: typeof FEEDBACK_KIND;
  checkinId: number;
  employeeId: number;
  /** null: the whole check-in. */
  keyResultId: number | null;
  /** What the question names: the indicator's title, or the week (Monday). */
  indicator: string | null;
  weekStart: string;
  weekEnd: string;
  employeeName: string;
}

export interface FeedbackEffect {
  type: 'feedback';
  checkinId: number;
  employeeId: number;
  keyResultId: number | null;
  body: string;
  /** What the employee's message names (the indicator, or the week). */
  indicator: string | null;
  weekStart: string;
  weekEnd: string;
}

const CANCEL = 'batal';

function subjectArgs(state: FeedbackState): PromptArgs {
  return {
    name: state.employeeName,
    indicator: state.indicator ?? 'none',
    start: { date: state.weekStart },
    end: { date: state.weekEnd },
  };
}

function ask(state: FeedbackState, hint?: { key: string; args?: PromptArgs }): Prompt {
  return {
    key: hint?.key ?? 'appraisal-feedback-ask',
    args: { ...subjectArgs(state), ...hint?.args },
    choices: [[{ id: CANCEL, label: 'appraisal-btn-cancel' }]],
    expects: 'text',
  };
}

const stay = (state: FeedbackState, prompt: Prompt): StepResult<FeedbackState, FeedbackEffect> => ({
  state: { ...state, seq: state.seq + 1 },
  prompts: [prompt],
  effects: [],
});

export const feedbackFlow: Flow<FeedbackState, FeedbackEffect> = {
  kind: FEEDBACK_KIND,
  step(state, input) {
    if (input.type === 'choice') {
      if (input.choice !== CANCEL) return { state, prompts: [], effects: [], refusal: 'stale-button' };
      return {
        state: null,
        prompts: [{ key: 'appraisal-feedback-cancelled', expects: 'none' }],
        effects: [],
      };
    }
    if (input.type === 'file') return stay(state, ask(state, { key: 'appraisal-feedback-hint-text' }));
    const body = cleanText(input.text).trim();
    if (body === '') return stay(state, ask(state, { key: 'appraisal-feedback-hint-text' }));
    if (body.length > FEEDBACK_MAX_CHARS)
      return stay(
        state,
        ask(state, {
          key: 'appraisal-feedback-hint-long',
          args: { max: FEEDBACK_MAX_CHARS, length: body.length },
        }),
      );
    return {
      state: null,
      prompts: [{ key: 'appraisal-feedback-saved', args: subjectArgs(state), expects: 'none' }],
      effects: [
        {
          type: 'feedback',
          checkinId: state.checkinId,
          employeeId: state.employeeId,
          keyResultId: state.keyResultId,
          body,
          indicator: state.indicator,
          weekStart: state.weekStart,
          weekEnd: state.weekEnd,
        },
      ],
    };
  },
  currentPrompt: (state) => ask(state),
  resume(state) {
    const next = { ...state, seq: state.seq + 1 };
    return { state: next, prompts: [ask(next)] };
  },
};
