/**
 * Checks of the quarterly targets of a yearly indicator (target_tw1 … target_tw4). A quarterly target
 * is the level to reach by the end of that quarter (period-target.ts), read from the same baseline as
 * the year's target. What is refused and why:
 * - a quarterly target on a quarter's own key result: the period has no quarters to split into;
 * - one that lies the wrong way from the baseline (naik: below it; turun: above it): the quarter
 *   would ask for going backwards while the year asks for progress. Equal to the baseline is fine
 *   ("nothing yet by TW I", as for documents finished later in the year);
 * - for `kumulatif` and `terakhir`, one beyond the year's target, and a quarter behind an earlier one:
 *   a running total or a level reached by the end of a quarter cannot exceed what the year ends on,
 *   nor fall back from one quarter to the next.
 * Accepted: for `rata-rata` each quarter stands on its own (a busy season may plan a quarter above
 * the year's mean, or below the quarter before); gaps (TW II empty: the year's target applies
 * then); a TW IV below the year's target (the year's target still scores the year).
 */
import type { Accumulation } from '../../core/capaian/period-target.js';
import type { ImportProblem } from '../import-error.js';
import type { Direction } from './validate-okr.js';

export const QUARTER_COLUMNS = ['target_tw1', 'target_tw2', 'target_tw3', 'target_tw4'] as const;

export interface QuarterTargetsInput {
  row: number;
  yearly: boolean;
  baseline: number;
  target: number;
  direction: Direction;
  accumulation: Accumulation;
  /** Parsed cells by quarter (undefined: no such column, null: empty). */
  quarters: ReadonlyArray<number | null | undefined>;
  /** The cells as written, to quote them back. */
  raw: Readonly<Record<string, string>>;
}

export function quarterTargetProblems(input: QuarterTargetsInput): ImportProblem[] {
  const { row, baseline, target, direction, raw } = input;
  const problems: ImportProblem[] = [];
  // Signed distance from the baseline in the indicator's direction: progress is positive.
  const ahead = (value: number) => (direction === 'up' ? value - baseline : baseline - value);
  const ordered = input.accumulation !== 'average';
  let previous: { quarter: number; value: number } | undefined;
  input.quarters.forEach((value, index) => {
    if (value == null) return;
    const quarter = index + 1;
    const column = QUARTER_COLUMNS[index]!;
    const args = {
      quarter,
      value: raw[column] ?? '',
      baseline: raw.awal ?? '',
      target: raw.target ?? '',
      direction,
    };
    if (!input.yearly) {
      problems.push({ row, column, key: 'import-quarter-target-not-yearly', args: { quarter } });
    } else if (ahead(value) < 0) {
      problems.push({ row, column, key: 'import-quarter-target-wrong-way', args });
    } else if (ordered && ahead(value) > ahead(target)) {
      problems.push({ row, column, key: 'import-quarter-target-beyond-year', args });
    } else if (ordered && previous && ahead(value) < ahead(previous.value)) {
      const before = {
        previous: previous.quarter,
        previousValue: raw[QUARTER_COLUMNS[previous.quarter - 1]!] ?? '',
      };
      problems.push({ row, column, key: 'import-quarter-target-falls-back', args: { ...args, ...before } });
    }
    previous = { quarter, value };
  });
  return problems;
}
