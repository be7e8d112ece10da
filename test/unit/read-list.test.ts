/**
 * Blockers and next actions are stored in the dialog's jsonb state and then in text columns:
 * PostgreSQL refuses a lone surrogate there (22P02, half an emoji) and a NUL byte (22P05, 22021).
 */
import { describe, expect, it } from 'vitest';
import { readList } from '../../src/core/checkin/read-answers.js';

const graphemes = (text: string) => [
  ...Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment),
];
/** What PostgreSQL takes: no lone surrogate, no NUL, no other C0/C1 control. */
const storable = (text: string) => !/\p{Cs}|\p{Cc}/u.test(text);

describe('readList', () => {
  it('reads one item per line without list markers, or nothing', () => {
    expect(readList('Server lambat\n- Rapat bentrok\r\n2) Anggaran')).toEqual([
      'Server lambat',
      'Rapat bentrok',
      'Anggaran',
    ]);
    expect(readList('tidak ada')).toEqual([]);
  });

  it('cuts a long line before an emoji that straddles the limit, never inside it', () => {
    const line = `${'a'.repeat(998)}😀 dan seterusnya`;
    const [item] = readList(line);
    expect(storable(item!)).toBe(true);
    expect(item).toBe(`${'a'.repeat(998)}…`);
  });

  it('keeps a whole emoji cluster (a family: four people joined) or none of it', () => {
    const family = '👩‍👩‍👧‍👦';
    const [item] = readList(`${'b'.repeat(990)}${family}${'c'.repeat(20)}`);
    expect(item).toBe(`${'b'.repeat(990)}…`);
    const [fits] = readList(`${'b'.repeat(980)}${family}${'c'.repeat(20)}`);
    expect(fits!.startsWith(`${'b'.repeat(980)}${family}`)).toBe(true);
    expect(fits!.length).toBeLessThanOrEqual(1000);
  });

  it('drops NUL and other control characters; a tab inside an item is a space', () => {
    expect(readList('Server\u0000 mati\nRapat\tbentrok\u0007\n\u0085Anggaran\u009b')).toEqual([
      'Server mati',
      'Rapat bentrok',
      'Anggaran',
    ]);
    expect(readList('\u0000')).toEqual([]);
  });

  it('replaces a lone surrogate that arrived in the input', () => {
    const [item] = readList('rusak \ud83d di sini');
    expect(item).toBe('rusak \ufffd di sini');
  });

  it('cuts a 5,000-character line of letters with combining marks between letters', () => {
    // Seven code units a repetition, so a cut at a fixed count lands between a letter and its marks.
    const zalgo = 'e\u0301\u0323o\u0308\u0330\u0331'.repeat(715).slice(0, 5000);
    const [item] = readList(zalgo);
    expect(item!.length).toBeLessThanOrEqual(1000);
    expect(item!.endsWith('…')).toBe(true);
    const kept = graphemes(item!.slice(0, -1));
    expect(kept).toEqual(graphemes(zalgo).slice(0, kept.length)); // whole letters with all their marks
    expect(storable(item!)).toBe(true);
  });

  it('cuts one letter under thousands of marks between code points, never inside a pair', () => {
    const [item] = readList(`x${'\u0301'.repeat(4998)}😀`);
    expect(item!.length).toBeLessThanOrEqual(1000);
    expect(item!.startsWith('x\u0301')).toBe(true);
    expect(storable(item!)).toBe(true);
  });
});
