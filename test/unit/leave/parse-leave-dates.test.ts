import { describe, expect, it } from 'vitest';
import { dayBefore, parseDayText, parseLeaveRange } from '../../../src/core/leave/parse-leave-dates.js';

const today = '2026-12-01';

describe('parseDayText', () => {
  it.each([
    ['2026-12-07', '2026-12-07'],
    ['7 Des', '2026-12-07'],
    ['7 des.', '2026-12-07'],
    ['7 Desember 2026', '2026-12-07'],
    ['07 December 2027', '2027-12-07'],
    ['7/12', '2026-12-07'],
    ['7/12/2026', '2026-12-07'],
    ['7-12-26', '2026-12-07'],
    ['7.12.2026', '2026-12-07'],
    ['5 Jan', '2027-01-05'],
    ['28 Nov', '2026-11-28'],
    ['17 Agustus', '2026-08-17'],
    ['1 Mei 2026', '2026-05-01'],
  ])('%s → %s', (text, date) => {
    expect(parseDayText(text, today)).toBe(date);
  });

  it.each(['31 Nov', '30/2/2026', '2026-13-01', '7 Desemberr', 'besok', '', '12', '29 Feb 2027'])(
    'refuses %s',
    (text) => {
      expect(parseDayText(text, today)).toBeUndefined();
    },
  );
});

describe('parseLeaveRange', () => {
  it.each([
    ['7 Des', '2026-12-07', '2026-12-07'],
    ['7 Des 11 Des', '2026-12-07', '2026-12-11'],
    ['7 Des sampai 11 Des 2026', '2026-12-07', '2026-12-11'],
    ['7 Desember s/d 11 Desember', '2026-12-07', '2026-12-11'],
    ['7/12 - 11/12', '2026-12-07', '2026-12-11'],
    ['2026-12-07 2026-12-11', '2026-12-07', '2026-12-11'],
    ['2026-12-07 – 2026-12-11', '2026-12-07', '2026-12-11'],
    ['7–11 Des', '2026-12-07', '2026-12-11'],
    ['28 Des 2 Jan', '2026-12-28', '2027-01-02'],
    ['7 Dec to 11 Dec', '2026-12-07', '2026-12-11'],
  ])('%s → %s … %s', (text, from, to) => {
    expect(parseLeaveRange(text, today)).toEqual({ ok: true, from, to });
  });

  it('names the part it could not read, a reversed range, an empty one and a too long one', () => {
    expect(parseLeaveRange('7 Des sampai besok', today)).toEqual({
      ok: false,
      problem: 'invalid',
      value: 'besok',
    });
    expect(parseLeaveRange('kapan saja', today)).toEqual({
      ok: false,
      problem: 'invalid',
      value: 'kapan saja',
    });
    expect(parseLeaveRange('11/12/2026 7/12/2026', today)).toEqual({
      ok: false,
      problem: 'order',
      from: '2026-12-11',
      to: '2026-12-07',
    });
    expect(parseLeaveRange('  ', today)).toEqual({ ok: false, problem: 'empty' });
    expect(parseLeaveRange('2026-01-01 2027-06-30', today)).toEqual({
      ok: false,
      problem: 'too-long',
      days: 546,
    });
    expect(parseLeaveRange('2026-01-01 2027-01-01', today)).toEqual({
      ok: true,
      from: '2026-01-01',
      to: '2027-01-01',
    });
  });

  it('dayBefore crosses months and years', () => {
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
  });
});
