/**
 * /evaluasi: the appraiser is taken person by person through the quarter's SKP evaluation
 * table, dika's suggested rating hasil kerja with its reasons, then rates hasil kerja and perilaku
 * kerja with three buttons each; the predikat follows from the 3×3 matrix and is stored with
 * both ratings and the suggestion. "Lewati" leaves a person as they are. At the end: the
 * distribution of predikat among the people this appraiser evaluates, against SE MenPANRB
 * 3/2023, as warnings only. Everything the dialog shows is loaded when it begins, so each step
 * is pure.
 */
import type { Flow, StepResult } from '../conversation/flow.js';
import type { Prompt } from '../conversation/types.js';
import {
  askBehaviour,
  isRatingChoice,
  personPrompts,
  SKIP,
  STOP,
  summaryPrompts,
} from './evaluation-prompts.js';
import {
  EVALUATION_KIND,
  type EvaluatedPerson,
  type EvaluationEffect,
  type EvaluationState,
} from './evaluation-state.js';
import { type Predikat, predikatOf, type Rating } from './predikat.js';

export {
  EVALUATION_KIND,
  type EvaluatedPerson,
  type EvaluationEffect,
  type EvaluationFeedback,
  type EvaluationRow,
  type EvaluationState,
} from './evaluation-state.js';

type Step = StepResult<EvaluationState, EvaluationEffect>;

/** The next person, or the summary when everyone was seen. */
function advance(state: EvaluationState, before: Prompt[], effects: EvaluationEffect[]): Step {
  const next: EvaluationState = {
    ...state,
    index: state.index + 1,
    at: 'result',
    result: null,
    seq: state.seq + 1,
  };
  if (next.index >= next.people.length)
    return { state: null, prompts: [...before, ...summaryPrompts(next)], effects };
  return { state: next, prompts: [...before, ...personPrompts(next)], effects };
}

function rate(state: EvaluationState, behaviour: Rating): Step {
  const person = state.people[state.index]!;
  const result = state.result!;
  const predikat = predikatOf(result, behaviour);
  const rated: EvaluationState = {
    ...state,
    rated: state.rated + 1,
    predikats: { ...state.predikats, [person.employeeId]: predikat },
  };
  const note: Prompt = {
    key: 'evaluation-rated',
    args: { name: person.name, result, behaviour, predikat },
    expects: 'none',
  };
  return advance(
    rated,
    [note],
    [
      {
        type: 'rate',
        employeeId: person.employeeId,
        employeeName: person.name,
        periodId: state.period.id,
        suggested: person.suggestion.rating,
        result,
        behaviour,
        predikat,
      },
    ],
  );
}

const stay = (state: EvaluationState, prompts: Prompt[]): Step => ({
  state: { ...state, seq: state.seq + 1 },
  prompts,
  effects: [],
});

function current(state: EvaluationState): Prompt[] {
  return state.at === 'result' ? personPrompts(state) : [askBehaviour(state)];
}

export const evaluationFlow: Flow<EvaluationState, EvaluationEffect> = {
  kind: EVALUATION_KIND,
  step(state, input) {
    if (input.type !== 'choice')
      return stay(state, [{ key: 'evaluation-hint-buttons', expects: 'none' }, current(state).at(-1)!]);
    const choice = input.choice;
    if (choice === STOP) return { state: null, prompts: summaryPrompts(state), effects: [] };
    if (choice === SKIP) return advance({ ...state, skipped: state.skipped + 1 }, [], []);
    if (!isRatingChoice(choice)) return { state, prompts: [], effects: [], refusal: 'stale-button' };
    if (state.at === 'result')
      return stay({ ...state, at: 'behaviour', result: choice }, [
        askBehaviour({ ...state, result: choice }),
      ]);
    return rate(state, choice);
  },
  currentPrompt: (state) => current(state).at(-1)!,
  resume(state) {
    const next = { ...state, seq: state.seq + 1 };
    return { state: next, prompts: current(next) };
  },
};

/** The dialog's first state and prompts; null when there is nobody to evaluate. */
export function beginEvaluation(input: {
  nonce: string;
  period: EvaluationState['period'];
  people: EvaluatedPerson[];
}): { state: EvaluationState | null; prompts: Prompt[] } {
  if (input.people.length === 0) return { state: null, prompts: [] };
  const predikats: Record<string, Predikat> = {};
  for (const p of input.people) if (p.previous?.predikat) predikats[p.employeeId] = p.previous.predikat;
  const state: EvaluationState = {
    kind: EVALUATION_KIND,
    nonce: input.nonce,
    seq: 0,
    period: input.period,
    people: input.people,
    index: 0,
    at: 'result',
    result: null,
    rated: 0,
    skipped: 0,
    predikats,
  };
  return { state, prompts: personPrompts(state) };
}
