/**
 * The week plan (src/core/schedule/plan-week.ts): which local day and instant each send of a unit
 * lands on, on Indonesia's 2026 calendar, in the three zones and for staff abroad across DST.
 */
import { describe, expect, it } from 'vitest';
import { isoWeekOfDate } from '../../../src/core/calendar/calendar-dates.js';
import { NATIONAL_DAYS } from '../../../src/core/calendar/national-days.js';
import type { WorkingCalendar } from '../../../src/core/calendar/working-calendar.js';
import { planWeek, type WeekPlan } from '../../../src/core/schedule/plan-week.js';
import { DEFAULT_SCHEDULE, type ScheduleSettings } from '../../../src/core/schedule/schedule-settings.js';
import { isoWeekOf } from '../../../src/core/time/iso-week.js';
import { calendarOf, DOMAIN_2026, NEW_YEAR_2027, unitDay } from './calendar-fixture.js';

const national = calendarOf();

function plan(
  monday: string,
  timeZone = 'Asia/Jakarta',
  calendar: WorkingCalendar = national,
  settings: ScheduleSettings = DEFAULT_SCHEDULE,
): WeekPlan {
  return planWeek({ settings, calendar, week: isoWeekOfDate(monday), timeZone });
}

/** `kind date time → instant (moved from)` per send, in order: readable in a failing diff. */
function rows(p: WeekPlan): string[] {
  return p.sends.map(
    (s) =>
      `${s.kind} ${s.localDate} ${s.localTime} → ${s.dueAt.toISOString()}${s.movedFrom ? ` (from ${s.movedFrom})` : ''}`,
  );
}

describe('the 2026 calendar data', () => {
  it('ships the days domain.md §13 lists for 2026, no more and no fewer', () => {
    for (const kind of ['holiday', 'collective-leave'] as const) {
      const shipped = NATIONAL_DAYS.filter((d) => d.date.startsWith('2026-') && d.kind === kind).map(
        (d) => d.date,
      );
      expect(shipped.sort(), kind).toEqual([...DOMAIN_2026[kind]]);
    }
  });
});

describe('planWeek: an ordinary week in the three zones', () => {
  // Week 10 of 2026, 2–8 March: no holiday.
  it.each([
    ['Asia/Jakarta', 7],
    ['Asia/Makassar', 8],
    ['Asia/Jayapura', 9],
  ])('%s: the defaults at 09.00, 09.00, 14.00 and 16.00 local (UTC+%i)', (zone, offset) => {
    const at = (date: string, hour: number) =>
      new Date(Date.UTC(2026, 2, Number(date.slice(8)), hour - offset)).toISOString();
    const p = plan('2026-03-02', zone);
    expect(p.week.key).toBe('2026-W10');
    expect(p.workingDays).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(rows(p)).toEqual([
      `prompt 2026-03-02 09:00 → ${at('2026-03-02', 9)}`,
      `reminder 2026-03-04 09:00 → ${at('2026-03-04', 9)}`,
      `lastCall 2026-03-06 14:00 → ${at('2026-03-06', 14)}`,
      `digest 2026-03-06 16:00 → ${at('2026-03-06', 16)}`,
    ]);
    // Sunday 8 March 23.59 local, to the last millisecond.
    expect(p.closesAt.toISOString()).toBe(`2026-03-08T${String(23 - offset).padStart(2, '0')}:59:59.999Z`);
  });

  it('gives the same 09.00 three different instants, an hour apart', () => {
    const prompts = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'].map((zone) =>
      plan('2026-03-02', zone).sends[0]!.dueAt.toISOString(),
    );
    expect(prompts).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-02T01:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
    ]);
  });
});

