/**
 * What the /evaluasi dialog keeps between steps (saved as JSON with the conversation) and the
 * effect it asks storage to apply. Everything shown is loaded once when the dialog begins.
 */
import type { DialogState } from '../conversation/flow.js';
import type { PromptLine } from '../conversation/types.js';
import type { Predikat, Rating } from './predikat.js';
import type { IndicatorReason, SuggestionRule } from './suggest-result-rating.js';

export const EVALUATION_KIND = 'evaluasi';

export interface EvaluationFeedback {
  author: string;
  date: string;
  body: string;
}

/** One row of the SKP evaluation table (domain.md §3.3), with how dika read it. */
export interface EvaluationRow {
  rhk: string;
  indicator: string;
  unit: string;
  resultKind: 'main' | 'additional';
  /** The quarter's target. */
  target: number;
  realisasi: number | null;
  capaian: number | null;
  level: Rating | null;
  reason: IndicatorReason;
  evidenceCount: number;
  links: string[];
  feedback: EvaluationFeedback[];
}

export interface EvaluatedPerson {
  employeeId: number;
  name: string;
  rows: EvaluationRow[];
  /** Umpan balik on whole check-ins of the quarter. */
  generalFeedback: EvaluationFeedback[];
  suggestion: {
    rating: Rating | null;
    rule: SuggestionRule;
    counted: number;
    above: number;
    meets: number;
    below: number;
  };
  /**
   * The BerAKHLAK 360° aggregate shown beside the perilaku question (anonymity rules applied by
   * the results service); absent when no feedback cycle covered the quarter.
   */
  behaviour?: PromptLine[];
  /** What is stored already (a re-run changes it). */
  previous: { result: Rating | null; behaviour: Rating | null; predikat: Predikat | null } | null;
}

export interface EvaluationState extends DialogState {
  kind: typeof EVALUATION_KIND;
  period: { id: number; code: string; year: number; quarter: number };
  people: EvaluatedPerson[];
  /** The person being evaluated. */
  index: number;
  at: 'result' | 'behaviour';
  /** The rating hasil kerja chosen for the current person, while perilaku is asked. */
  result: Rating | null;
  rated: number;
  skipped: number;
  /** Predikat per employee id after this run: stored ones, then the ones given now. */
  predikats: Record<string, Predikat>;
}

export interface EvaluationEffect {
  type: 'rate';
  employeeId: number;
  employeeName: string;
  periodId: number;
  suggested: Rating | null;
  result: Rating;
  behaviour: Rating;
  predikat: Predikat;
}
