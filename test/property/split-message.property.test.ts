import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/core/text/split-message.js';
import { params, timeoutFor, typedText } from './fuzz.js';

const noSpace = (s: string) => s.replace(/\s/g, '');
const nonBlank = (lines: string[]) => lines.filter((l) => l.trim() !== '');

/** Text shaped like a rekap: paragraphs of a heading and short lines, sometimes one long line. */
const rekapLike = fc
  .array(
    fc.array(
      typedText(40).map((t) => t.replace(/\r?\n/g, ' ')),
      { minLength: 1, maxLength: 6 },
    ),
    {
      maxLength: 8,
    },
  )
  .map((paragraphs) => paragraphs.map((p) => p.join('\n')).join('\n\n'));

describe('splitMessage (property)', () => {
  it(
    'every chunk fits and is not blank, and no visible character is lost or moved',
    () => {
      fc.assert(
        fc.property(fc.oneof(rekapLike, typedText(300)), fc.integer({ min: 1, max: 80 }), (text, max) => {
          const chunks = splitMessage(text, max);
          for (const c of chunks) {
            expect(c.length).toBeLessThanOrEqual(max);
            expect(c.trim()).not.toBe('');
          }
          expect(noSpace(chunks.join(''))).toBe(noSpace(text));
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'never cuts a line that fits: the lines come out whole and in order',
    () => {
      fc.assert(
        fc.property(rekapLike, fc.integer({ min: 40, max: 200 }), (text, max) => {
          const chunks = splitMessage(text, max);
          expect(nonBlank(chunks.join('\n').split('\n'))).toEqual(nonBlank(text.split('\n')));
        }),
        params(),
      );
    },
    timeoutFor(),
  );
});

describe('splitMessage (examples)', () => {
  it('keeps a heading with the lines under it', () => {
    const text = ['Title', 'aaaa', 'bbbb', '', 'Heading', 'cccc', 'dddd'].join('\n');
    expect(splitMessage(text, 24)).toEqual(['Title\naaaa\nbbbb', 'Heading\ncccc\ndddd']);
  });

  it('cuts a line longer than the limit at a space, then hard, never inside an emoji', () => {
    expect(splitMessage('satu dua tiga empat', 9)).toEqual(['satu dua', 'tiga', 'empat']);
    expect(splitMessage('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(splitMessage('ab👍🏽cd', 4)).toEqual(['ab', '👍🏽', 'cd']);
  });

  it('honours Telegram’s 4,096 by default and gives nothing for blank text', () => {
    const line = 'x'.repeat(100);
    const chunks = splitMessage(Array(100).fill(line).join('\n'));
    expect(chunks.map((c) => c.length)).toEqual([40 * 101 - 1, 40 * 101 - 1, 20 * 101 - 1]);
    expect(splitMessage(' \n\n ')).toEqual([]);
  });
});
