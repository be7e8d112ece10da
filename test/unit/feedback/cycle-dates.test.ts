/**
 * A 360° cycle closes when its last day has ended everywhere in Indonesia (00.00 WIB the next
 * day) and reminds at 09.00 WIB three working days (Monday–Friday) before that last day.
 */
import { describe, expect, it } from 'vitest';
import { cycleCloseAt, cycleReminderAt, workingDaysBefore } from '../../../src/core/feedback/cycle-dates.js';

describe('cycle dates', () => {
  it('closes at 00.00 WIB after the last day', () => {
    expect(cycleCloseAt('2026-12-11').toISOString()).toBe('2026-12-11T17:00:00.000Z');
  });

  it('counts working days back over weekends', () => {
    expect(workingDaysBefore('2026-12-11', 3)).toBe('2026-12-08'); // Friday → Tuesday
    expect(workingDaysBefore('2026-12-08', 3)).toBe('2026-12-03'); // Tuesday → Thursday before
    expect(workingDaysBefore('2026-12-14', 1)).toBe('2026-12-11'); // Monday → Friday
    expect(workingDaysBefore('2026-12-13', 1)).toBe('2026-12-11'); // Sunday → Friday
    expect(workingDaysBefore('2026-12-14', 0)).toBe('2026-12-14');
  });

  it('reminds at 09.00 WIB three working days before, only when that is still ahead', () => {
    const at = new Date('2026-12-08T02:00:00.000Z');
    expect(cycleReminderAt('2026-12-11', new Date('2026-12-01T00:00:00Z'))).toEqual(at);
    expect(cycleReminderAt('2026-12-11', new Date(at.getTime() - 1))).toEqual(at);
    expect(cycleReminderAt('2026-12-11', at)).toBeUndefined();
    expect(cycleReminderAt('2026-12-11', new Date('2026-12-01T00:00:00Z'), 1)).toEqual(
      new Date('2026-12-10T02:00:00.000Z'),
    );
  });
});
