/**
 * How a week and its revision deadline are named in messages: by the dates of its working days
 * ("pekan 30 Nov – 4 Des 2026"), never by ISO number, which no office uses (domain.md §12).
 * The locale files print these arguments; here is only which dates and how much of them to repeat.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { IsoWeek } from './iso-week.js';
import { zoneLabel } from './time-zone.js';

/**
 * `month`: both days in one month ("2 – 6 Nov 2026"); `year`: months differ ("30 Nov – 4 Des
 * 2026"); `years`: the week straddles New Year ("28 Des 2026 – 1 Jan 2027").
 */
export type WeekSpan = 'month' | 'year' | 'years';

export interface WeekLabelArgs {
  [key: string]: string | { date: string };
  weekFrom: { date: string };
  weekTo: { date: string };
  weekSpan: WeekSpan;
}

/** Monday to Friday of the week, for the shared `checkin-week` message. */
export function weekLabelArgs(week: Pick<IsoWeek, 'start'>): WeekLabelArgs {
  const monday = week.start;
  const friday = format(addDays(parseISO(monday), 4), 'yyyy-MM-dd');
  const span: WeekSpan =
    monday.slice(0, 4) !== friday.slice(0, 4)
      ? 'years'
      : monday.slice(0, 7) !== friday.slice(0, 7)
        ? 'year'
        : 'month';
  return { weekFrom: { date: monday }, weekTo: { date: friday }, weekSpan: span };
}

/**
 * Until when a check-in can be revised: the end (Sunday 23.59) of its week in the person's zone,
 * named with the zone people say (WIB, WITA, WIT).
 */
export function revisionDeadlineArgs(
  week: Pick<IsoWeek, 'end'>,
  timeZone: string,
): { deadline: { date: string }; zone: string } {
  return { deadline: { date: week.end }, zone: zoneLabel(timeZone) };
}
