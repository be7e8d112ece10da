/**
 * Calendars for the schedule tests: the 2026 days as domain.md §13 lists them (to check the
 * shipped data against), and unit calendars built from the shipped national days the way the
 * services build them (national layer first, the unit's own days on top).
 */
import { NATIONAL_DAYS, shippedYears } from '../../../src/core/calendar/national-days.js';
import {
  type CalendarDay,
  type IsoWeekday,
  type WorkingCalendar,
  workingCalendar,
} from '../../../src/core/calendar/working-calendar.js';

/** domain.md §13, 2026: libur nasional (17) and cuti bersama (8). */
export const DOMAIN_2026 = {
  holiday: [
    '2026-01-01',
    '2026-01-16',
    '2026-02-17',
    '2026-03-19',
    '2026-03-21',
    '2026-03-22',
    '2026-04-03',
    '2026-04-05',
    '2026-05-01',
    '2026-05-14',
    '2026-05-27',
    '2026-05-31',
    '2026-06-01',
    '2026-06-16',
    '2026-08-17',
    '2026-08-25',
    '2026-12-25',
  ],
  'collective-leave': [
    '2026-02-16',
    '2026-03-18',
    '2026-03-20',
    '2026-03-23',
    '2026-03-24',
    '2026-05-15',
    '2026-05-28',
    '2026-12-24',
  ],
} as const;

/** New Year's Day 2027: fixed by law, added the way an admin would before the SKB is loaded. */
export const NEW_YEAR_2027: CalendarDay = {
  date: '2027-01-01',
  kind: 'holiday',
  name: 'Tahun Baru 2027 Masehi',
  source: 'test',
};

export function unitDay(date: string, kind: CalendarDay['kind'], name = 'unit day'): CalendarDay {
  return { date, kind, name, source: 'test' };
}

/** A unit's calendar: the shipped national days, then the unit's own days. */
export function calendarOf(unitDays: readonly CalendarDay[] = [], workWeek?: IsoWeekday[]): WorkingCalendar {
  return workingCalendar({
    ...(workWeek ? { workWeek } : {}),
    layers: [NATIONAL_DAYS, unitDays],
    years: shippedYears,
  });
}
