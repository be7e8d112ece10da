/**
 * When appraisers are reminded to run /evaluasi: in the last week of a quarter (domain.md §14:
 * open a cycle before the quarter ends) and on the first working day after it. Each reminder
 * goes on the first working day of its window, in the appraiser's unit calendar.
 */
import type { Quarter } from '../capaian/period-target.js';
import { type QuarterPeriod, quarterPeriod } from './quarter-period.js';

export type ReminderPhase = 'last-week' | 'after';

/** Days of the "last week" window, the quarter's last day included. */
export const LAST_WEEK_DAYS = 7;
/**
 * Days after a quarter during which its "after" reminder may still be planned: long enough to
 * reach past a run of holidays (Lebaran falls near 1 April some years) and a replica that was down.
 */
export const AFTER_DAYS = 10;

const DAY_MS = 86_400_000;
const toDay = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const fromDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (date: string, days: number) => fromDay(toDay(date) + days * DAY_MS);

export interface ReminderWindow {
  quarter: QuarterPeriod;
  phase: ReminderPhase;
  /** First day of the window: the reminder goes on the first working day from here. */
  from: string;
  /** `job_runs.period_key`: `2026-Q4:after`. */
  key: string;
}

/** The window `today` (a local date) falls in, if any. */
export function reminderWindowOn(today: string): ReminderWindow | undefined {
  const year = Number(today.slice(0, 4));
  const q = (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as Quarter;
  const current = quarterPeriod(year, q);
  const lastWeek = addDays(current.end, -(LAST_WEEK_DAYS - 1));
  if (today >= lastWeek)
    return { quarter: current, phase: 'last-week', from: lastWeek, key: `${current.code}:last-week` };
  if (today < addDays(current.start, AFTER_DAYS)) {
    const previous = q === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, (q - 1) as Quarter);
    return { quarter: previous, phase: 'after', from: current.start, key: `${previous.code}:after` };
  }
  return undefined;
}

/** The window a stored period key names (`2026-Q4:after`), or undefined for anything else. */
export function reminderWindowOf(key: string): ReminderWindow | undefined {
  const match = /^(\d{4})-Q([1-4]):(last-week|after)$/.exec(key);
  if (!match) return undefined;
  const quarter = quarterPeriod(Number(match[1]), Number(match[2]) as Quarter);
  const phase = match[3] as ReminderPhase;
  const from = phase === 'after' ? addDays(quarter.end, 1) : addDays(quarter.end, -(LAST_WEEK_DAYS - 1));
  return { quarter, phase, from, key };
}

/** The first working day on or after `from`, looking two weeks ahead; else `from` itself. */
export function firstWorkingDay(from: string, isWorkingDay: (date: string) => boolean): string {
  for (let i = 0; i < 14; i++) {
    const date = addDays(from, i);
    if (isWorkingDay(date)) return date;
  }
  return from;
}
