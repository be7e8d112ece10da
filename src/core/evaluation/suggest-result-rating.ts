/**
 * dika's suggestion of the rating hasil kerja for one quarter, from each indicator's capaian
 * against the quarter's target. The appraiser decides; the suggestion and its reasons only show
 * how the numbers read, so that a rating far from them is a conscious choice.
 *
 * PermenPANRB 6/2022 sets no percentage cut-offs (domain.md §4.4): the thresholds below are
 * dika's defaults, named so that an agency can see and change them in one place.
 */

import type { Quarter } from '../capaian/period-target.js';
import type { ScoredIndicator } from '../capaian/score.js';
import { scoreOf } from '../capaian/score.js';
import type { Rating } from './predikat.js';

/**
 * Below this capaian an indicator is "di bawah ekspektasi". The SKP target *is* the expectation
 * the appraiser and the employee agreed on, so missing it is below it (domain.md §11: "in SKP,
 * 70% capaian is a shortfall"); there is no band of tolerance below the target.
 */
export const MEETS_FROM_PERCENT = 100;
/**
 * From this capaian an indicator is "di atas ekspektasi": a tenth past the target. A smaller
 * overshoot is within what a weekly estimate or a rounded target can produce on its own, and
 * would make "di atas" the rating of anyone who set a cautious target.
 */
export const ABOVE_FROM_PERCENT = 110;

export interface EvaluatedIndicator extends ScoredIndicator {
  keyResultId: number;
  title: string;
  /** Jenis RHK: only `main` (utama) results drive the rating (domain.md §11, §3.6). */
  resultKind: 'main' | 'additional';
  /**
   * Values reported in the indicator's period up to the quarter's end, oldest first, each with
   * the local date it was reported (one per week).
   */
  reports: ReadonlyArray<{ value: number; date: string }>;
}

export interface EvaluatedQuarter {
  quarter: Quarter;
  /** First and last day, `yyyy-MM-dd`. */
  start: string;
  end: string;
}

/**
 * Why an indicator reads as it does: `no-report` (nothing reported in the quarter: counted as
 * below, since the SKP evaluation rests on realisasi berdasarkan bukti dukung), `no-capaian`
 * (a negative target: no honest percentage, not counted), else its capaian band.
 */
export type IndicatorReason = 'no-report' | 'no-capaian' | 'below-target' | 'meets-target' | 'above-target';

export interface IndicatorAssessment {
  keyResultId: number;
  title: string;
  resultKind: 'main' | 'additional';
  /** The quarter's target (the year's when the quarter has none of its own). */
  target: number;
  /** The latest realisasi of the quarter (the mean for `average`); null when none was reported. */
  realisasi: number | null;
  /** Capaian in percent against `target`; null when not reported or not computable. */
  capaian: number | null;
  /** null: not counted (no honest capaian). */
  level: Rating | null;
  reason: IndicatorReason;
}

/**
 * Which rule decided (domain.md §4.1): `most-above` (most counted results above and no utama
 * below), `utama-below` (most above, but an utama result is below: at most "sesuai"),
 * `most-below`, `otherwise` (sesuai), `nothing-to-rate` (no indicator with a capaian).
 */
export type SuggestionRule = 'most-above' | 'utama-below' | 'most-below' | 'otherwise' | 'nothing-to-rate';

export interface ResultSuggestion {
  /** null when there is nothing to rate: the appraiser rates without a suggestion. */
  rating: Rating | null;
  rule: SuggestionRule;
  /** Counted results: the utama ones, or every one when the SKP has no utama result. */
  counted: number;
  above: number;
  meets: number;
  below: number;
  /** Utama results below expectation (these alone rule out "di atas"). */
  mainBelow: number;
  /** Whether tambahan results were counted because there is no utama result. */
  countsAdditional: boolean;
  indicators: IndicatorAssessment[];
}

function levelOf(capaian: number): { level: Rating; reason: IndicatorReason } {
  if (capaian < MEETS_FROM_PERCENT) return { level: 'below', reason: 'below-target' };
  if (capaian >= ABOVE_FROM_PERCENT) return { level: 'above', reason: 'above-target' };
  return { level: 'meets', reason: 'meets-target' };
}

export function assessIndicator(
  indicator: EvaluatedIndicator,
  quarter: EvaluatedQuarter,
): IndicatorAssessment {
  const own = indicator.quarterTargets[quarter.quarter - 1] ?? null;
  const base = {
    keyResultId: indicator.keyResultId,
    title: indicator.title,
    resultKind: indicator.resultKind,
    target: own ?? indicator.target,
  };
  const upToEnd = indicator.reports.filter((r) => r.date <= quarter.end);
  const last = upToEnd.at(-1);
  if (!last || last.date < quarter.start)
    return { ...base, realisasi: null, capaian: null, level: 'below', reason: 'no-report' };
  const earlier = upToEnd.slice(0, -1).map((r) => r.value);
  const score = scoreOf(indicator, last.value, last.date, earlier);
  // scoreOf drops the quarter's figure when its target is the year's: then both are the same.
  const capaian = score.quarter?.capaian ?? score.capaian;
  if (capaian === null)
    return { ...base, realisasi: score.realisasi, capaian: null, level: null, reason: 'no-capaian' };
  return { ...base, realisasi: score.realisasi, capaian, ...levelOf(capaian) };
}

/** "Most": strictly more than half. Half and half is not most of either. */
const most = (part: number, whole: number) => part * 2 > whole;

export function suggestResultRating(
  indicators: readonly EvaluatedIndicator[],
  quarter: EvaluatedQuarter,
): ResultSuggestion {
  const assessed = indicators.map((i) => assessIndicator(i, quarter));
  const hasMain = assessed.some((a) => a.resultKind === 'main');
  // Tambahan results cannot offset a weak utama (§3.6): they count only when there is no utama.
  const counted = assessed.filter((a) => a.level !== null && (!hasMain || a.resultKind === 'main'));
  const count = (level: Rating) => counted.filter((a) => a.level === level).length;
  const tally = {
    counted: counted.length,
    above: count('above'),
    meets: count('meets'),
    below: count('below'),
    mainBelow: assessed.filter((a) => a.resultKind === 'main' && a.level === 'below').length,
    countsAdditional: !hasMain && counted.length > 0,
    indicators: assessed,
  };
  if (tally.counted === 0) return { rating: null, rule: 'nothing-to-rate', ...tally };
  if (most(tally.below, tally.counted)) return { rating: 'below', rule: 'most-below', ...tally };
  if (most(tally.above, tally.counted))
    return tally.mainBelow === 0
      ? { rating: 'above', rule: 'most-above', ...tally }
      : { rating: 'meets', rule: 'utama-below', ...tally };
  return { rating: 'meets', rule: 'otherwise', ...tally };
}
