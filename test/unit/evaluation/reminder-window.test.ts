/**
 * The appraisers' /evaluasi reminders: the last 7 days of a quarter (its last day included) and
 * the first 10 days after it, each keyed `<quarter>:<phase>` and sent on the first working day of
 * its window.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  firstWorkingDay,
  reminderWindowOf,
  reminderWindowOn,
} from '../../../src/core/evaluation/reminder-window.js';

describe('reminderWindowOn', () => {
  it('is the last week from the quarter’s 7th-last day through its last', () => {
    expect(reminderWindowOn('2026-12-24')).toBeUndefined();
    const first = reminderWindowOn('2026-12-25');
    expect(first).toMatchObject({ phase: 'last-week', from: '2026-12-25', key: '2026-Q4:last-week' });
    expect(first?.quarter).toMatchObject({ code: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(reminderWindowOn('2026-12-31')?.key).toBe('2026-Q4:last-week');
    expect(reminderWindowOn('2026-03-31')?.key).toBe('2026-Q1:last-week');
  });

  it('is the previous quarter’s "after" window for the first 10 days of a quarter', () => {
    expect(reminderWindowOn('2027-01-01')).toMatchObject({
      phase: 'after',
      from: '2027-01-01',
      key: '2026-Q4:after',
    });
    expect(reminderWindowOn('2027-01-10')?.key).toBe('2026-Q4:after');
    expect(reminderWindowOn('2027-01-11')).toBeUndefined();
    expect(reminderWindowOn('2026-07-05')).toMatchObject({ key: '2026-Q2:after', from: '2026-07-01' });
    expect(reminderWindowOn('2026-05-15')).toBeUndefined();
  });
});

describe('reminderWindowOf', () => {
  it('reads a stored key back to its window', () => {
    expect(reminderWindowOf('2026-Q4:after')).toMatchObject({
      phase: 'after',
      from: '2027-01-01',
      key: '2026-Q4:after',
      quarter: expect.objectContaining({ code: '2026-Q4' }),
    });
    expect(reminderWindowOf('2026-Q1:last-week')).toMatchObject({ phase: 'last-week', from: '2026-03-25' });
  });

  it('reads nothing from another key', () => {
    for (const key of ['2026-Q5:after', '2026-Q1:before', 'x2026-Q1:after', '2026-Q1:after ', '26-Q1:after'])
      expect(reminderWindowOf(key), key).toBeUndefined();
  });
});

describe('firstWorkingDay', () => {
  it('is the first working day from the window’s start, within two weeks, else the start', () => {
    const weekdays = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    expect(firstWorkingDay('2026-12-26', weekdays)).toBe('2026-12-28');
    expect(firstWorkingDay('2026-12-28', weekdays)).toBe('2026-12-28');
    expect(firstWorkingDay('2026-12-26', (d) => d === '2027-01-08')).toBe('2027-01-08');
    expect(firstWorkingDay('2026-12-26', (d) => d === '2027-01-09')).toBe('2026-12-26');
    expect(firstWorkingDay('2026-12-26', () => false)).toBe('2026-12-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
