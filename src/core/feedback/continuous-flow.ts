/**
 * Umpan balik berkelanjutan (/umpanbalik): any time, to a colleague nearby. The giver types part
 * of a name, picks the person (the service searches the giver's circle: own and neighbouring
 * units, atasan, bawahan langsung), the BerAKHLAK value(s), apresiasi or saran, writes the text,
 * and confirms. Anonymous by default; always named when the giver is the recipient's atasan or
 * pejabat penilai (they decide and sign, domain.md §14). The search needs the database, so a
 * typed name at the first two steps is turned into `withMatches` by the service; every other
 * input goes through `step`.
 */
import type { DialogState, Flow, StepResult } from '../conversation/flow.js';
import type { Choice, Prompt, PromptArgs, PromptLine } from '../conversation/types.js';
import { cleanLine, cleanText } from '../text/clean-text.js';
import { BERAKHLAK_VALUES, type BerakhlakValue } from './berakhlak.js';

export const CONTINUOUS_KIND = 'umpanbalik';
export const CONTINUOUS_MAX_CHARS = 1000;
/** Matches shown as buttons; more means "type more of the name". */
export const MAX_MATCHES = 8;
/** Fewer characters than this match half the office: ask for more. */
export const MIN_QUERY_CHARS = 2;
const MAX_QUERY_CHARS = 60;

export type FeedbackKind = 'appreciation' | 'suggestion';
/** Why a giver is always named for this recipient; null = a peer, a subordinate, a neighbour. */
export type NamedRelation = 'supervisor' | 'appraiser' | null;

export interface Colleague {
  id: number;
  name: string;
  unit: string | null;
  relation: NamedRelation;
}

export type ContinuousStep = 'search' | 'pick' | 'values' | 'kind' | 'text' | 'confirm';

export interface ContinuousState extends DialogState {
  kind: typeof CONTINUOUS_KIND;
  giverId: number;
  step: ContinuousStep;
  candidates: Colleague[];
  recipient: Colleague | null;
  values: BerakhlakValue[];
  feedbackKind: FeedbackKind | null;
  body: string | null;
}

export interface ContinuousEffect {
  type: 'submit';
  recipientId: number;
  /** What the giver was told: whether the recipient sees their name. */
  named: boolean;
  /** The relation the dialog showed (submission refuses if it changed meanwhile). */
  relation: NamedRelation;
  values: BerakhlakValue[];
  feedbackKind: FeedbackKind;
  body: string;
}

const CANCEL = 'batal';
const NEXT = 'lanjut';
const SEND = 'kirim';
const SEND_NAMED = 'nama';
const KINDS: Record<string, FeedbackKind> = { apr: 'appreciation', saran: 'suggestion' };

const cancelRow: Choice[] = [{ id: CANCEL, label: 'cf-btn-cancel' }];

export function beginContinuous(input: { nonce: string; giverId: number }): {
  state: ContinuousState;
  prompts: Prompt[];
} {
  const state: ContinuousState = {
    kind: CONTINUOUS_KIND,
    nonce: input.nonce,
    seq: 0,
    giverId: input.giverId,
    step: 'search',
    candidates: [],
    recipient: null,
    values: [],
    feedbackKind: null,
    body: null,
  };
  return { state, prompts: [currentPrompt(state)] };
}

/** Whether typed text at this point is a name to search for (the service's job). */
export function wantsSearch(state: ContinuousState): boolean {
  return state.step === 'search' || state.step === 'pick';
}

/** The typed name as the search takes it: one clean line; undefined when too short. */
export function searchQuery(text: string): string | undefined {
  const query = cleanLine(text).trim().slice(0, MAX_QUERY_CHARS);
  return query.length >= MIN_QUERY_CHARS ? query : undefined;
}

const isNamed = (state: ContinuousState) => state.recipient?.relation != null;

function recipientArgs(state: ContinuousState): PromptArgs {
  return { name: state.recipient?.name ?? '', kind: state.feedbackKind ?? 'appreciation' };
}

