/**
 * Texts dika cuts before it stores them: button labels and Telegram messages go to the outbound
 * queue's jsonb payload, where half an emoji (a lone surrogate) is refused with 22P02.
 */
import { describe, expect, it } from 'vitest';
import { renderDialogMessage } from '../../src/channels/telegram/render-dialog.js';
import { beginCheckin } from '../../src/core/checkin/begin.js';
import { editMenuPrompt } from '../../src/core/checkin/prompts.js';
import { cleanText, cutText } from '../../src/core/text/clean-text.js';
import { Translator } from '../../src/i18n/translator.js';
import { krs, week, zone } from './checkin-fixtures.js';

const halfSurrogate = /\p{Cs}/u;
const translator = new Translator();

describe('cutText', () => {
  it.each<[string, string, number, string]>([
    ['leaves a short text alone', 'Server lambat', 20, 'Server lambat'],
    ['drops an emoji that would not fit whole', 'abcd😀ef', 6, 'abcd…'],
    ['keeps an emoji that fits', 'abc😀efgh', 6, 'abc😀…'],
    ['keeps a letter with its accent or neither', 'abcde\u0301f', 6, 'abcd…'],
    ['cuts one huge cluster between code points', `x${'\u0301'.repeat(20)}`, 6, `x${'\u0301'.repeat(4)}…`],
    ['never splits a pair in that fallback', `😀${'\u0301'.repeat(20)}`, 2, '…'],
  ])('%s', (_name, text, max, expected) => {
    expect(cutText(text, max)).toBe(expected);
  });
});

describe('cleanText', () => {
  it('keeps line breaks and tabs, drops other controls, repairs a half surrogate', () => {
    expect(cleanText('a\r\nb\rc\td\u0000e\u001bf\u007fg\u0085h\ud800i')).toBe('a\nb\nc\tdefgh\ufffdi');
  });
});

describe('texts cut for the outbound queue', () => {
  it('cuts a long key result title in an edit button on a grapheme boundary', () => {
    const title = `${'a'.repeat(38)}😀 kebijakan`;
    const begun = beginCheckin({ nonce: 'abcd', week, timeZone: zone, krs: [{ ...krs[0]!, title }] });
    const label = editMenuPrompt(begun.state!).choices![0]![0]!;
    expect(label.args!.title).toBe(`${'a'.repeat(38)}…`);
  });

  it('cuts a Telegram message over 4,096 characters on a grapheme boundary', () => {
    const render = (text: string) =>
      renderDialogMessage(translator, 'id', {
        prompts: [{ key: 'checkin-summary-blockers', args: { count: 1, text }, expects: 'none' }],
        open: true,
      }).text;
    const before = render('X').indexOf('X');
    // The emoji's two halves fall on units 4094 and 4095: a cut at 4,095 units keeps only the first.
    const rendered = render(`${'a'.repeat(4094 - before)}😀${'b'.repeat(100)}`);
    expect(rendered.length).toBeLessThanOrEqual(4096);
    expect(halfSurrogate.test(rendered)).toBe(false);
    expect(rendered.endsWith('a…')).toBe(true);
  });
});
