import type { Accumulation } from '../capaian/period-target.js';

export type ResultKind = 'main' | 'additional';
export type Aspect = 'quantity' | 'quality' | 'time' | 'cost';

/** A key result (indikator) as the check-in sees it: a snapshot taken when the dialog starts. */
export interface KrSnapshot {
  id: number;
  code: string;
  title: string;
  objective: string;
  unitLabel: string;
  baseline: number;
  /** The period's (year's) target. */
  target: number;
  direction: 'up' | 'down';
  /** Quarterly targets, index 0 = TW I; null where the import gave none. */
  quarterTargets: Array<number | null>;
  accumulation: Accumulation;
  resultKind: ResultKind;
  aspect: Aspect | null;
  /** Last day of the performance period (`yyyy-MM-dd`): when the target is due. */
  periodEnd: string;
  /** Latest realisation from an earlier week, if any. */
  lastValue?: number;
  lastConfidence?: number;
  /** When the latest report was submitted (ISO timestamp): shown as its date in the person's zone. */
  lastReportedAt?: string;
  /**
   * For `average` only: every value reported this period before this week, oldest first; the
   * realisasi is their mean with this week's value.
   */
  periodValues?: number[];
}

/** The value a KR stands at before this week's answer: last week's, else its baseline. */
export function currentValue(kr: KrSnapshot): number {
  return kr.lastValue ?? kr.baseline;
}

export function isPercentUnit(unitLabel: string): boolean {
  return /^(%|persen|percent)$/i.test(unitLabel.trim());
}