const valueLines = (values: readonly BerakhlakValue[]): PromptLine[] =>
  values.map((value) => ({ key: 'cf-value-line', args: { value } }));

function currentPrompt(state: ContinuousState): Prompt {
  switch (state.step) {
    case 'search':
      return { key: 'cf-ask-name', choices: [cancelRow], expects: 'text' };
    case 'pick':
      return pickPrompt(state, false);
    case 'values':
      return {
        key: 'cf-ask-values',
        args: recipientArgs(state),
        choices: [
          ...BERAKHLAK_VALUES.map((value, i) => [
            {
              id: `v${i}`,
              label: 'cf-btn-value',
              args: { value, selected: state.values.includes(value) ? 'yes' : 'no' },
            },
          ]),
          [{ id: NEXT, label: 'cf-btn-next' }, ...cancelRow],
        ],
        expects: 'choice',
      };
    case 'kind':
      return {
        key: 'cf-ask-kind',
        args: recipientArgs(state),
        choices: [
          [
            { id: 'apr', label: 'cf-btn-appreciation' },
            { id: 'saran', label: 'cf-btn-suggestion' },
          ],
          cancelRow,
        ],
        expects: 'choice',
      };
    case 'text':
      return textPrompt(state);
    case 'confirm':
      return {
        key: 'cf-summary',
        args: { ...recipientArgs(state), named: isNamed(state) ? 'yes' : 'no', body: state.body ?? '' },
        lines: valueLines(state.values),
        choices: isNamed(state)
          ? [[{ id: SEND, label: 'cf-btn-send' }], cancelRow]
          : [
              [{ id: SEND, label: 'cf-btn-send-anonymous' }],
              [{ id: SEND_NAMED, label: 'cf-btn-send-named' }],
              cancelRow,
            ],
        expects: 'choice',
      };
  }
}

function pickPrompt(state: ContinuousState, more: boolean): Prompt {
  return {
    key: 'cf-pick',
    args: { more: more ? 'yes' : 'no', max: MAX_MATCHES },
    choices: [
      ...state.candidates.map((c, i) => [
        { id: `c${i}`, label: 'cf-btn-colleague', args: { name: c.name, unit: c.unit ?? 'none' } },
      ]),
      cancelRow,
    ],
    expects: 'choice',
  };
}

/** Before the text, the giver learns who will see their name (issue 11: say so up front). */
function textPrompt(state: ContinuousState, hint?: Prompt): Prompt {
  const relation = state.recipient?.relation;
  const note: PromptLine = relation
    ? { key: 'cf-named-note', args: { relation, name: state.recipient?.name ?? '' } }
    : { key: 'cf-anonymous-note' };
  return {
    key: hint?.key ?? 'cf-ask-text',
    args: { ...recipientArgs(state), max: CONTINUOUS_MAX_CHARS, ...hint?.args },
    lines: hint ? [] : [note],
    choices: [cancelRow],
    expects: 'text',
  };
}

type Result = StepResult<ContinuousState, ContinuousEffect>;

const next = (state: ContinuousState, changes: Partial<ContinuousState>, extra: Prompt[] = []): Result => {
  const moved = { ...state, ...changes, seq: state.seq + 1 };
  return { state: moved, prompts: [...extra, currentPrompt(moved)], effects: [] };
};

const stay = (state: ContinuousState, prompt?: Prompt): Result => {
  const kept = { ...state, seq: state.seq + 1 };
  return { state: kept, prompts: [prompt ?? currentPrompt(kept)], effects: [] };
};

const stale = (state: ContinuousState): Result => ({
  state,
  prompts: [],
  effects: [],
  refusal: 'stale-button',
});

