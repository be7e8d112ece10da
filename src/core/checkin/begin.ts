import type { Prompt } from '../conversation/types.js';
import type { IsoWeek } from '../time/iso-week.js';
import type { KrSnapshot } from './key-result.js';
import { upgradeCheckinState } from './legacy-state.js';
import { currentPrompt } from './prompts.js';
import type { CheckinState, CheckinSubmission, KrAnswer } from './state.js';
import { tailAnswersOf } from './tail-questions.js';

export interface BeginInput {
  nonce: string;
  week: IsoWeek;
  timeZone: string;
  /** The person's local date (`yyyy-MM-dd`): picks the quarter capaian is measured against. */
  today?: string;
  krs: KrSnapshot[];
  /** Shown before the first question ("Selamat pagi, Bapak Hendra."); see core/people/greeting.ts. */
  greeting?: Prompt;
  /** This week's check-in when it was already submitted: the dialog offers to revise it. */
  submitted?: { id: number; submission: CheckinSubmission };
}

export type BeginResult = { state: CheckinState; prompts: Prompt[] } | { state: null; prompts: Prompt[] };

/** Opens a check-in dialog for the week: the opening question, or the offer to revise. */
export function beginCheckin(input: BeginInput): BeginResult {
  if (input.krs.length === 0) return { state: null, prompts: [{ key: 'checkin-no-krs', expects: 'none' }] };
  const base: CheckinState = {
    kind: 'checkin',
    nonce: input.nonce,
    seq: 1,
    timeZone: input.timeZone,
    week: input.week,
    ...(input.today ? { today: input.today } : {}),
    krs: input.krs,
    answers: {},
    tail: {},
    cursor: { at: 'opening' },
    editing: false,
  };
  const opening = input.greeting ? [input.greeting] : [];
  if (!input.submitted) return { state: base, prompts: [...opening, currentPrompt(base)] };

  const { id, submission } = input.submitted;
  const answers: Record<string, KrAnswer> = {};
  for (const u of submission.updates) {
    answers[String(u.keyResultId)] = u.skipped
      ? { skipped: true, evidence: u.evidence }
      : { value: u.value ?? undefined, confidence: u.confidence ?? undefined, evidence: u.evidence };
  }
  const state: CheckinState = {
    ...base,
    answers,
    tail: tailAnswersOf(submission),
    cursor: { at: 'revise-offer' },
    revisionOf: id,
  };
  return { state, prompts: [...opening, currentPrompt(state)] };
}

/** `/checkin` while a dialog is open: show where the person was. */
export function resumeCheckin(saved: CheckinState): { state: CheckinState; prompts: Prompt[] } {
  const state = upgradeCheckinState(saved);
  const next = { ...state, seq: state.seq + 1 };
  return { state: next, prompts: [{ key: 'checkin-resume', expects: 'none' }, currentPrompt(next)] };
}
