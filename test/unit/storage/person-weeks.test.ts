/**
 * personWeeks (src/storage/repositories/rekap-weeks.ts) for the weeks nobody recorded: the running
 * week stays open while cuti covers only some of its working days, and until the end of its last
 * day; an ended week with cuti on some working day is leave, as week close would record it.
 * Monday–Friday, no holidays; 2026-W11 is 9–15 March.
 */
import { describe, expect, it } from 'vitest';
import { isoWeekOfDate } from '../../../src/core/calendar/calendar-dates.js';
import { workingCalendar } from '../../../src/core/calendar/working-calendar.js';
import { type DateRange, personWeeks, weeksBetween } from '../../../src/storage/repositories/rekap-weeks.js';

const W10 = isoWeekOfDate('2026-03-02');
const W11 = isoWeekOfDate('2026-03-09');
const calendar = workingCalendar({ layers: [], years: [2026] });
const YEAR: DateRange = { startsOn: '2026-01-01', endsOn: '2026-12-31' };

function statuses(today: string, leave: DateRange[] = []) {
  return personWeeks({
    people: [{ employeeId: 1, unitId: null }],
    weeks: [W10, W11],
    today,
    facts: {
      // Known to dika from W09 on, with key results for the whole year.
      submitted: new Set(['1|2026-W09']),
      outcomes: new Map(),
      leave: new Map([[1, leave]]),
      indicatorPeriods: new Map([[1, [YEAR]]]),
    },
    calendarOf: () => calendar,
  }).map((w) => `${w.isoWeek} ${w.status}`);
}

describe('personWeeks, weeks nobody recorded', () => {
  it('keeps the running week open with cuti on some of its working days, leave on all of them', () => {
    const tuesday = { startsOn: '2026-03-10', endsOn: '2026-03-10' };
    expect(statuses('2026-03-11', [tuesday])).toEqual(['2026-W10 missed', '2026-W11 open']);
    const wholeWeek = { startsOn: '2026-03-09', endsOn: '2026-03-13' };
    expect(statuses('2026-03-11', [wholeWeek])).toEqual(['2026-W10 missed', '2026-W11 leave']);
  });

  it('keeps a week open through its Sunday, and judges it the day after', () => {
    expect(statuses('2026-03-15')).toEqual(['2026-W10 missed', '2026-W11 open']);
    expect(statuses('2026-03-16')).toEqual(['2026-W10 missed', '2026-W11 missed']);
  });

  it('reads an ended week with cuti on one working day as leave', () => {
    const wednesday = { startsOn: '2026-03-04', endsOn: '2026-03-04' };
    expect(statuses('2026-03-11', [wednesday])).toEqual(['2026-W10 leave', '2026-W11 open']);
  });

  it('lists the ISO weeks between two dates, both ends included', () => {
    expect(weeksBetween('2026-03-04', '2026-03-09').map((w) => w.key)).toEqual(['2026-W10', '2026-W11']);
    expect(weeksBetween('2026-03-10', '2026-03-08')).toEqual([]);
  });
});
