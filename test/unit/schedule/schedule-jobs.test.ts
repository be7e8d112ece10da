/**
 * The pure parts of the weekly schedule's jobs: who the supervisor digest says cannot be reached, and the Monday of
 * an ISO week key (week 53 of 2026 included).
 */
import { describe, expect, it } from 'vitest';
import { mondayOfWeekKey } from '../../../src/core/calendar/calendar-dates.js';
import { DIGEST_NAMES, reachPrompts } from '../../../src/services/schedule/supervisor-digest.js';
import type { DirectReport } from '../../../src/storage/repositories/schedule-jobs.js';

const person = (id: number, facts: Partial<DirectReport> = {}): DirectReport => ({
  id,
  name: `Pegawai ${id}`,
  submitted: false,
  onLeave: false,
  unlinked: false,
  unreachable: false,
  ...facts,
});

describe('mondayOfWeekKey', () => {
  it.each([
    ['2026-W10', '2026-03-02'],
    ['2026-W01', '2025-12-29'],
    ['2026-W53', '2026-12-28'],
    ['2027-W01', '2027-01-04'],
    ['2025-W01', '2024-12-30'],
  ])('%s starts on %s', (key, monday) => expect(mondayOfWeekKey(key)).toBe(monday));
});

describe('reachPrompts', () => {
  it('lists who has no linked chat and who blocked the bot, nobody else', () => {
    const prompts = reachPrompts([
      person(1, { submitted: true }),
      person(2, { onLeave: true }),
      person(3),
      person(4, { unlinked: true }),
      person(5, { unreachable: true, submitted: true }),
    ]);
    expect(prompts.map((p) => p.key)).toEqual(['schedule-digest-unlinked', 'schedule-digest-unreachable']);
    expect(prompts[0]!.args).toEqual({ names: 'Pegawai 4', more: 0 });
    expect(prompts[1]!.args).toEqual({ names: 'Pegawai 5', more: 0 });
  });

  it('lists at most DIGEST_NAMES names and counts the rest', () => {
    const many = Array.from({ length: DIGEST_NAMES + 7 }, (_, i) => person(i + 1, { unlinked: true }));
    const [unlinked] = reachPrompts(many);
    expect(unlinked!.args!.more).toBe(7);
    expect(String(unlinked!.args!.names).split(', ')).toHaveLength(DIGEST_NAMES);
  });

  it('has no lists when everyone can be reached', () => {
    expect(reachPrompts([person(1, { submitted: true }), person(2)])).toHaveLength(0);
  });
});
