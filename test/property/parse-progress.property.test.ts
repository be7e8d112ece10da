import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentValue, isPercentUnit } from '../../src/core/checkin/key-result.js';
import { implausibility, parseProgress } from '../../src/core/checkin/parse-progress.js';
import { isStorableMeasure } from '../../src/core/numbers/measure.js';
import { formatAmount } from '../../src/i18n/render-prompt.js';
import { amount, keyResult, numberish, realUnit } from './arbitraries.js';
import { anyString, isStorableText, params, timeoutFor, typedText } from './fuzz.js';

/** Answers as people type them, pieces glued in any order, with garbage in between. */
const progressText = fc
  .array(
    fc.oneof(
      numberish,
      fc.constantFrom(
        '65%',
        '65 persen',
        '7/10',
        '7 dari 10',
        '3 of 4',
        'Rp 1,5 juta',
        '2 rb',
        '1 jt',
        '3 miliar',
        '1 t',
        'sama',
        'selesai',
        'done.',
        'tetap!',
        'https://drive.google.com/x?id=1',
        'http://[::1]/a',
        'https://例え.jp/パス',
        ' ',
        '/',
        'dari',
      ),
      anyString(12),
      typedText(12),
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(' '));

const anyKr = keyResult(1, fc.oneof(realUnit, anyString(10)));

describe('parseProgress (property)', () => {
  it(
    'never throws; a value it reads is storable and zero is never -0; a link is storable text',
    () => {
      fc.assert(
        fc.property(fc.oneof(progressText, anyString(80)), anyKr, (text, kr) => {
          const answer = parseProgress(text, kr);
          if (answer.kind !== 'value') return;
          expect(isStorableMeasure(answer.value)).toBe(true);
          expect(Object.is(answer.value, -0)).toBe(false);
          if (answer.link !== undefined) {
            expect(answer.link).toMatch(/^https?:\/\/\S+$/);
            expect(isStorableText(answer.link)).toBe(true);
          }
          // The confirmation question that may follow must not throw either.
          implausibility(kr, answer.value);
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'reads back every amount as dika prints it in Indonesian (`Rp 1.500.000`, `65%`, `3 profil`)',
    () => {
      fc.assert(
        fc.property(amount, keyResult(1), (value, kr) => {
          const printed = formatAmount('id', value, kr.unitLabel);
          expect(parseProgress(printed, kr)).toEqual({ kind: 'value', value: value === 0 ? 0 : value });
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'reads `n/d` and `n dari d` as n done, or as n/d of 100 on a percentage key result',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 1, max: 10_000 }),
          fc.constantFrom('/', ' / ', ' dari ', ' of ', ' out of '),
          keyResult(1),
          (n, d, between, kr) => {
            const answer = parseProgress(`${n}${between}${d}`, kr);
            const expected = isPercentUnit(kr.unitLabel) ? Math.round((n / d) * 1_000_000) / 10_000 : n;
            expect(answer).toEqual({ kind: 'value', value: expected });
          },
        ),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'keeps a link typed with the value, and reads `sama`/`selesai` as the current value and the target',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 1_000_000 }),
          fc.webUrl({ validSchemes: ['https'] }),
          keyResult(1),
          (value, url, kr) => {
            const answer = parseProgress(`${value} ${url}`, kr);
            // Punctuation closing a sentence is not part of the link (`…lihat https://x.id/a).`).
            const link = new URL(url.replace(/[).,;]+$/, '')).href;
            expect(answer).toEqual({ kind: 'value', value, link });
            expect(parseProgress('sama', kr)).toEqual({ kind: 'value', value: currentValue(kr) });
            expect(parseProgress('Selesai!', kr)).toEqual({ kind: 'value', value: kr.target });
          },
        ),
        params(),
      );
    },
    timeoutFor(),
  );
});
