/**
 * The BerAKHLAK 360° questionnaire one rater fills in about one ratee (issue 11, domain.md §14).
 * Peers, subordinates and the ratee themself say how often they see each of the 21 panduan
 * perilaku (5 levels + tidak dapat menilai); the appraiser rates each of the 7 values against
 * expectation, with the ekspektasi khusus pimpinan shown. An optional comment per value and one
 * overall, a summary, then Kirim. The draft lives only in this state (the conversation row) and
 * leaves it as one `submit` effect; until then any value can be reopened from the summary.
 */
import type { DialogState, Flow, StepResult } from '../conversation/flow.js';
import type { Prompt } from '../conversation/types.js';
import { cleanText } from '../text/clean-text.js';
import type { RaterRelation } from './assign-raters.js';
import { BERAKHLAK_VALUES, type BerakhlakValue, type ExpectationRating } from './berakhlak.js';
import {
  BACK,
  CLEAR,
  COMMENT_MAX_CHARS,
  EDIT_OVERALL,
  introPrompt,
  promptFor,
  SEND,
  SKIP,
} from './questionnaire-prompts.js';
import { type QuestionnaireStep, stepsFor } from './questionnaire-steps.js';

export { COMMENT_MAX_CHARS, introPrompt, promptFor };

export const QUESTIONNAIRE_KIND = 'kuesioner360';

export interface QuestionnaireState extends DialogState {
  kind: typeof QUESTIONNAIRE_KIND;
  cycleId: number;
  rateeId: number;
  rateeName: string;
  relation: RaterRelation;
  /** Fewest raters a category needs before it is shown (told to anonymous raters). */
  minRaters: number;
  /** Appraiser only: the ekspektasi khusus pimpinan per value, null where none was set. */
  expectations: Partial<Record<BerakhlakValue, string | null>>;
  /** Index into `stepsFor(relation)`. */
  cursor: number;
  /** After reopening one value (or the overall comment) from the summary: back to it when done. */
  editing: boolean;
  /** value → three answers, 1–5, 0 = tidak dapat menilai; a missing entry is unanswered. */
  scores: Partial<Record<BerakhlakValue, number[]>>;
  ratings: Partial<Record<BerakhlakValue, ExpectationRating>>;
  /** value → comment; `overall` for the overall comment. */
  comments: Partial<Record<BerakhlakValue | 'overall', string>>;
}

export interface SubmitEffect {
  type: 'submit';
  cycleId: number;
  rateeId: number;
  rateeName: string;
  relation: RaterRelation;
  /** Frequency answers (peer, subordinate, self); score null = tidak dapat menilai. */
  answers: Array<{ value: BerakhlakValue; indicator: number; score: number | null }>;
  /** The appraiser's ratings against expectation. */
  ratings: Array<{ value: BerakhlakValue; rating: ExpectationRating }>;
  /** value null = overall. */
  comments: Array<{ value: BerakhlakValue | null; body: string }>;
}

const RATING_CHOICES: Record<string, ExpectationRating> = { bawah: 'below', sesuai: 'meets', atas: 'above' };

export function beginQuestionnaire(input: {
  nonce: string;
  cycleId: number;
  rateeId: number;
  rateeName: string;
  relation: RaterRelation;
  minRaters: number;
  expectations?: Partial<Record<BerakhlakValue, string | null>>;
}): { state: QuestionnaireState; prompts: Prompt[] } {
  const state: QuestionnaireState = {
    kind: QUESTIONNAIRE_KIND,
    nonce: input.nonce,
    seq: 0,
    cycleId: input.cycleId,
    rateeId: input.rateeId,
    rateeName: input.rateeName,
    relation: input.relation,
    minRaters: input.minRaters,
    expectations: input.expectations ?? {},
    cursor: 0,
    editing: false,
    scores: {},
    ratings: {},
    comments: {},
  };
  return { state, prompts: [introPrompt(state), promptFor(state)] };
}

type Result = StepResult<QuestionnaireState, SubmitEffect>;

function show(state: QuestionnaireState, hint?: Prompt): Result {
  const next = { ...state, seq: state.seq + 1 };
  return { state: next, prompts: [...(hint ? [hint] : []), promptFor(next)], effects: [] };
}

/** On to the next step; an edit of one value (or the overall comment) ends back at the summary. */
function advance(state: QuestionnaireState, endOfValue: boolean): Result {
  const steps = stepsFor(state.relation);
  const summary = steps.length - 1;
  const cursor = state.editing && endOfValue ? summary : Math.min(state.cursor + 1, summary);
  return show({ ...state, cursor, editing: cursor === summary ? false : state.editing });
}

const stale = (state: QuestionnaireState): Result => ({
  state,
  prompts: [],
  effects: [],
  refusal: 'stale-button',
});

