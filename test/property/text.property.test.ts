import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConfidence, readLink, readList, readYesNo } from '../../src/core/checkin/read-answers.js';
import { cleanFileRef } from '../../src/core/conversation/file-ref.js';
import { cleanLine, cleanText, cutText } from '../../src/core/text/clean-text.js';
import { anyString, isStorableText, params, timeoutFor, typedText } from './fuzz.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Offsets where a grapheme cluster ends, 0 included. */
const boundaries = (text: string) =>
  new Set([0, ...Array.from(graphemes.segment(text), ({ index, segment }) => index + segment.length)]);

/** Clusters made long on purpose: letters under many combining marks, ZWJ emoji families, flags. */
const clustered = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.constantFrom(
      'e\u0301',
      'a\u0300\u0301\u0302\u0303',
      '👨‍👩‍👧‍👦',
      '🇮🇩',
      '👍🏽',
      '\ud83d',
      '\udc4d',
      'ก่ำ',
    ),
  ),
  maxLength: 40,
});
const anyText = fc.oneof(anyString(120), typedText(120), clustered);

/** No control character but tab and line feed (and none at all in one line). */
const CONTROLS_BUT_TAB_NL = /(?![\t\n])\p{Cc}/u;

describe('free text (property)', () => {
  it(
    'cutText keeps at most max code units, cuts between grapheme clusters, and ends with … when it cuts',
    () => {
      fc.assert(
        fc.property(anyText, fc.integer({ min: 1, max: 50 }), (text, max) => {
          const cut = cutText(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          if (text.length <= max) {
            expect(cut).toBe(text);
            return;
          }
          expect(cut.endsWith('…')).toBe(true);
          const kept = cut.slice(0, -1);
          expect(text.startsWith(kept)).toBe(true);
          const [first] = graphemes.segment(text);
          if (first!.segment.length <= max - 1) {
            expect(boundaries(text).has(kept.length)).toBe(true);
          } else {
            // One cluster longer than the whole budget: cut between code points, never inside a pair.
            expect(/[\ud800-\udbff]$/.test(kept) && /^[\udc00-\udfff]/.test(text.slice(kept.length))).toBe(
              false,
            );
          }
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'cleanText and cleanLine leave storable text without controls, and change clean text not at all',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const many = cleanText(text);
          const one = cleanLine(text);
          for (const cleaned of [many, one]) {
            expect(isStorableText(cleaned)).toBe(true);
            expect(CONTROLS_BUT_TAB_NL.test(cleaned)).toBe(false);
          }
          expect(one).not.toMatch(/[\t\n]/);
          expect(cleanText(many)).toBe(many);
          expect(cleanLine(one)).toBe(one);
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'readList gives at most 20 trimmed, non-empty, storable one-line items of at most 1000 code units',
    () => {
      const longLines = fc
        .tuple(
          fc.array(fc.oneof(anyText, fc.string({ unit: 'grapheme', minLength: 900, maxLength: 1200 })), {
            maxLength: 25,
          }),
          fc.constantFrom('\n', '\r\n', '\r'),
        )
        .map(([lines, newline]) => lines.join(newline));
      fc.assert(
        fc.property(fc.oneof(anyText, longLines), (text) => {
          const items = readList(text);
          expect(items.length).toBeLessThanOrEqual(20);
          for (const item of items) {
            expect(item.length).toBeGreaterThan(0);
            expect(item.length).toBeLessThanOrEqual(1000);
            expect(item).toBe(item.trim());
            expect(isStorableText(item)).toBe(true);
            expect(item).not.toMatch(/\p{Cc}/u);
          }
          expect(JSON.parse(JSON.stringify(items))).toEqual(items);
        }),
        params(0.3),
      );
    },
    timeoutFor(0.3),
  );

  it(
    'readYesNo, readConfidence and readLink never throw and answer only in their range',
    () => {
      const answers = fc.oneof(
        anyText,
        fc.constantFrom('ya', 'Tidak.', '7', '10/10', '0', '11', ' 8 / 10 ', 'https://x.go.id/a b'),
        fc.webUrl(),
        fc.webUrl().map((url) => `${url}\u0000\ud83d`),
      );
      fc.assert(
        fc.property(answers, (text) => {
          const yesNo = readYesNo(text);
          expect(yesNo === undefined || typeof yesNo === 'boolean').toBe(true);
          const confidence = readConfidence(text);
          if (confidence !== undefined) {
            expect(Number.isInteger(confidence)).toBe(true);
            expect(confidence).toBeGreaterThanOrEqual(1);
            expect(confidence).toBeLessThanOrEqual(10);
          }
          const link = readLink(text);
          if (link !== undefined) {
            expect(link).toMatch(/^https?:\/\/[^\s/]*\.[^\s/]*(\/\S*)?$/);
            expect(isStorableText(link)).toBe(true);
            expect(readLink(link)).toBe(link);
          }
        }),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'cleanFileRef leaves a file name and type of at most 255 code units, on one line, storable',
    () => {
      fc.assert(
        fc.property(
          fc.option(fc.oneof(anyText, fc.string({ unit: 'grapheme', minLength: 250, maxLength: 300 })), {
            nil: undefined,
          }),
          fc.option(anyString(40), { nil: undefined }),
          (fileName, mimeType) => {
            const file = cleanFileRef({
              platform: 'telegram',
              fileId: 'F1',
              kind: 'file',
              ...(fileName !== undefined ? { fileName } : {}),
              ...(mimeType !== undefined ? { mimeType } : {}),
            });
            for (const text of [file.fileName, file.mimeType]) {
              if (text === undefined) continue;
              expect(text.length).toBeLessThanOrEqual(255);
              expect(isStorableText(text)).toBe(true);
              expect(text).not.toMatch(/\p{Cc}/u);
            }
            expect(JSON.parse(JSON.stringify(file))).toEqual(file);
          },
        ),
        params(),
      );
    },
    timeoutFor(),
  );
});
