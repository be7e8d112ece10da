/**
 * Which ISO weeks the planning job plans now, in one zone: always the current week (a dika that
 * was down on Monday still plans it; `sendVerdict` drops what is past), and from Sunday on also
 * the next one, so Monday's 09.00 prompts are rows a whole day before they are due, whatever a
 * slow Sunday night or a short outage does.
 */
import { nextIsoWeek } from '../calendar/calendar-dates.js';
import { isoWeekdayOf } from '../calendar/working-calendar.js';
import { type IsoWeek, isoWeekOf, localDate } from '../time/iso-week.js';

export function weeksToPlan(now: Date, timeZone: string): IsoWeek[] {
  const week = isoWeekOf(now, timeZone);
  return isoWeekdayOf(localDate(now, timeZone)) === 7 ? [week, nextIsoWeek(week)] : [week];
}
