/**
 * The stored send day of a unit's schedule: `first`, `last`, `first+1` … `first+6` or an ISO
 * weekday 1–7; anything else in the jsonb column is refused where it enters or leaves.
 */
import { describe, expect, it } from 'vitest';
import { sendDaySchema, sendRuleSchema } from '../../../src/storage/repositories/schedule-settings-schema.js';

const ok = (v: unknown) => sendDaySchema.safeParse(v).success;

describe('sendDaySchema', () => {
  it('takes first, last, first+1 to first+6 and a weekday 1 to 7', () => {
    for (const day of ['first', 'last', 'first+1', 'first+6', 1, 7]) expect(ok(day), String(day)).toBe(true);
  });

  it('refuses other days, other text around first+N, and a value that only prints as one', () => {
    for (const day of ['first+0', 'first+7', 'first+12', 'xfirst+1', 'first+1x', 'senin', 0, 8, 1.5])
      expect(ok(day), String(day)).toBe(false);
    // An array prints as its element: only a string is a send day.
    expect(ok(['first+1'])).toBe(false);
  });

  it('takes a rule of a day and a 24-hour time', () => {
    expect(sendRuleSchema.safeParse({ day: 'first+2', time: '07:30' }).success).toBe(true);
    expect(sendRuleSchema.safeParse({ day: 'first+2', time: '24:00' }).success).toBe(false);
  });
});
