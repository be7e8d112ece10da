import { describe, expect, it } from 'vitest';
import { defaultQuarter, parseQuarterArg } from '../../../src/core/evaluation/quarter-period.js';

describe('parseQuarterArg', () => {
  it.each(['2026-TW4', '2026-tw4', '2026-TW IV', '2026-Q4', 'TW4 2026', 'tw iv-2026', ' 2026 TW4 '])(
    '%s → 2026-Q4',
    (text) => {
      expect(parseQuarterArg(text)).toEqual({
        year: 2026,
        quarter: 4,
        code: '2026-Q4',
        start: '2026-10-01',
        end: '2026-12-31',
      });
    },
  );
  it('TW II has its own bounds', () => {
    expect(parseQuarterArg('2026-TWII')).toMatchObject({
      code: '2026-Q2',
      start: '2026-04-01',
      end: '2026-06-30',
    });
  });
  it.each(['2026', '2026-TW5', '2026-TW0', 'TWIIII 2026', '1999-TW1', 'pekan lalu', ''])(
    '%s → undefined',
    (text) => {
      expect(parseQuarterArg(text)).toBeUndefined();
    },
  );
});

describe('defaultQuarter: the quarter just ended, or the current one in its last two weeks', () => {
  it.each([
    ['2026-12-01', '2026-Q3'],
    ['2026-12-17', '2026-Q3'],
    ['2026-12-18', '2026-Q4'],
    ['2026-12-31', '2026-Q4'],
    ['2027-01-04', '2026-Q4'],
    ['2026-03-17', '2025-Q4'],
    ['2026-03-18', '2026-Q1'],
    ['2026-07-01', '2026-Q2'],
  ])('%s → %s', (today, code) => {
    expect(defaultQuarter(today).code).toBe(code);
  });
});
