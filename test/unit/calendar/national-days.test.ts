import { describe, expect, it } from 'vitest';
import { calendarWarning } from '../../../src/core/calendar/calendar-warning.js';
import { NATIONAL_DAYS, shippedYears } from '../../../src/core/calendar/national-days.js';
import { isoWeekdayOf, workingCalendar } from '../../../src/core/calendar/working-calendar.js';

const of2026 = (kind: string) =>
  NATIONAL_DAYS.filter((d) => d.date.startsWith('2026-') && d.kind === kind).map((d) => d.date.slice(5));

describe('shipped national days', () => {
  it('holds 2026 exactly as domain.md §13 lists it: 17 libur nasional and 8 cuti bersama', () => {
    expect(of2026('holiday')).toEqual([
      '01-01',
      '01-16',
      '02-17',
      '03-19',
      '03-21',
      '03-22',
      '04-03',
      '04-05',
      '05-01',
      '05-14',
      '05-27',
      '05-31',
      '06-01',
      '06-16',
      '08-17',
      '08-25',
      '12-25',
    ]);
    expect(of2026('collective-leave')).toEqual([
      '02-16',
      '03-18',
      '03-20',
      '03-23',
      '03-24',
      '05-15',
      '05-28',
      '12-24',
    ]);
    for (const day of NATIONAL_DAYS.filter((d) => d.date.startsWith('2026-'))) {
      expect(day.source).toContain('SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025');
      if (day.kind === 'collective-leave') expect(day.source).toContain('Keppres 42/2025');
    }
  });

  it('makes the Mondays of 2026 off and leaves the week of 16–20 Mar two working days', () => {
    const calendar = workingCalendar({ layers: [NATIONAL_DAYS], years: shippedYears });
    for (const monday of ['2026-02-16', '2026-03-23', '2026-06-01', '2026-08-17']) {
      expect(isoWeekdayOf(monday)).toBe(1);
      expect(calendar.isWorkingDay(monday)).toBe(false);
    }
    expect(calendar.isWorkingDay('2026-03-24')).toBe(false);
    expect(calendar.isWorkingDay('2026-03-25')).toBe(true);
    const week = ['16', '17', '18', '19', '20'].map((d) => `2026-03-${d}`).filter(calendar.isWorkingDay);
    expect(week).toEqual(['2026-03-16', '2026-03-17']);
  });

  it('has 2025 with its sources, one entry per date, all dates valid, and ships 2025 and 2026 only', () => {
    expect(shippedYears).toEqual([2025, 2026]);
    expect(NATIONAL_DAYS.filter((d) => d.date.startsWith('2025-'))).toHaveLength(27);
    expect(new Set(NATIONAL_DAYS.map((d) => d.date)).size).toBe(NATIONAL_DAYS.length);
    for (const day of NATIONAL_DAYS) {
      expect(new Date(`${day.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day.date);
      expect(day.source).toMatch(day.date.startsWith('2025') ? /1017\/2024/ : /1497\/2025/);
    }
  });
});

describe('calendarWarning', () => {
  it('warns from 1 December (local) when next year has no data, and not before or once it is loaded', () => {
    expect(calendarWarning(new Date('2026-11-30T16:59:00Z'), [2025, 2026])).toBeUndefined();
    expect(calendarWarning(new Date('2026-11-30T17:00:00Z'), [2025, 2026])).toEqual({ missingYear: 2027 });
    expect(calendarWarning(new Date('2026-12-31T10:00:00Z'), [2025, 2026])).toEqual({ missingYear: 2027 });
    expect(calendarWarning(new Date('2026-12-05T10:00:00Z'), [2026, 2027])).toBeUndefined();
    expect(calendarWarning(new Date('2027-06-01T10:00:00Z'), [2026])).toBeUndefined();
  });
});
