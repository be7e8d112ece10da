/**
 * The ISO week and calendar date of an instant, seen from a person's zone (src/core/time/iso-week.ts).
 * Written against the mutants `npm run mutate` left alive: week and day boundaries in each
 * Indonesian zone, two-digit week numbers, Sunday as the week's end, and the per-minute memo.
 */
import { describe, expect, it } from 'vitest';
import { isoWeekOf, localDate } from '../../../src/core/time/iso-week.js';

describe('isoWeekOf', () => {
  it.each([
    // Wednesday 4 March 2026, 11:00 WIB.
    ['2026-03-04T04:00:00Z', 'Asia/Jakarta', { key: '2026-W10', start: '2026-03-02', end: '2026-03-08' }],
    // Early January: a one-digit week is written with a leading zero.
    ['2026-01-07T04:00:00Z', 'Asia/Jakarta', { key: '2026-W02', start: '2026-01-05', end: '2026-01-11' }],
    // Thursday 31 December 2026 is in week 53 of 2026, which ends on Sunday 3 January 2027.
    ['2026-12-31T05:00:00Z', 'Asia/Makassar', { key: '2026-W53', start: '2026-12-28', end: '2027-01-03' }],
    // Friday 1 January 2027 still belongs to ISO year 2026.
    ['2027-01-01T05:00:00Z', 'Asia/Jakarta', { key: '2026-W53', start: '2026-12-28', end: '2027-01-03' }],
    // Monday 4 January 2027 starts week 1 of 2027.
    ['2027-01-04T05:00:00Z', 'Asia/Jakarta', { key: '2027-W01', start: '2027-01-04', end: '2027-01-10' }],
  ])('%s in %s', (instant, zone, expected) => {
    expect(isoWeekOf(new Date(instant), zone)).toEqual(expected);
  });

  it('reads the week in the person’s zone: Sunday night in Jakarta is Monday in Jayapura', () => {
    const instant = new Date('2026-03-08T16:30:00Z'); // 23:30 WIB, 01:30 WIT
    expect(isoWeekOf(instant, 'Asia/Jakarta').key).toBe('2026-W10');
    expect(isoWeekOf(instant, 'Asia/Jayapura')).toEqual({
      key: '2026-W11',
      start: '2026-03-09',
      end: '2026-03-15',
    });
  });

  it('answers the same instant in two zones apart, whichever is asked first', () => {
    const instant = new Date('2026-03-08T16:30:00Z');
    // Asked in the other order than above, within the same minute: the memo is per zone.
    expect(isoWeekOf(instant, 'Asia/Jayapura').key).toBe('2026-W11');
    expect(isoWeekOf(instant, 'Asia/Jakarta').key).toBe('2026-W10');
  });

  it('moves on at the local midnight, not a minute later', () => {
    // 23:59 and 00:00 WITA (UTC+8) between Sunday 8 and Monday 9 March 2026.
    expect(isoWeekOf(new Date('2026-03-08T15:59:00Z'), 'Asia/Makassar').key).toBe('2026-W10');
    expect(isoWeekOf(new Date('2026-03-08T16:00:00Z'), 'Asia/Makassar').key).toBe('2026-W11');
  });

  it('keeps answering correctly after more than 512 distinct minutes and zones', () => {
    const start = Date.parse('2026-03-02T00:00:00Z');
    for (let minute = 0; minute < 600; minute++) {
      const week = isoWeekOf(new Date(start + minute * 60_000), 'Asia/Jakarta');
      expect(week.key).toBe('2026-W10');
    }
    expect(isoWeekOf(new Date('2026-03-09T04:00:00Z'), 'Asia/Jakarta').key).toBe('2026-W11');
  });

  it('gives a frozen week that callers cannot change for the next caller', () => {
    const week = isoWeekOf(new Date('2026-05-06T04:00:00Z'), 'Asia/Jakarta');
    expect(Object.isFrozen(week)).toBe(true);
    expect(isoWeekOf(new Date('2026-05-06T04:00:10Z'), 'Asia/Jakarta')).toBe(week);
  });
});

describe('localDate', () => {
  it.each([
    ['2026-03-08T16:30:00Z', 'Asia/Jakarta', '2026-03-08'],
    ['2026-03-08T16:30:00Z', 'Asia/Jayapura', '2026-03-09'],
    ['2026-03-08T15:59:59Z', 'Asia/Makassar', '2026-03-08'],
    ['2026-03-08T16:00:00Z', 'Asia/Makassar', '2026-03-09'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDate(new Date(instant), zone)).toBe(expected);
  });
});