/** The service's search result for a typed name: buttons for the matches, or "not found". */
export function withMatches(
  state: ContinuousState,
  query: string | undefined,
  matches: readonly Colleague[],
): Result {
  if (query === undefined)
    return stay(state, {
      key: 'cf-hint-short',
      args: { min: MIN_QUERY_CHARS },
      choices: [cancelRow],
      expects: 'text',
    });
  // Never oneself: the search leaves the giver out, and so does this.
  const found = matches.filter((m) => m.id !== state.giverId);
  if (found.length === 0)
    return next(state, { step: 'search', candidates: [] }, [
      { key: 'cf-not-found', args: { query }, expects: 'none' },
    ]);
  const shown = found.slice(0, MAX_MATCHES);
  const moved = { ...state, step: 'pick' as const, candidates: shown, seq: state.seq + 1 };
  return { state: moved, prompts: [pickPrompt(moved, found.length > MAX_MATCHES)], effects: [] };
}

function stepChoice(state: ContinuousState, choice: string): Result {
  switch (state.step) {
    case 'search':
      return stale(state);
    case 'pick': {
      const picked = /^c\d$/.test(choice) ? state.candidates[Number(choice.slice(1))] : undefined;
      if (!picked) return stale(state);
      if (picked.id === state.giverId)
        return next(state, { step: 'search', candidates: [] }, [{ key: 'cf-self', expects: 'none' }]);
      return next(state, { step: 'values', recipient: picked, candidates: [] });
    }
    case 'values': {
      if (choice === NEXT) {
        if (state.values.length === 0)
          return stay(state, { ...currentPrompt(state), key: 'cf-ask-values-none' });
        return next(state, { step: 'kind' });
      }
      const value = /^v\d$/.test(choice) ? BERAKHLAK_VALUES[Number(choice.slice(1))] : undefined;
      if (!value) return stale(state);
      const chosen = state.values.includes(value)
        ? state.values.filter((v) => v !== value)
        : BERAKHLAK_VALUES.filter((v) => v === value || state.values.includes(v));
      return next(state, { values: chosen });
    }
    case 'kind': {
      const kind = KINDS[choice];
      return kind ? next(state, { step: 'text', feedbackKind: kind }) : stale(state);
    }
    case 'text':
      return stale(state);
    case 'confirm': {
      if (choice !== SEND && choice !== SEND_NAMED) return stale(state);
      const { recipient, feedbackKind, body } = state;
      if (!recipient || !feedbackKind || body === null) return stale(state);
      const named = isNamed(state) || choice === SEND_NAMED;
      return {
        state: null,
        prompts: [
          { key: 'cf-sent', args: { name: recipient.name, named: named ? 'yes' : 'no' }, expects: 'none' },
        ],
        effects: [
          {
            type: 'submit',
            recipientId: recipient.id,
            named,
            relation: recipient.relation,
            values: state.values,
            feedbackKind,
            body,
          },
        ],
      };
    }
  }
}

function stepText(state: ContinuousState, text: string): Result {
  if (state.step !== 'text') return stay(state);
  const body = cleanText(text).trim();
  if (body === '') return stay(state, textPrompt(state, { key: 'cf-hint-text', expects: 'text' }));
  if (body.length > CONTINUOUS_MAX_CHARS)
    return stay(
      state,
      textPrompt(state, { key: 'cf-hint-long', args: { length: body.length }, expects: 'text' }),
    );
  return next(state, { step: 'confirm', body });
}

export const continuousFlow: Flow<ContinuousState, ContinuousEffect> = {
  kind: CONTINUOUS_KIND,
  step(state, input) {
    if (input.type === 'choice') {
      if (input.choice === CANCEL)
        return { state: null, prompts: [{ key: 'cf-cancelled', expects: 'none' }], effects: [] };
      return stepChoice(state, input.choice);
    }
    if (input.type === 'file') return stay(state);
    return stepText(state, input.text);
  },
  currentPrompt,
  resume(state) {
    const resumed = { ...state, seq: state.seq + 1 };
    return { state: resumed, prompts: [currentPrompt(resumed)] };
  },
};
