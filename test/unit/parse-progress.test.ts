import { describe, expect, it } from 'vitest';
import type { KrSnapshot } from '../../src/core/checkin/key-result.js';
import { implausibility, parseProgress } from '../../src/core/checkin/parse-progress.js';
import { yearly } from './checkin-fixtures.js';

const kr = (over: Partial<KrSnapshot> = {}): KrSnapshot => ({
  id: 1,
  code: 'KR1',
  title: 'Dokumen kebijakan',
  objective: 'Sasaran',
  unitLabel: 'dokumen',
  baseline: 0,
  target: 10,
  direction: 'up',
  ...yearly,
  ...over,
});
const pct = kr({ unitLabel: '%', target: 100 });
const money = kr({ unitLabel: 'Rp', target: 2_000_000_000 });

describe('parseProgress: accepted forms', () => {
  it.each<[string, KrSnapshot, number]>([
    ['65', pct, 65],
    ['65%', pct, 65],
    ['65 %', pct, 65],
    ['65 persen', pct, 65],
    ['6,5', kr(), 6.5],
    ['1.500.000', money, 1_500_000],
    ['Rp 1.500.000', money, 1_500_000],
    ['Rp 1,5 juta', money, 1_500_000],
    ['2 miliar', money, 2_000_000_000],
    ['7/10', kr(), 7],
    ['7 / 10', kr(), 7],
    ['7 dari 10', kr(), 7],
    ['7 of 10', kr(), 7],
    ['7/10', pct, 70],
    ['3 dokumen', kr(), 3],
    ['selesai', kr(), 10],
    ['Selesai.', kr(), 10],
    ['done', kr(), 10],
    ['sama', kr({ lastValue: 4 }), 4],
    ['tetap', kr({ lastValue: 4 }), 4],
    ['same', kr({ lastValue: 4 }), 4],
    ['sama', kr({ baseline: 2 }), 2],
    ['  12  ', kr(), 12],
    // Found by test/property/parse-progress: a unit holding "of" or "/" was read as a ratio.
    ['0 profil', kr({ unitLabel: 'profil' }), 0],
    ['60 km/jam', kr({ unitLabel: 'km/jam' }), 60],
    ['7 dari 10 dokumen', kr(), 7],
  ])('%j → %d', (input, k, expected) => {
    expect(parseProgress(input, k)).toMatchObject({ kind: 'value', value: expected });
  });

  it('reads a zero with a sign, or a ratio rounding to nothing, as 0 and never as -0', () => {
    // toEqual tells -0 from 0; the state would turn -0 into 0 after a JSON round trip anyway.
    expect(parseProgress('-0', kr())).toEqual({ kind: 'value', value: 0 });
    expect(parseProgress('-0,0000001/1', pct)).toEqual({ kind: 'value', value: 0 });
  });

  it('keeps a link typed with the value as evidence', () => {
    expect(parseProgress('4 https://drive.example.go.id/laporan.pdf', kr())).toEqual({
      kind: 'value',
      value: 4,
      link: 'https://drive.example.go.id/laporan.pdf',
    });
  });
});

describe('parseProgress: a link stored as evidence', () => {
  it('is percent-encoded the way a browser writes it: no NUL or half an emoji reaches the database', () => {
    expect(parseProgress('4 https://drive.example.go.id/a\u0000b\ud83d', kr())).toEqual({
      kind: 'value',
      value: 4,
      link: 'https://drive.example.go.id/a%00b%EF%BF%BD',
    });
  });
});

describe('parseProgress: refusals', () => {
  it.each(['', 'abc', 'sudah hampir', 'lima', '7/0', '12 apel', '1,2,3', '?'])(
    '%j is not a value',
    (input) => {
      expect(parseProgress(input, kr())).toEqual({ kind: 'invalid' });
    },
  );
});

describe('parseProgress: values the database cannot store', () => {
  // The value column is numeric(20, 4); past it PostgreSQL refuses the whole submission (22003).
  it.each<[string, KrSnapshot]>([
    ['99999999999999999999', kr()],
    ['-99999999999999999999', kr()],
    ['1.000.000.000.000.000', money],
    ['−1.000.000.000.000.000', money],
    ['Rp 999.999 triliun', money],
    ['1000000000000000/1', kr()],
  ])('%j is out of range', (input, k) => {
    expect(parseProgress(input, k)).toEqual({ kind: 'out-of-range' });
  });

  it.each([
    ['999.999.999.999.999', 999_999_999_999_999],
    ['-999.999.999.999.999', -999_999_999_999_999],
  ])('%j is the largest value either way', (input, expected) => {
    expect(parseProgress(input, money)).toEqual({ kind: 'value', value: expected });
  });
});

describe('implausibility', () => {
  it.each<[string, KrSnapshot, number, string | undefined]>([
    ['normal progress', kr({ lastValue: 3 }), 5, undefined],
    ['reaching target exactly', kr(), 10, undefined],
    ['a bit past target', kr(), 14, undefined],
    ['negative count', kr(), -1, 'negative'],
    ['backwards on naik', kr({ lastValue: 6 }), 4, 'backwards'],
    [
      'backwards on turun',
      kr({ direction: 'down', baseline: 30, target: 10, lastValue: 20 }),
      25,
      'backwards',
    ],
    [
      'down KR progressing',
      kr({ direction: 'down', baseline: 30, target: 10, lastValue: 20 }),
      15,
      undefined,
    ],
    ['far beyond target', kr(), 35, 'far-beyond-target'],
    ['percent over 100', pct, 120, 'far-beyond-target'],
    ['first report below the baseline', kr({ baseline: 5 }), 4, 'behind-baseline'],
    [
      'first report above the baseline of a down KR',
      kr({ direction: 'down', baseline: 30, target: 10 }),
      31,
      'behind-baseline',
    ],
  ])('%s', (_name, k, value, expected) => {
    expect(implausibility(k, value)).toBe(expected);
  });
});