describe('planWeek: staff abroad across a DST change', () => {
  it.each([
    // Europe/Amsterdam springs forward on Sunday 29 March 2026 (CET+1 → CEST+2). The week of 23 March
    // also has Indonesia's Idulfitri cuti bersama on Monday and Tuesday.
    ['2026-03-23', 'Europe/Amsterdam', '2026-03-25T08:00:00.000Z', '2026-03-29T21:59:59.999Z'],
    ['2026-03-30', 'Europe/Amsterdam', '2026-03-30T07:00:00.000Z', '2026-04-05T21:59:59.999Z'],
    // It falls back on Sunday 25 October 2026.
    ['2026-10-19', 'Europe/Amsterdam', '2026-10-19T07:00:00.000Z', '2026-10-25T22:59:59.999Z'],
    ['2026-10-26', 'Europe/Amsterdam', '2026-10-26T08:00:00.000Z', '2026-11-01T22:59:59.999Z'],
    // America/New_York springs forward on Sunday 8 March 2026 (UTC−5 → UTC−4), falls back 1 November.
    ['2026-03-02', 'America/New_York', '2026-03-02T14:00:00.000Z', '2026-03-09T03:59:59.999Z'],
    ['2026-03-09', 'America/New_York', '2026-03-09T13:00:00.000Z', '2026-03-16T03:59:59.999Z'],
    ['2026-10-26', 'America/New_York', '2026-10-26T13:00:00.000Z', '2026-11-02T04:59:59.999Z'],
    ['2026-11-02', 'America/New_York', '2026-11-02T14:00:00.000Z', '2026-11-09T04:59:59.999Z'],
  ])(
    'week of %s in %s: prompt at 09.00 local (%s), closes Sunday 23.59 local',
    (monday, zone, prompt, closes) => {
      const p = plan(monday, zone);
      expect(p.sends[0]).toMatchObject({ kind: 'prompt', localTime: '09:00' });
      expect(p.sends[0]!.dueAt.toISOString()).toBe(prompt);
      expect(p.closesAt.toISOString()).toBe(closes);
    },
  );

  it('puts a Sunday send on the day of the change at its new offset (seven-day unit)', () => {
    const everyDay = calendarOf([], [1, 2, 3, 4, 5, 6, 7]);
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, digest: { day: 7, time: '09:00' } };
    const p = plan('2026-03-23', 'Europe/Amsterdam', everyDay, settings);
    const digest = p.sends.find((s) => s.kind === 'digest')!;
    // 09.00 CEST on 29 March (the clocks went forward at 02.00 that morning) = 07.00 UTC.
    expect(digest.localDate).toBe('2026-03-29');
    expect(digest.dueAt.toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });
});

describe('planWeek: Monday holidays of 2026', () => {
  it.each([
    // 16 Feb cuti bersama Imlek and 17 Feb Imlek: the week starts on Wednesday.
    ['2026-02-16', 'prompt 2026-02-18', 'reminder 2026-02-20', '2026-02-16'],
    // 23–24 Mar cuti bersama Idulfitri: the prompt moves to Wednesday 25 March.
    ['2026-03-23', 'prompt 2026-03-25', 'reminder 2026-03-27', '2026-03-23'],
    // 1 Jun Hari Lahir Pancasila.
    ['2026-06-01', 'prompt 2026-06-02', 'reminder 2026-06-04', '2026-06-01'],
    // 17 Agu Proklamasi.
    ['2026-08-17', 'prompt 2026-08-18', 'reminder 2026-08-20', '2026-08-17'],
  ])('week of %s: %s, %s', (monday, prompt, reminder) => {
    const p = plan(monday);
    expect(rows(p)[0]).toMatch(new RegExp(`^${prompt} 09:00 `));
    expect(rows(p)[1]).toMatch(new RegExp(`^${reminder} 09:00 `));
    expect(p.sends[0]!.movedFrom).toBeUndefined(); // "first working day" names no date
  });

  it.each([
    ['2026-02-16', '2026-02-18'],
    ['2026-03-23', '2026-03-25'],
    ['2026-06-01', '2026-06-02'],
    ['2026-08-17', '2026-08-18'],
  ])('a prompt fixed on Monday %s moves to %s and says from where', (monday, moved) => {
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, prompt: { day: 1, time: '09:00' } };
    const prompt = plan(monday, 'Asia/Makassar', national, settings).sends[0]!;
    expect(prompt).toMatchObject({ kind: 'prompt', localDate: moved, movedFrom: monday });
  });

  it('keeps a fixed weekday that is a working day where it is, with no movedFrom', () => {
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, prompt: { day: 3, time: '10:30' } };
    const prompt = plan('2026-03-23', 'Asia/Jakarta', national, settings).sends[0]!;
    expect(prompt).toEqual({
      kind: 'prompt',
      localDate: '2026-03-25',
      localTime: '10:30',
      dueAt: new Date('2026-03-25T03:30:00Z'),
    });
  });
});

