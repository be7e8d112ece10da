import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/core/numbers/parse-number.js';

describe('parseNumber', () => {
  it.each([
    ['65', 65],
    ['2,5', 2.5],
    ['1.500.000', 1_500_000],
    ['1.500', 1500],
    ['1.500.000,75', 1_500_000.75],
    ['Rp 1.500.000', 1_500_000],
    ['Rp1.500.000', 1_500_000],
    ['1 500 000', 1_500_000],
    ['1,500,000.75', 1_500_000.75],
    ['1,500,000', 1_500_000],
    ['2.5', 2.5],
    ['65.25', 65.25],
    ['0', 0],
    ['-5', -5],
    ['−5', -5],
    ['+3', 3],
    [' 12 ', 12],
    // Zero with a sign is plain 0 (toBe tells -0 apart): found by test/property/parse-number.
    ['–0', 0],
    ['-0,00', 0],
  ])('%s → %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each(['', 'abc', '12a', '1.2.3,4,5', '1,2,3', '1.50.000', '..', ',', '1,5.000', '5%', '--5'])(
    'refuses %j',
    (input) => {
      expect(parseNumber(input)).toBeUndefined();
    },
  );
});
