/**
 * Inputs at the edges of each rule of parseNumber (src/core/numbers/parse-number.ts), found by
 * `npm run mutate`: where a pattern is anchored, where a second decimal mark hides, and what
 * JavaScript's Number() would accept that a person never means.
 */
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/numbers/parse-number.js';

describe('parseNumber edges', () => {
  it.each([
    // The currency prefix is looked for after trimming.
    [' Rp 5', 5],
    ['  rp. 1.500', 1500],
    // A lone dot is thousands only before exactly three digits, after one to three digits.
    ['1234.500', 1234.5],
    ['1.5000', 1.5],
    ['12.345', 12_345],
  ])('%j → %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each([
    '12rp', // a currency word after the number is not a prefix
    '5 Rp',
    '1.000,5,5', // two decimal commas after thousands dots
    '1,000.5.5', // two decimal dots after thousands commas
    '1234.567.890', // the first group has more than three digits
    '1.5000.000', // a later group has more than three digits
    '1.50.000,5', // a short group before the decimal mark
    '.5', // no digit before the decimal mark
    '5.', // nothing after it
    ',5',
    '5,',
    '9'.repeat(400), // beyond what a number can hold
  ])('refuses %j', (input) => {
    expect(parseNumber(input)).toBeUndefined();
  });
});
