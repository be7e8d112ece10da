/**
 * Turns a period as typed (parse-rekap-command.ts) into whole dates, seen from the viewer's
 * `today` (`yyyy-MM-dd` in their zone): a week runs Monday–Sunday (ISO), a month and a quarter
 * from their first to their last day. A period that has not begun yet has nothing to show and is
 * refused; one still running is shown up to today.
 */
import { addDaysTo, isoWeekOfDate } from '../calendar/calendar-dates.js';
import type { Quarter, RekapPeriodSpec } from './parse-rekap-command.js';
import type { RekapPeriod } from './rekap-data.js';

export interface FuturePeriodError {
  code: 'future-period';
  period: RekapPeriod;
}

export type ResolvedRekapPeriod = { ok: true; period: RekapPeriod } | { ok: false; error: FuturePeriodError };

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of a month: the day before the first of the next. */
function lastDayOfMonth(year: number, month: number): string {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return addDaysTo(next, -1);
}

export function monthPeriod(year: number, month: number): RekapPeriod {
  return { kind: 'month', year, month, start: `${year}-${pad(month)}-01`, end: lastDayOfMonth(year, month) };
}

export function quarterPeriod(year: number, quarter: Quarter): RekapPeriod {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    year,
    quarter,
    start: `${year}-${pad(firstMonth)}-01`,
    end: lastDayOfMonth(year, firstMonth + 2),
  };
}

export function weekPeriod(date: string): RekapPeriod {
  const week = isoWeekOfDate(date);
  return { kind: 'week', isoWeek: week.key, start: week.start, end: week.end };
}

export function resolveRekapPeriod(spec: RekapPeriodSpec, today: string): ResolvedRekapPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const currentQuarter = (Math.floor((month - 1) / 3) + 1) as Quarter;
  let period: RekapPeriod;
  switch (spec.kind) {
    case 'this-week':
      period = weekPeriod(today);
      break;
    case 'last-week':
      period = weekPeriod(addDaysTo(today, -7));
      break;
    case 'this-month':
      period = monthPeriod(year, month);
      break;
    case 'this-quarter':
      period = quarterPeriod(year, currentQuarter);
      break;
    case 'quarter':
      period = quarterPeriod(spec.year ?? year, spec.quarter);
      break;
  }
  return period.start > today
    ? { ok: false, error: { code: 'future-period', period } }
    : { ok: true, period };
}
