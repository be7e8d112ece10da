/** Phone numbers as dika stores and matches them (src/accounts/phone.ts): the edges of each rule. */
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/accounts/phone.js';

describe('normalizePhone', () => {
  it.each([
    // The shortest and longest numbers kept: 9 and 15 digits (E.164 allows 15).
    ['621234567', '621234567'],
    ['123456789012345', '123456789012345'],
    // Only the leading prefixes are rewritten: a 0 or 8 further on stays.
    ['0800 0800', '628000800'],
    ['(021) 8080-8080', '622180808080'],
    ['00 31 20 555 0100', '31205550100'],
    // Anything not a digit goes, wherever it stands.
    ['tel: +62-812.3456.7890 ', '6281234567890'],
  ])('%j → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    '', // nothing
    '62123456', // 8 digits
    '1234567890123456', // 16 digits
    '0000', // an international prefix with nothing after it
    '0812345', // 8 digits once 0 becomes 62
  ])('refuses %j', (input) => {
    expect(normalizePhone(input)).toBeUndefined();
  });
});