describe('planWeek: short and empty weeks', () => {
  it('the two-working-day week of 16–20 March: the reminder two days on falls to the last one', () => {
    const p = plan('2026-03-16');
    expect(p.workingDays).toEqual(['2026-03-16', '2026-03-17']);
    expect(rows(p)).toEqual([
      'prompt 2026-03-16 09:00 → 2026-03-16T02:00:00.000Z',
      'reminder 2026-03-17 09:00 → 2026-03-17T02:00:00.000Z',
      'lastCall 2026-03-17 14:00 → 2026-03-17T07:00:00.000Z',
      'digest 2026-03-17 16:00 → 2026-03-17T09:00:00.000Z',
    ]);
  });

  it.each([
    ['first+1', '2026-03-17'],
    ['first+2', '2026-03-17'],
    ['first+6', '2026-03-17'],
  ] as const)('%s in the two-day week lands on %s', (day, date) => {
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, reminder: { day, time: '09:00' } };
    expect(plan('2026-03-16', 'Asia/Jakarta', national, settings).sends[1]).toMatchObject({
      kind: 'reminder',
      localDate: date,
    });
  });

  it.each([
    ['first+1', '2026-03-03'],
    ['first+3', '2026-03-05'],
    ['first+4', '2026-03-06'],
    ['first+5', '2026-03-06'],
  ] as const)('%s in a full week lands on %s', (day, date) => {
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, reminder: { day, time: '09:00' } };
    const reminder = plan('2026-03-02', 'Asia/Jakarta', national, settings).sends.find(
      (s) => s.kind === 'reminder',
    );
    expect(reminder?.localDate).toBe(date);
  });

  it('ISO week 53 of 2026 (28 Dec – 3 Jan) with New Year’s Day off: four working days', () => {
    const calendar = calendarOf([NEW_YEAR_2027]);
    const p = plan('2026-12-28', 'Asia/Jayapura', calendar);
    expect(p.week).toEqual({ key: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
    expect(p.workingDays).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    expect(rows(p)).toEqual([
      'prompt 2026-12-28 09:00 → 2026-12-28T00:00:00.000Z',
      'reminder 2026-12-30 09:00 → 2026-12-30T00:00:00.000Z',
      'lastCall 2026-12-31 14:00 → 2026-12-31T05:00:00.000Z',
      'digest 2026-12-31 16:00 → 2026-12-31T07:00:00.000Z',
    ]);
    expect(p.closesAt.toISOString()).toBe('2027-01-03T14:59:59.999Z');
  });

  it('a fixed Friday that is off with no working day left after it is dropped, not pushed into next week', () => {
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, digest: { day: 5, time: '16:00' } };
    const p = plan('2026-12-28', 'Asia/Jakarta', calendarOf([NEW_YEAR_2027]), settings);
    expect(p.sends.map((s) => s.kind)).toEqual(['prompt', 'reminder', 'lastCall']);
    expect(p.dropped).toEqual([{ kind: 'digest', ruleDate: '2027-01-01' }]);
  });

  it('a week with no working day has no sends (libur), every rule dropped', () => {
    const off = ['2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10'].map((d) =>
      unitDay(d, 'holiday', 'Libur unit'),
    );
    const p = plan('2026-04-06', 'Asia/Jakarta', calendarOf(off));
    expect(p.workingDays).toEqual([]);
    expect(p.sends).toEqual([]);
    expect(p.dropped?.map((d) => d.kind)).toEqual(['prompt', 'reminder', 'lastCall', 'digest']);
    expect(p.closesAt.toISOString()).toBe('2026-04-12T16:59:59.999Z');
  });

  it('a rule switched off (null) is neither planned nor dropped', () => {
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, reminder: null, digest: null };
    const p = plan('2026-03-02', 'Asia/Jakarta', national, settings);
    expect(p.sends.map((s) => s.kind)).toEqual(['prompt', 'lastCall']);
    expect(p.dropped).toEqual([]);
  });
});

