/**
 * Whether an indicator is behind the pace its quarterly targets set, on a reference date.
 *
 * The rule (the same for `naik` and `turun`: capaian's own formula decides which side is behind):
 * - `cumulative`: a quarterly target is the total to reach "s.d. TW n". Between two checkpoints
 *   the expected total grows in step with the working days elapsed: from the previous checkpoint
 *   (the last earlier quarter with a target of its own, or 0 on 1 January) to the next one (this
 *   quarter's target, or the first later quarter with one, or the year's target on 31 December).
 *   expected = previous + (next − previous) × working days elapsed ÷ working days in between.
 *   The realisasi is scored against that expected value: behind when that capaian is below
 *   100% − PACE_TOLERANCE (a total one week late should not sound an alarm).
 * - `latest` and `average`: a level has no pace to pro-rate; its realisasi (the quarter's mean
 *   for `average`) is scored against the quarter's target itself, behind below the same 90%.
 *
 * Only an indicator with a report up to the reference date is judged: silence is the
 * "no update" rule's business.
 */

import { addDaysTo } from '../calendar/calendar-dates.js';
import { isoWeekdayOf } from '../calendar/working-calendar.js';
import { capaian } from '../capaian/capaian.js';
import type { Quarter } from '../capaian/period-target.js';
import type { IndicatorFigures } from './indicator-score.js';
import type { IndicatorFacts } from './rekap-data.js';

/** Percentage points of capaian below the pace that still count as on pace. */
export const PACE_TOLERANCE = 10;

export interface PaceCheck {
  /** What the realisasi is measured against: the pro-rated total, or the quarter's target. */
  expected: number;
  realisasi: number;
  /** Capaian of the realisasi against `expected`. */
  paceCapaian: number;
  behind: boolean;
}

export type IsWorkingDay = (date: string) => boolean;

export const mondayToFriday: IsWorkingDay = (date) => isoWeekdayOf(date) <= 5;

/** Counts working days in inclusive ranges; the views ask for the same few ranges many times. */
export class WorkdayCounter {
  private readonly memo = new Map<string, number>();
  constructor(private readonly isWorkingDay: IsWorkingDay = mondayToFriday) {}

  count(from: string, to: string): number {
    const key = `${from}|${to}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    let n = 0;
    for (let d = from; d <= to; d = addDaysTo(d, 1)) if (this.isWorkingDay(d)) n++;
    this.memo.set(key, n);
    return n;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const quarterEnd = (year: number, q: Quarter) =>
  addDaysTo(q === 4 ? `${year + 1}-01-01` : `${year}-${pad(q * 3 + 1)}-01`, -1);

/** The expected cumulative total on `reference` (see the rule above). */
export function expectedCumulative(
  indicator: IndicatorFacts,
  reference: string,
  quarter: Quarter,
  workdays: WorkdayCounter,
): number {
  const year = Number(reference.slice(0, 4));
  const own = (q: number) => indicator.quarterTargets[q - 1] ?? null;
  let previous = { end: addDaysTo(`${year}-01-01`, -1), value: 0 };
  for (let q = quarter - 1; q >= 1; q--) {
    const t = own(q);
    if (t !== null) {
      previous = { end: quarterEnd(year, q as Quarter), value: t };
      break;
    }
  }
  let next = { end: `${year}-12-31`, value: indicator.target };
  for (let q = quarter; q <= 4; q++) {
    const t = own(q);
    if (t !== null) {
      next = { end: quarterEnd(year, q as Quarter), value: t };
      break;
    }
  }
  const from = addDaysTo(previous.end, 1);
  const total = workdays.count(from, next.end);
  const fraction = total === 0 ? 1 : workdays.count(from, reference) / total;
  return previous.value + (next.value - previous.value) * fraction;
}

export function paceOf(
  indicator: IndicatorFacts,
  figures: IndicatorFigures,
  reference: string,
  workdays: WorkdayCounter,
): PaceCheck | null {
  if (indicator.accumulation === 'cumulative') {
    if (!figures.latest) return null;
    const expected = expectedCumulative(indicator, reference, figures.quarter.number, workdays);
    const realisasi = figures.latest.value;
    const paceCapaian = capaian(indicator.direction, expected, realisasi);
    if (paceCapaian === null) return null;
    return { expected, realisasi, paceCapaian, behind: paceCapaian < 100 - PACE_TOLERANCE };
  }
  const { realisasi, capaian: paceCapaian, target } = figures.quarter;
  if (realisasi === null || paceCapaian === null) return null;
  return { expected: target, realisasi, paceCapaian, behind: paceCapaian < 100 - PACE_TOLERANCE };
}
