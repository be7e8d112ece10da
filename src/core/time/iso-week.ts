import { TZDate } from '@date-fns/tz';
import { addDays, format, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';

export interface IsoWeek {
  /** `2026-W48` */
  key: string;
  /** Monday, `yyyy-MM-dd`, in the person's zone. */
  start: string;
  /** Sunday, `yyyy-MM-dd`. */
  end: string;
}

/**
 * The ISO week `now` falls in, seen from the person's own zone: Sunday 23:30 in Jayapura (WIT)
 * is already Monday of the next week there while it is still Sunday in Jakarta.
 */
export function isoWeekOf(now: Date, timeZone: string): IsoWeek {
  // Every step of a dialog asks; the answer only changes at a local midnight, so it is kept per
  // zone and minute (zone offsets are whole minutes), which spares the time-zone math.
  const key = `${timeZone}|${Math.floor(now.getTime() / 60_000)}`;
  const known = weeks.get(key);
  if (known) return known;
  // Stryker disable next-line all: only bounds the memo's memory; every answer is the same without it
  if (weeks.size >= 512) weeks.clear();
  const week = Object.freeze(computeIsoWeek(now, timeZone));
  weeks.set(key, week);
  return week;
}

const weeks = new Map<string, IsoWeek>();

function computeIsoWeek(now: Date, timeZone: string): IsoWeek {
  const local = new TZDate(now.getTime(), timeZone);
  const monday = startOfISOWeek(local);
  const week = getISOWeek(local);
  return {
    key: `${getISOWeekYear(local)}-W${String(week).padStart(2, '0')}`,
    start: format(monday, 'yyyy-MM-dd'),
    end: format(addDays(monday, 6), 'yyyy-MM-dd'),
  };
}

/** The calendar date (`yyyy-MM-dd`) of `now` in a zone. */
export function localDate(now: Date, timeZone: string): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}