describe('planWeek: a unit working Monday–Saturday and through cuti bersama', () => {
  it('the week of 23 March with its own workday on the cuti bersama of Monday 23', () => {
    const calendar = calendarOf([unitDay('2026-03-23', 'workday', 'Layanan tetap buka')], [1, 2, 3, 4, 5, 6]);
    const p = plan('2026-03-23', 'Asia/Makassar', calendar);
    // 24 March stays cuti bersama for this unit; Saturday 28 is a working day.
    expect(p.workingDays).toEqual(['2026-03-23', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28']);
    expect(rows(p)).toEqual([
      'prompt 2026-03-23 09:00 → 2026-03-23T01:00:00.000Z',
      'reminder 2026-03-26 09:00 → 2026-03-26T01:00:00.000Z',
      'lastCall 2026-03-28 14:00 → 2026-03-28T06:00:00.000Z',
      'digest 2026-03-28 16:00 → 2026-03-28T08:00:00.000Z',
    ]);
  });

  it('a fixed Monday moved for a national unit stays on Monday for the unit that works it', () => {
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, prompt: { day: 1, time: '09:00' } };
    const calendar = calendarOf([unitDay('2026-03-23', 'workday')], [1, 2, 3, 4, 5, 6]);
    expect(plan('2026-03-23', 'Asia/Makassar', calendar, settings).sends[0]).toEqual({
      kind: 'prompt',
      localDate: '2026-03-23',
      localTime: '09:00',
      dueAt: new Date('2026-03-23T01:00:00Z'),
    });
  });
});

describe('planWeek: order and zone changes', () => {
  it('sorts by the moment, whatever order the rules come in', () => {
    const settings: ScheduleSettings = {
      prompt: { day: 'first', time: '15:00' },
      reminder: { day: 'first', time: '08:00' },
      lastCall: { day: 'last', time: '07:00' },
      digest: { day: 'first', time: '15:00' },
      workWeek: [1, 2, 3, 4, 5],
    };
    expect(plan('2026-03-02', 'Asia/Jakarta', national, settings).sends.map((s) => s.kind)).toEqual([
      'reminder',
      'prompt',
      'digest',
      'lastCall',
    ]);
  });

  it('planning again for the zone a person moved to mid-week gives the same week key', () => {
    // Wednesday 4 March, 10.00 WIB: the person switches to WIT with /zona.
    const now = new Date('2026-03-04T03:00:00Z');
    const before = planWeek({
      settings: DEFAULT_SCHEDULE,
      calendar: national,
      week: isoWeekOf(now, 'Asia/Jakarta'),
      timeZone: 'Asia/Jakarta',
    });
    const after = planWeek({
      settings: DEFAULT_SCHEDULE,
      calendar: national,
      week: isoWeekOf(now, 'Asia/Jayapura'),
      timeZone: 'Asia/Jayapura',
    });
    expect(after.week.key).toBe(before.week.key);
    expect(after.sends.map((s) => [s.kind, s.localDate])).toEqual(
      before.sends.map((s) => [s.kind, s.localDate]),
    );
    expect(after.sends[0]!.dueAt.getTime()).toBe(before.sends[0]!.dueAt.getTime() - 2 * 3_600_000);
  });
});
