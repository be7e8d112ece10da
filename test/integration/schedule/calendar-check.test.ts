/**
 * The December warning that next year's holidays are missing: from 1 December (Jakarta), until a
 * national holiday of that year is loaded.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { checkCalendarYears } from '../../../src/services/schedule/calendar-check.js';
import { upsertCalendarDays } from '../../../src/storage/repositories/calendar.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';

const t = useTestDatabase();

function recordingLog() {
  const lines: Array<{ year: number; message: string }> = [];
  return { lines, warn: (fields: { year: number }, message: string) => lines.push({ ...fields, message }) };
}

describe('the holiday calendar check', () => {
  beforeEach(() => truncateAll(t.db));

  it('says nothing in November, warns from 1 December, and stops once the year is loaded', async () => {
    const log = recordingLog();
    expect(await checkCalendarYears(t.db, new Date('2026-11-30T12:00:00Z'), log as never)).toBeUndefined();
    // 1 Dec 00.30 WIB is still 30 Nov in UTC: the day is Jakarta's.
    expect(await checkCalendarYears(t.db, new Date('2026-11-30T17:30:00Z'), log as never)).toBe(2027);
    expect(log.lines).toEqual([
      expect.objectContaining({ year: 2027, message: expect.stringContaining('holidays import') }),
    ]);

    await upsertCalendarDays(t.db, [
      {
        date: '2027-01-01',
        kind: 'holiday',
        name: 'Tahun Baru 2027 Masehi',
        source: 'SKB 3 Menteri',
        unitId: null,
      },
    ]);
    expect(await checkCalendarYears(t.db, new Date('2026-12-02T03:00:00Z'), log as never)).toBeUndefined();
    expect(log.lines).toHaveLength(1);
  });
});
