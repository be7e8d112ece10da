/**
 * The helpers around the week plan: which weeks the planning job plans now
 * (src/core/schedule/weeks-to-plan.ts) and the next sends `schedule show` lists
 * (src/core/schedule/next-sends.ts), with the reasons for skipped days.
 */
import { describe, expect, it } from 'vitest';
import { nextSends } from '../../../src/core/schedule/next-sends.js';
import { DEFAULT_SCHEDULE, type ScheduleSettings } from '../../../src/core/schedule/schedule-settings.js';
import { weeksToPlan } from '../../../src/core/schedule/weeks-to-plan.js';
import { calendarOf, NEW_YEAR_2027, unitDay } from './calendar-fixture.js';

describe('weeksToPlan', () => {
  it.each([
    // Monday 2 March 2026, 00.30 WIB: this week only.
    ['2026-03-01T17:30:00Z', 'Asia/Jakarta', ['2026-W10']],
    // Saturday 7 March, 12.00 WIB.
    ['2026-03-07T05:00:00Z', 'Asia/Jakarta', ['2026-W10']],
    // Sunday 8 March, 00.00 WIB: next week too.
    ['2026-03-07T17:00:00Z', 'Asia/Jakarta', ['2026-W10', '2026-W11']],
    // Sunday 23.59 WIB.
    ['2026-03-08T16:59:00Z', 'Asia/Jakarta', ['2026-W10', '2026-W11']],
    // The same instant is already Monday 01.59 WIT in Jayapura: its own week only.
    ['2026-03-08T16:59:00Z', 'Asia/Jayapura', ['2026-W11']],
    // Sunday 3 January 2027 closes ISO week 53 of 2026; the next is 2027-W01.
    ['2027-01-03T03:00:00Z', 'Asia/Makassar', ['2026-W53', '2027-W01']],
    // Sunday 27 December 2026: the next week is week 53.
    ['2026-12-27T03:00:00Z', 'Asia/Makassar', ['2026-W52', '2026-W53']],
  ])('%s in %s → %j', (now, zone, keys) => {
    expect(weeksToPlan(new Date(now), zone).map((w) => w.key)).toEqual(keys);
  });

  it('gives whole weeks, Monday to Sunday', () => {
    expect(weeksToPlan(new Date('2027-01-03T03:00:00Z'), 'Asia/Makassar')).toEqual([
      { key: '2026-W53', start: '2026-12-28', end: '2027-01-03' },
      { key: '2027-W01', start: '2027-01-04', end: '2027-01-10' },
    ]);
  });
});

const show = (now: string, settings: ScheduleSettings = DEFAULT_SCHEDULE, unitDays = [NEW_YEAR_2027]) =>
  nextSends({
    settings,
    calendar: calendarOf(unitDays),
    timeZone: 'Asia/Jakarta',
    now: new Date(now),
    count: 10,
  });

describe('nextSends', () => {
  it('lists the next ten from now across weeks, the ones already due today left out', () => {
    // Monday 16 March 2026, 10.00 WIB: the prompt (09.00) is past; the week has two working days.
    const next = show('2026-03-16T03:00:00Z');
    expect(next.sends.map((s) => `${s.weekKey} ${s.kind} ${s.localDate} ${s.localTime}`)).toEqual([
      '2026-W12 reminder 2026-03-17 09:00',
      '2026-W12 lastCall 2026-03-17 14:00',
      '2026-W12 digest 2026-03-17 16:00',
      '2026-W13 prompt 2026-03-25 09:00',
      '2026-W13 reminder 2026-03-27 09:00',
      '2026-W13 lastCall 2026-03-27 14:00',
      '2026-W13 digest 2026-03-27 16:00',
      '2026-W14 prompt 2026-03-30 09:00',
      '2026-W14 reminder 2026-04-01 09:00',
      '2026-W14 lastCall 2026-04-02 14:00',
    ]);
    // Holidays and cuti bersama through the last listed send, with their names; weekends left out.
    expect(next.offDays.map((d) => `${d.date} ${d.reason.kind}`)).toEqual([
      '2026-03-18 collective-leave',
      '2026-03-19 holiday',
      '2026-03-20 collective-leave',
      '2026-03-21 holiday',
      '2026-03-22 holiday',
      '2026-03-23 collective-leave',
      '2026-03-24 collective-leave',
    ]);
    expect(next.offDays[1]!.reason).toEqual({
      kind: 'holiday',
      name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)',
    });
    expect(next.missingYears).toEqual([]);
  });

  it('a send due this very minute is still listed', () => {
    expect(show('2026-03-02T02:00:00Z').sends[0]).toMatchObject({ kind: 'prompt', localDate: '2026-03-02' });
  });

  it('says why a fixed day moved', () => {
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, prompt: { day: 1, time: '09:00' } };
    const prompt = show('2026-03-20T03:00:00Z', settings).sends[0]!;
    expect(prompt).toMatchObject({
      kind: 'prompt',
      localDate: '2026-03-25',
      movedFrom: '2026-03-23',
      movedFromReason: { kind: 'collective-leave', name: 'Cuti bersama Idulfitri 1447 Hijriah' },
    });
  });

  it('lists a week without a working day as libur and its sends as dropped', () => {
    const off = ['2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10'].map((d) =>
      unitDay(d, 'holiday', 'Libur unit'),
    );
    const next = show('2026-04-03T03:00:00Z', DEFAULT_SCHEDULE, off);
    expect(next.weeksOff).toEqual(['2026-W15']);
    expect(next.dropped.filter((d) => d.weekKey === '2026-W15').map((d) => d.kind)).toEqual([
      'prompt',
      'reminder',
      'lastCall',
      'digest',
    ]);
    expect(next.sends[0]).toMatchObject({ weekKey: '2026-W16', kind: 'prompt', localDate: '2026-04-13' });
  });

  it('names a dropped fixed day and why it was off', () => {
    const settings: ScheduleSettings = { ...DEFAULT_SCHEDULE, digest: { day: 5, time: '16:00' } };
    const next = show('2026-12-28T03:00:00Z', settings);
    expect(next.dropped).toContainEqual({
      weekKey: '2026-W53',
      kind: 'digest',
      ruleDate: '2027-01-01',
      reason: { kind: 'holiday', name: 'Tahun Baru 2027 Masehi' },
    });
  });

  it('says which years crossed have no holiday data (2027 from December 2026)', () => {
    expect(show('2026-12-21T03:00:00Z').missingYears).toEqual([2027]);
    expect(show('2026-11-02T03:00:00Z').missingYears).toEqual([]);
  });

  it('stops short, with nothing, when every send is switched off', () => {
    const off: ScheduleSettings = {
      ...DEFAULT_SCHEDULE,
      prompt: null,
      reminder: null,
      lastCall: null,
      digest: null,
    };
    expect(show('2026-03-02T03:00:00Z', off).sends).toEqual([]);
  });

  it('takes the count asked for', () => {
    const next = nextSends({
      settings: DEFAULT_SCHEDULE,
      calendar: calendarOf(),
      timeZone: 'Asia/Jayapura',
      now: new Date('2026-03-01T00:00:00Z'),
      count: 3,
    });
    expect(next.sends.map((s) => s.dueAt.toISOString())).toEqual([
      '2026-03-02T00:00:00.000Z',
      '2026-03-04T00:00:00.000Z',
      '2026-03-06T05:00:00.000Z',
    ]);
  });
});
