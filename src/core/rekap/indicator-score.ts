/**
 * One indicator's figures on a reference date, computed by the one module that scores capaian
 * (src/core/capaian/score.ts): the latest realisasi up to that date, capaian against the date's
 * quarter target (the year's where the quarter has none) and against the year's target.
 *
 * `cumulative` and `latest` carry the newest value into a quarter without a report yet (a total
 * "s.d. hari ini" stays true); `average` scores the quarter by the mean of that quarter's reports
 * and the year by the mean of the year's, as the check-in does, and has no quarter figure before
 * the quarter's first report.
 */
import { type Quarter, quarterOf } from '../capaian/period-target.js';
import { scoreOf } from '../capaian/score.js';
import type { IndicatorFacts, IndicatorReport } from './rekap-data.js';

export interface IndicatorFigures {
  /** The newest report up to the reference date. */
  latest: IndicatorReport | null;
  quarter: { number: Quarter; target: number; realisasi: number | null; capaian: number | null };
  year: { target: number; realisasi: number | null; capaian: number | null };
}

/** The quarter's own target, else the year's (period-target.ts: then the year's target applies). */
export function effectiveQuarterTarget(indicator: IndicatorFacts, quarter: Quarter): number {
  return indicator.quarterTargets[quarter - 1] ?? indicator.target;
}

export function reportsUpTo(indicator: IndicatorFacts, date: string): IndicatorReport[] {
  return indicator.reports.filter((r) => r.date <= date);
}

export function figuresAt(indicator: IndicatorFacts, reference: string): IndicatorFigures {
  const reports = reportsUpTo(indicator, reference);
  const latest = reports[reports.length - 1] ?? null;
  const number = quarterOf(reference);
  const quarterTarget = effectiveQuarterTarget(indicator, number);
  const none = { realisasi: null, capaian: null };
  if (!latest) {
    return {
      latest,
      quarter: { number, target: quarterTarget, ...none },
      year: { target: indicator.target, ...none },
    };
  }
  const yearScore = scoreOf(
    indicator,
    latest.value,
    reference,
    reports.slice(0, -1).map((r) => r.value),
  );
  let quarterRealisasi: number | null = null;
  let quarterCapaian: number | null = null;
  const inQuarter =
    indicator.accumulation === 'average'
      ? reports.filter((r) => r.date.slice(0, 4) === reference.slice(0, 4) && quarterOf(r.date) === number)
      : [latest];
  const last = inQuarter[inQuarter.length - 1];
  if (last) {
    const q = scoreOf(
      indicator,
      last.value,
      reference,
      inQuarter.slice(0, -1).map((r) => r.value),
    );
    quarterRealisasi = q.realisasi;
    // score.ts leaves out a quarter whose target is the year's: then its capaian is the quarter's.
    quarterCapaian = q.quarter ? q.quarter.capaian : q.capaian;
  }
  return {
    latest,
    quarter: { number, target: quarterTarget, realisasi: quarterRealisasi, capaian: quarterCapaian },
    year: { target: indicator.target, realisasi: yearScore.realisasi, capaian: yearScore.capaian },
  };
}
