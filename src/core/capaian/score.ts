/**
 * The capaian figures of one report, as every message shows them (the check-in, /status, the
 * appraiser's report): realisasi by the indicator's accumulation, capaian against the current
 * quarter's target when it has one of its own, and against the period's target.
 */
import { capaian, type Direction } from './capaian.js';
import { type Accumulation, quarterOf, quarterTarget, realisasiOf } from './period-target.js';

export interface ScoredIndicator {
  direction: Direction;
  /** The period's (year's) target. */
  target: number;
  /** TW I … TW IV; null where none was set. */
  quarterTargets: ReadonlyArray<number | null>;
  accumulation: Accumulation;
}

export interface Score {
  /** What is scored: the reported value, or for `average` the mean of the period's reports. */
  realisasi: number;
  /** Present when the quarter of the report has a target other than the year's. */
  quarter?: { number: 1 | 2 | 3 | 4; target: number; capaian: number | null };
  /** Capaian against the period's target; null where no honest number exists (negative target). */
  capaian: number | null;
}

/**
 * Scores `value`, reported on `localDate` (`yyyy-MM-dd` in the person's zone). `earlier` holds the
 * period's earlier reports, oldest first; only an `average` indicator uses them.
 */
export function scoreOf(
  indicator: ScoredIndicator,
  value: number,
  localDate: string,
  earlier: readonly number[] = [],
): Score {
  const realisasi = realisasiOf(indicator.accumulation, [...earlier, value]) ?? value;
  const number = quarterOf(localDate);
  const own = quarterTarget({ target: indicator.target, quarterTargets: indicator.quarterTargets }, number);
  // A quarter whose target is the year's (TW IV, usually) would only repeat the same figure.
  const qTarget = own === indicator.target ? null : own;
  return {
    realisasi,
    ...(qTarget !== null
      ? { quarter: { number, target: qTarget, capaian: capaian(indicator.direction, qTarget, realisasi) } }
      : {}),
    capaian: capaian(indicator.direction, indicator.target, realisasi),
  };
}
