/**
 * Which days are working days for one unit: its working week (Monday–Friday by default, a unit
 * setting since PermenPANRB 4/2025), minus national holidays and cuti bersama (shipped with dika in
 * national-days.ts and added by admins), minus the unit's own days off, plus the days the unit
 * works anyway (a front-line service working through cuti bersama). Pure: the caller loads the days.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type CalendarDayKind = 'holiday' | 'collective-leave' | 'workday';

export interface CalendarDay {
  /** `yyyy-MM-dd` */
  date: string;
  kind: CalendarDayKind;
  name: string;
  /** The legal source, e.g. "SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025". */
  source: string;
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** Why a date is not a working day: the holiday's name, `weekend`, or undefined on a working day. */
  offReason(
    date: string,
  ): { kind: 'weekend' } | { kind: 'holiday' | 'collective-leave'; name: string } | undefined;
  /** Whether holiday data exists for a year (national days shipped or loaded for it). */
  hasYear(year: number): boolean;
}

export const MONDAY_TO_FRIDAY: readonly IsoWeekday[] = [1, 2, 3, 4, 5];

/** ISO weekday of a `yyyy-MM-dd` date (calendar arithmetic in UTC: a date has no zone). */
export function isoWeekdayOf(date: string): IsoWeekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/**
 * Builds a unit's calendar. `layers` go from the most general to the most specific: national
 * days first, then each unit from the top of the tree down to this unit; a later layer's entry
 * for a date replaces an earlier one (a unit's `workday` overrides a national cuti bersama).
 */
export function workingCalendar(input: {
  workWeek?: readonly IsoWeekday[];
  layers: ReadonlyArray<readonly CalendarDay[]>;
  /** Years with holiday data (national days known for the whole year). */
  years: Iterable<number>;
}): WorkingCalendar {
  const workWeek = new Set(input.workWeek ?? MONDAY_TO_FRIDAY);
  const byDate = new Map<string, CalendarDay>();
  for (const layer of input.layers) for (const day of layer) byDate.set(day.date, day);
  const years = new Set(input.years);
  const offReason: WorkingCalendar['offReason'] = (date) => {
    const special = byDate.get(date);
    if (special?.kind === 'workday') return undefined;
    if (special) return { kind: special.kind, name: special.name };
    return workWeek.has(isoWeekdayOf(date)) ? undefined : { kind: 'weekend' };
  };
  return {
    offReason,
    isWorkingDay: (date) => offReason(date) === undefined,
    hasYear: (year) => years.has(year),
  };
}
