import { cleanFileRef } from '../conversation/file-ref.js';
import type { DialogState } from '../conversation/flow.js';
import type { FileRef } from '../conversation/types.js';
import type { IsoWeek } from '../time/iso-week.js';
import type { KrSnapshot } from './key-result.js';
import type { Implausibility } from './parse-progress.js';

export type EvidenceItem = { kind: 'link'; url: string } | FileRef;

export interface KrAnswer {
  /** Undefined until answered; absent with `skipped`. */
  value?: number;
  skipped?: boolean;
  confidence?: number;
  evidence: EvidenceItem[];
}

/** Where the dialog stands. Indices point into `krs`. */
export type Cursor =
  | { at: 'opening' }
  | { at: 'revise-offer' }
  | { at: 'value'; kr: number }
  | { at: 'confirm'; kr: number; value: number; reason: Implausibility; link?: string }
  | { at: 'confidence'; kr: number }
  | { at: 'evidence'; kr: number }
  /** A question of `CHECKIN_TAIL` (tail-questions.ts), by its id. */
  | { at: 'tail'; id: string }
  | { at: 'summary' }
  | { at: 'edit-menu' };

/** The persisted state of one person's weekly check-in dialog (a JSON column). */
export interface CheckinState extends DialogState {
  kind: 'checkin';
  /** Random per dialog: buttons of an older dialog carry another nonce and are refused. */
  nonce: string;
  /** Bumped with every question asked; buttons carry it so a stale button is recognised. */
  seq: number;
  timeZone: string;
  week: IsoWeek;
  /**
   * The person's local date (`yyyy-MM-dd`) at the last step: picks the quarter whose target
   * capaian is measured against. Absent in states saved before it existed (then: the week's Monday).
   */
  today?: string;
  krs: KrSnapshot[];
  /** By key-result id. */
  answers: Record<string, KrAnswer>;
  /** Answers to the tail questions by question id; a missing id = not asked yet. */
  tail: Record<string, unknown>;
  cursor: Cursor;
  /** After the current answer, go back to the summary instead of onwards. */
  editing: boolean;
  /** Present when this dialog revises a check-in already submitted this week. */
  revisionOf?: number;
}

/** What a submit hands to storage: everything in one transaction. */
export interface CheckinSubmission {
  week: IsoWeek;
  revisionOf?: number;
  updates: Array<{
    keyResultId: number;
    value: number | null;
    skipped: boolean;
    confidence: number | null;
    evidence: EvidenceItem[];
  }>;
  blockers: string[];
  /** "Dukungan apa yang Anda perlukan dari atasan?"; null when skipped or never asked. */
  supportNeeded: string | null;
  nextActions: string[];
  wantsDialog: boolean;
}

export type CheckinEffect =
  | { type: 'submit'; submission: CheckinSubmission }
  /** Ask again at `until` (ISO timestamp). */
  | { type: 'snooze'; until: string; week: IsoWeek }
  /** On leave this week: no reminders until next week. */
  | { type: 'leave'; week: IsoWeek };

export function answerOf(state: Pick<CheckinState, 'krs' | 'answers'>, index: number): KrAnswer {
  const kr = state.krs[index]!;
  return state.answers[String(kr.id)] ?? { evidence: [] };
}

export function withAnswer(state: CheckinState, index: number, patch: Partial<KrAnswer>): CheckinState {
  const kr = state.krs[index]!;
  const answer = { ...answerOf(state, index), ...patch };
  return { ...state, answers: { ...state.answers, [String(kr.id)]: answer } };
}

/** One more piece of evidence for the answer at `index`; a file's name is cleaned like typed text. */
export function withEvidence(state: CheckinState, index: number, item: EvidenceItem): CheckinState {
  const kept = item.kind === 'link' ? item : cleanFileRef(item);
  return withAnswer(state, index, { evidence: [...answerOf(state, index).evidence, kept] });
}
