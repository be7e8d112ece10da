/**
 * Edges of the two report figures and of the default accumulation (src/core/capaian), found by
 * `npm run mutate`: a negative zero that would print as "-0%", a held level on a `down` indicator,
 * and a unit label matched only at its start after trimming.
 */
import { describe, expect, it } from 'vitest';
import { progressFromBaseline } from '../../../src/core/capaian/capaian.js';
import { defaultAccumulation } from '../../../src/core/capaian/period-target.js';

describe('progressFromBaseline', () => {
  it('gives plain 0, never -0, for a value a hair below the baseline', () => {
    // (9.99999 − 10) ÷ 10 rounds to -0.0: it must come back as 0 (toBe tells -0 apart).
    expect(progressFromBaseline('up', 10, 20, 9.99999)).toBe(0);
    expect(Object.is(progressFromBaseline('up', 10, 20, 9.99999), 0)).toBe(true);
  });

  it('holds a `down` level only at or below it', () => {
    expect(progressFromBaseline('down', 5, 5, 5)).toBe(100);
    expect(progressFromBaseline('down', 5, 5, 4)).toBe(100);
    expect(progressFromBaseline('down', 5, 5, 6)).toBe(0);
  });

  it('holds an `up` level only at or above it', () => {
    expect(progressFromBaseline('up', 5, 5, 5)).toBe(100);
    expect(progressFromBaseline('up', 5, 5, 6)).toBe(100);
    expect(progressFromBaseline('up', 5, 5, 4)).toBe(0);
  });
});

describe('defaultAccumulation', () => {
  it('reads the unit label after trimming it', () => {
    expect(defaultAccumulation('  persen')).toBe('latest');
    expect(defaultAccumulation('\tskor ')).toBe('latest');
  });

  it('matches a level word only at the start of the label', () => {
    expect(defaultAccumulation('jumlah nilai')).toBe('cumulative');
    expect(defaultAccumulation('dokumen %')).toBe('cumulative');
    // …and only as a whole word.
    expect(defaultAccumulation('levelling')).toBe('cumulative');
  });
});