function submitEffect(state: QuestionnaireState): SubmitEffect {
  const answers: SubmitEffect['answers'] = [];
  const ratings: SubmitEffect['ratings'] = [];
  const comments: SubmitEffect['comments'] = [];
  for (const v of BERAKHLAK_VALUES) {
    if (state.relation === 'appraiser') {
      const rating = state.ratings[v];
      if (rating) ratings.push({ value: v, rating });
    } else
      (state.scores[v] ?? []).forEach((s, i) => {
        answers.push({ value: v, indicator: i + 1, score: s === 0 ? null : s });
      });
    const comment = state.comments[v];
    if (comment) comments.push({ value: v, body: comment });
  }
  if (state.comments.overall) comments.push({ value: null, body: state.comments.overall });
  return {
    type: 'submit',
    cycleId: state.cycleId,
    rateeId: state.rateeId,
    rateeName: state.rateeName,
    relation: state.relation,
    answers,
    ratings,
    comments,
  };
}

function onChoice(state: QuestionnaireState, step: QuestionnaireStep, choice: string): Result {
  if (choice === BACK && state.cursor > 0 && !state.editing)
    return show({ ...state, cursor: state.cursor - 1 });
  switch (step.at) {
    case 'item': {
      const score = choice === 'na' ? 0 : /^s[1-5]$/.test(choice) ? Number(choice.slice(1)) : undefined;
      if (score === undefined) return stale(state);
      const scores = [...(state.scores[step.value] ?? [])];
      scores[step.indicator] = score;
      return advance({ ...state, scores: { ...state.scores, [step.value]: scores } }, false);
    }
    case 'rating': {
      const rating = RATING_CHOICES[choice];
      if (!rating) return stale(state);
      return advance({ ...state, ratings: { ...state.ratings, [step.value]: rating } }, false);
    }
    case 'comment':
    case 'overall': {
      const key = step.at === 'overall' ? 'overall' : step.value;
      if (choice === SKIP) return advance(state, true);
      if (choice !== CLEAR) return stale(state);
      const { [key]: _dropped, ...comments } = state.comments;
      return advance({ ...state, comments }, true);
    }
    case 'summary': {
      if (choice === SEND) {
        if (!complete(state)) return show(state, { key: 'fb360-incomplete', expects: 'none' });
        return {
          state: null,
          prompts: [
            {
              key: 'fb360-submitted',
              args: { name: state.rateeName, relation: state.relation },
              expects: 'none',
            },
          ],
          effects: [submitEffect(state)],
        };
      }
      const steps = stepsFor(state.relation);
      if (choice === EDIT_OVERALL)
        return show({ ...state, editing: true, cursor: steps.findIndex((s) => s.at === 'overall') });
      const index = /^e[0-6]$/.test(choice) ? Number(choice.slice(1)) : -1;
      const value = BERAKHLAK_VALUES[index];
      if (!value) return stale(state);
      const first = steps.findIndex((s) => s.at !== 'summary' && s.at !== 'overall' && s.value === value);
      return show({ ...state, editing: true, cursor: first });
    }
  }
}

/** Every indicator (or every value, for the appraiser) answered; comments stay optional. */
function complete(state: QuestionnaireState): boolean {
  return BERAKHLAK_VALUES.every((v) =>
    state.relation === 'appraiser'
      ? state.ratings[v] !== undefined
      : [0, 1, 2].every((i) => state.scores[v]?.[i] !== undefined),
  );
}

export const questionnaireFlow: Flow<QuestionnaireState, SubmitEffect> = {
  kind: QUESTIONNAIRE_KIND,
  step(state, input) {
    const step = stepsFor(state.relation)[state.cursor];
    if (!step) return stale(state);
    if (input.type === 'choice') return onChoice(state, step, input.choice);
    const textStep = step.at === 'comment' || step.at === 'overall';
    if (input.type === 'file' || !textStep)
      return show(state, { key: 'fb360-hint-buttons', expects: 'none' });
    const body = cleanText(input.text).trim();
    if (body === '') return show(state, { key: 'fb360-hint-buttons', expects: 'none' });
    if (body.length > COMMENT_MAX_CHARS)
      return show(state, {
        key: 'fb360-hint-long',
        args: { max: COMMENT_MAX_CHARS, length: body.length },
        expects: 'none',
      });
    const key = step.at === 'overall' ? 'overall' : step.value;
    return advance({ ...state, comments: { ...state.comments, [key]: body } }, true);
  },
  currentPrompt: (state) => promptFor(state),
  resume(state) {
    const next = { ...state, seq: state.seq + 1 };
    return { state: next, prompts: [introPrompt(next), promptFor(next)] };
  },
};
