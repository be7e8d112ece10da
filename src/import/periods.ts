/**
 * Performance periods as HR writes them: `2026` is the annual SKP year (1 January–31 December),
 * `2026-Q4` one quarter (triwulan) of it.
 */
export interface PeriodSpec {
  code: string;
  year: number;
  quarter: number | null;
  /** ISO dates, as PostgreSQL `date` columns read and write them. */
  startsOn: string;
  endsOn: string;
}

const QUARTER_BOUNDS = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
] as const;

/** `2026` / `2026-Q4` (any case, surrounding spaces ignored) → the period, else undefined. */
export function parsePeriodCode(input: string): PeriodSpec | undefined {
  const match = /^(\d{4})(?:-Q([1-4]))?$/i.exec(input.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  // A typo such as 0226 or 9026 is more likely than a plan for those years.
  if (year < 2000 || year > 2099) return undefined;
  if (match[2] === undefined) {
    return { code: `${year}`, year, quarter: null, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
  }
  const quarter = Number(match[2]);
  const [start, end] = QUARTER_BOUNDS[quarter - 1]!;
  return {
    code: `${year}-Q${quarter}`,
    year,
    quarter,
    startsOn: `${year}-${start}`,
    endsOn: `${year}-${end}`,
  };
}
