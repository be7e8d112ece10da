import { describe, expect, it } from 'vitest';
import { type ReminderFacts, reminderDue } from '../../src/core/schedule/reminder-due.js';
import { afterFailure } from '../../src/core/schedule/retry.js';

const jakarta = { active: true, timeZone: 'Asia/Jakarta' };
const jayapura = { active: true, timeZone: 'Asia/Jayapura' };

const facts = (overrides: Partial<ReminderFacts>): ReminderFacts => ({
  now: new Date('2026-03-04T04:00:00Z'), // Wednesday of 2026-W10, 11:00 WIB
  weekKey: '2026-W10',
  employee: jakarta,
  onLeave: false,
  submitted: false,
  ...overrides,
});

describe('reminderDue', () => {
  it.each<[string, Partial<ReminderFacts>, ReturnType<typeof reminderDue>]>([
    ['an active person in the same week', {}, { due: true }],
    ['a deleted person', { employee: undefined }, { due: false, skip: 'no-employee' }],
    ['a deactivated person', { employee: { ...jakarta, active: false } }, { due: false, skip: 'inactive' }],
    ['a person on leave today', { onLeave: true }, { due: false, skip: 'on-leave' }],
    ['a week already submitted', { submitted: true }, { due: false, skip: 'submitted' }],
    ['a reminder from last week', { weekKey: '2026-W09' }, { due: false, skip: 'week-over' }],
    // Sunday 8 March 23:30 WIB is still W10 in Jakarta…
    ['Sunday night WIB', { now: new Date('2026-03-08T16:30:00Z') }, { due: true }],
    // …but the same instant is Monday 01:30 WIT in Jayapura: W11 there.
    [
      'the same instant in WIT',
      { now: new Date('2026-03-08T16:30:00Z'), employee: jayapura },
      { due: false, skip: 'week-over' },
    ],
    // Monday 00:30 WIT on 2 March is W10 in Jayapura while Jakarta is still in Sunday of W09.
    ['Monday 00:30 WIT', { now: new Date('2026-03-01T15:30:00Z'), employee: jayapura }, { due: true }],
    ['an ISO year boundary', { now: new Date('2026-12-31T05:00:00Z'), weekKey: '2026-W53' }, { due: true }],
    [
      'inactive wins over the week having passed',
      { employee: { ...jakarta, active: false }, weekKey: '2026-W01' },
      { due: false, skip: 'inactive' },
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(reminderDue(facts(overrides))).toEqual(expected);
  });
});

describe('afterFailure', () => {
  const now = new Date('2026-03-04T04:00:00Z');
  it.each([
    [1, 3, 60_000],
    [2, 3, 120_000],
    [2, 10, 120_000],
    [8, 10, 3_600_000], // capped at an hour
  ])('attempt %i of %i retries after %i ms', (attempts, max, delay) => {
    expect(afterFailure(attempts, max, now)).toEqual({
      retry: true,
      dueAt: new Date(now.getTime() + delay),
    });
  });

  it('gives up after the last attempt', () => {
    expect(afterFailure(3, 3, now)).toEqual({ retry: false });
    expect(afterFailure(4, 3, now)).toEqual({ retry: false });
  });
});
