/** parseDialogTime at its bounds: minutes, the last day, the exact present and the exact horizon. */
import { describe, expect, it } from 'vitest';
import { parseDialogTime } from '../../src/core/appraisal/dialog-time.js';

const WITA = 'Asia/Makassar';
const now = new Date('2026-12-02T01:30:00.000Z'); // Rabu 2 Desember 2026, 09.30 WITA

const at = (text: string, when = now) => {
  const parsed = parseDialogTime(text, when, WITA);
  return parsed.ok ? parsed.at.toISOString() : parsed.reason;
};

describe('parseDialogTime bounds', () => {
  it.each([
    ['  3/12 10.00  ', '2026-12-03T02:00:00.000Z'],
    ['31/12 23.59', '2026-12-31T15:59:00.000Z'],
    ['3/12 10.59', '2026-12-03T02:59:00.000Z'],
    ['3/12 10.60', 'date'],
    ['31/11/2027 10.00', 'date'],
    ['2/12 09.30', 'past'],
    ['2/12 09.31', '2026-12-02T01:31:00.000Z'],
    ['4/3/2027 09.30', '2027-03-04T01:30:00.000Z'],
    ['4/3/2027 09.31', 'too-far'],
  ])('%j → %s', (text, expected) => {
    expect(at(text)).toBe(expected);
  });

  it('reads a day earlier in the month than today as next year’s (two-digit days compared as such)', () => {
    // On 10 December, 9/12 is gone: next year's is beyond the horizon, not "past".
    expect(at('9/12 10.00', new Date('2026-12-10T01:00:00.000Z'))).toBe('too-far');
  });
});
