/**
 * The quarter an evaluation is for: typed as `2026-TW4` (triwulan, as the SKP forms say),
 * `2026-Q4` (the period code HR imports) or `TW4 2026`, else the default: the quarter that just
 * ended, or the current one in its last two weeks (when appraisers start evaluating).
 */
import type { Quarter } from '../capaian/period-target.js';

export interface QuarterPeriod {
  year: number;
  quarter: Quarter;
  /** `performance_periods.code`: `2026-Q4`. */
  code: string;
  start: string;
  end: string;
}

/** The current quarter counts as "to evaluate" from this many days before its end. */
export const LAST_DAYS_OF_QUARTER = 14;

const ROMAN: Record<string, Quarter> = { I: 1, II: 2, III: 3, IV: 4 };
const END_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;
const START_DAY = ['01-01', '04-01', '07-01', '10-01'] as const;

export function quarterPeriod(year: number, quarter: Quarter): QuarterPeriod {
  return {
    year,
    quarter,
    code: `${year}-Q${quarter}`,
    start: `${year}-${START_DAY[quarter - 1]}`,
    end: `${year}-${END_DAY[quarter - 1]}`,
  };
}

function quarterOfText(text: string): Quarter | undefined {
  const upper = text.toUpperCase();
  if (/^[1-4]$/.test(upper)) return Number(upper) as Quarter;
  return ROMAN[upper];
}

/** `2026-TW4`, `2026-tw iv`, `2026-Q4`, `TW4 2026`, `TW IV-2026` → the quarter; else undefined. */
export function parseQuarterArg(input: string): QuarterPeriod | undefined {
  const text = input.trim();
  const yearFirst = /^(\d{4})[-\s/]*(?:TW|Q)\s*([1-4]|IV|I{1,3})$/i.exec(text);
  const quarterFirst = /^(?:TW|Q)\s*([1-4]|IV|I{1,3})[-\s/]*(\d{4})$/i.exec(text);
  const [yearText, quarterText] = yearFirst
    ? [yearFirst[1]!, yearFirst[2]!]
    : quarterFirst
      ? [quarterFirst[2]!, quarterFirst[1]!]
      : [];
  if (!yearText || !quarterText) return undefined;
  const year = Number(yearText);
  const quarter = quarterOfText(quarterText);
  if (year < 2000 || year > 2099 || !quarter) return undefined;
  return quarterPeriod(year, quarter);
}

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));

/** The quarter to evaluate on `today` (`yyyy-MM-dd`, the appraiser's local date). */
export function defaultQuarter(today: string): QuarterPeriod {
  const year = Number(today.slice(0, 4));
  const quarter = (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as Quarter;
  const current = quarterPeriod(year, quarter);
  const daysLeft = (dayNumber(current.end) - dayNumber(today)) / 86_400_000;
  if (daysLeft < LAST_DAYS_OF_QUARTER) return current;
  return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, (quarter - 1) as Quarter);
}
