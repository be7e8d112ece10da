/**
 * Wall-clock time in a person's zone, through `@date-fns/tz`: the zone database knows the offsets
 * and their DST changes (staff abroad: Europe/Amsterdam, America/New_York), so no offset is ever
 * written by hand here.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { QUIET_FROM, QUIET_UNTIL } from './schedule-settings.js';

/** Minutes since local midnight of an `HH:mm` time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The instant at which the clocks in `timeZone` show `date` (`yyyy-MM-dd`) `time` (`HH:mm`). */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const minutes = minutesOf(time);
  const local = new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, timeZone);
  return new Date(local.getTime());
}

/** What the clocks in `timeZone` show at `now`: the date and the minutes since local midnight. */
export function localClock(now: Date, timeZone: string): { date: string; minutes: number } {
  const local = new TZDate(now.getTime(), timeZone);
  return { date: format(local, 'yyyy-MM-dd'), minutes: local.getHours() * 60 + local.getMinutes() };
}

/** Whether a local time of day (minutes since midnight) is inside quiet hours (20.00–07.00). */
export function isQuietMinute(minutes: number): boolean {
  return minutes >= minutesOf(QUIET_FROM) || minutes < minutesOf(QUIET_UNTIL);
}
