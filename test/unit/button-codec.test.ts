import { describe, expect, it } from 'vitest';
import { C } from '../../src/core/checkin/choices.js';
import { checkinFlow } from '../../src/core/checkin/flow.js';
import { editKrChoice } from '../../src/core/checkin/prompts.js';
import {
  BUTTON_DATA_MAX_BYTES,
  type ButtonPayload,
  decodeButton,
  encodeButton,
} from '../../src/core/conversation/button-codec.js';

const MAX_SEQ = 36 ** 6 - 1;
const payload = (patch: Partial<ButtonPayload> = {}): ButtonPayload => ({
  kind: 'checkin',
  nonce: 'Xy3_',
  seq: 47,
  choice: 'c7',
  ...patch,
});

describe('button codec', () => {
  it.each<[ButtonPayload, string]>([
    [payload(), 'checkin|Xy3_|1b|c7'],
    [payload({ seq: 0 }), 'checkin|Xy3_|0|c7'],
    [payload({ seq: MAX_SEQ }), 'checkin|Xy3_|zzzzzz|c7'],
    [
      payload({ kind: 'feedback-360', nonce: 'A-b_C9zZ', choice: 'submit' }),
      'feedback-360|A-b_C9zZ|1b|submit',
    ],
    [payload({ kind: 'x', nonce: 'q', choice: '0' }), 'x|q|1b|0'],
  ])('encodes %o as %s and reads it back', (p, data) => {
    expect(encodeButton(p)).toBe(data);
    expect(decodeButton(data)).toEqual(p);
  });

  it('fits the longest payload the patterns allow well inside 64 bytes', () => {
    const longest = payload({
      kind: 'a'.repeat(12),
      nonce: 'b'.repeat(8),
      seq: MAX_SEQ,
      choice: 'c'.repeat(8),
    });
    const data = encodeButton(longest);
    expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(BUTTON_DATA_MAX_BYTES);
    expect(decodeButton(data)).toEqual(longest);
  });

  it('encodes every check-in button id with the check-in kind', () => {
    const ids = [
      ...Object.values(C),
      ...Array.from({ length: 10 }, (_, i) => `c${i + 1}`),
      editKrChoice(0),
      editKrChoice(999),
    ];
    for (const choice of ids) {
      const p = payload({ kind: checkinFlow.kind, nonce: 'zzzzzzzz', seq: MAX_SEQ, choice });
      expect(decodeButton(encodeButton(p))).toEqual(p);
    }
  });

  it.each<[string, Partial<ButtonPayload>, RegExp]>([
    ['a separator in the kind', { kind: 'check|in' }, /contains "\|"/],
    ['a separator in the nonce', { nonce: 'ab|c' }, /contains "\|"/],
    ['a separator in the choice', { choice: 'c|7' }, /contains "\|"/],
    ['an upper-case kind', { kind: 'Checkin' }, /kind/],
    ['a kind starting with a digit', { kind: '1checkin' }, /kind/],
    ['a kind of 13 characters', { kind: 'a'.repeat(13) }, /kind/],
    ['an empty kind', { kind: '' }, /kind/],
    ['an empty nonce', { nonce: '' }, /nonce/],
    ['a nonce of 9 characters', { nonce: 'abcdefghi' }, /nonce/],
    ['a nonce with a dot', { nonce: 'ab.c' }, /nonce/],
    ['a negative seq', { seq: -1 }, /seq/],
    ['a fractional seq', { seq: 1.5 }, /seq/],
    ['a seq of seven base-36 digits', { seq: MAX_SEQ + 1 }, /seq/],
    ['a NaN seq', { seq: Number.NaN }, /seq/],
    ['an upper-case choice', { choice: 'Go' }, /choice/],
    ['a choice of 9 characters', { choice: 'abcdefghi' }, /choice/],
    ['an empty choice', { choice: '' }, /choice/],
    ['a non-ASCII choice', { choice: 'ya✓' }, /choice/],
    ['a choice with a hyphen', { choice: 'next-on' }, /choice/],
  ])('refuses to encode %s', (_name, patch, message) => {
    expect(() => encodeButton(payload(patch))).toThrow(message);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['not a string', 42],
    ['an empty string', ''],
    ['one part', 'checkin'],
    ['three parts', 'checkin|abcd|1'],
    ['five parts', 'checkin|abcd|1|go|x'],
    ['an empty kind', '|abcd|1|go'],
    ['an empty nonce', 'checkin||1|go'],
    ['an empty seq', 'checkin|abcd||go'],
    ['an empty choice', 'checkin|abcd|1|'],
    ['an upper-case kind', 'Checkin|abcd|1|go'],
    ['a 13-character kind', `${'a'.repeat(13)}|abcd|1|go`],
    ['a negative seq', 'checkin|abcd|-1|go'],
    ['a fractional seq', 'checkin|abcd|1.5|go'],
    ['an upper-case seq', 'checkin|abcd|1A|go'],
    ['a seven-digit seq', 'checkin|abcd|1234567|go'],
    // One spelling per payload (found by test/property/button-codec): `01` is not `1`.
    ['a seq with a leading zero', 'checkin|abcd|01|go'],
    ['a seq of two zeros', 'a|A|00|a'],
    ['a full-width digit', 'checkin|abcd|１|go'],
    ['a space in the nonce', 'checkin|ab cd|1|go'],
    ['a 9-character nonce', 'checkin|abcdefghi|1|go'],
    ['an upper-case choice', 'checkin|abcd|1|GO'],
    ['a trailing newline', 'checkin|abcd|1|go\n'],
    ['a leading space', ' checkin|abcd|1|go'],
    ['a non-ASCII choice', 'checkin|abcd|1|gö'],
    ['JSON', '{"kind":"checkin","seq":1}'],
    ['65 bytes of letters', 'a'.repeat(65)],
    ['a payload padded past 64 bytes', `checkin|abcd|1|${'a'.repeat(60)}`],
    ['a forged megabyte', `checkin|abcd|1|${'a'.repeat(1_000_000)}`],
    ['64 characters of multi-byte text', 'é'.repeat(64)],
  ])('reads %s as no button', (_name, data) => {
    expect(decodeButton(data as string | undefined)).toBeUndefined();
  });

  it('leaves staleness to the dialog: any well-formed seq and nonce decode', () => {
    expect(decodeButton('checkin|AAAA|zzzzzz|go')).toEqual({
      kind: 'checkin',
      nonce: 'AAAA',
      seq: MAX_SEQ,
      choice: 'go',
    });
  });
});
