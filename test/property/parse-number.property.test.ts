import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStorableMeasure, MAX_MEASURE } from '../../src/core/numbers/measure.js';
import { parseNumber } from '../../src/core/numbers/parse-number.js';
import { numberish } from './arbitraries.js';
import { anyString, params, timeoutFor } from './fuzz.js';

/** Amounts as dika and Indonesian spreadsheets print them: integers and two-decimal values. */
const integer = fc.integer({ min: -MAX_MEASURE, max: MAX_MEASURE });
// Two decimals need 17 significant digits above 10^13, more than a double holds.
const cents = fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((c) => c / 100);
const indonesian = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

describe('parseNumber (property)', () => {
  it(
    'never throws, and a number it returns is finite, never -0, and written with digits',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyString(), numberish), (input) => {
          const value = parseNumber(input);
          if (value === undefined) return;
          expect(Number.isFinite(value)).toBe(true);
          expect(Object.is(value, -0)).toBe(false);
          expect(input).toMatch(/\d/);
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'reads back every amount written the Indonesian way (1.500.000,75), with or without Rp',
    () => {
      fc.assert(
        fc.property(fc.oneof(integer, cents), fc.boolean(), (value, rupiah) => {
          const written = `${rupiah ? 'Rp ' : ''}${indonesian.format(value)}`;
          expect(parseNumber(written)).toBe(value === 0 ? 0 : value);
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'reads plain digits with a decimal comma or dot as the number they spell',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10 ** 12 }),
          fc.integer({ min: 0, max: 99 }),
          fc.constantFrom(',', '.'),
          (whole, fraction, mark) => {
            const digits = String(fraction).padStart(2, '0');
            // `1.500` is read as thousands (see parse-number.ts): a dot with exactly three digits after.
            expect(parseNumber(`${whole}${mark}${digits}`)).toBe(Number(`${whole}.${digits}`));
          },
        ),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'agrees with the storable range at its edge',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: MAX_MEASURE - 1000, max: MAX_MEASURE + 1000 }), (n) => {
          const value = parseNumber(indonesian.format(n));
          expect(value).toBe(n);
          expect(isStorableMeasure(value!)).toBe(n <= MAX_MEASURE);
        }),
        params(),
      );
    },
    timeoutFor(),
  );
});
