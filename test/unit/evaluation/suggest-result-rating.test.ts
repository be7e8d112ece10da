/**
 * dika's suggested rating hasil kerja: each indicator's band at and around the thresholds
 * (100% and 110% of the quarter's target), and the most-or-all rules of domain.md §4.1.
 */
import { describe, expect, it } from 'vitest';
import {
  ABOVE_FROM_PERCENT,
  assessIndicator,
  type EvaluatedIndicator,
  MEETS_FROM_PERCENT,
  suggestResultRating,
} from '../../../src/core/evaluation/suggest-result-rating.js';

const Q4 = { quarter: 4 as const, start: '2026-10-01', end: '2026-12-31' };
let nextId = 1;

/** An `up` indicator with target 100 (so a value is its capaian), reported on 2 Dec 2026. */
function indicator(value: number | null, over: Partial<EvaluatedIndicator> = {}): EvaluatedIndicator {
  const id = nextId++;
  return {
    keyResultId: id,
    title: `Indikator ${id}`,
    resultKind: 'main',
    direction: 'up',
    target: 100,
    quarterTargets: [null, null, null, null],
    accumulation: 'latest',
    reports: value === null ? [] : [{ value, date: '2026-12-02' }],
    ...over,
  };
}

describe('the band of one indicator', () => {
  it('names its thresholds: 100% meets, 110% above', () => {
    expect([MEETS_FROM_PERCENT, ABOVE_FROM_PERCENT]).toEqual([100, 110]);
  });

  it.each([
    [0, 'below', 'below-target'],
    [99.9, 'below', 'below-target'],
    [100, 'meets', 'meets-target'],
    [100.1, 'meets', 'meets-target'],
    [109.9, 'meets', 'meets-target'],
    [110, 'above', 'above-target'],
    [150, 'above', 'above-target'],
  ])('capaian %s%% → %s', (value, level, reason) => {
    expect(assessIndicator(indicator(value), Q4)).toMatchObject({
      capaian: value,
      level,
      reason,
      realisasi: value,
    });
  });

  it('measures against the quarter’s own target, not the year’s', () => {
    const i = indicator(3, { target: 4, quarterTargets: [1, 2, 3, null], accumulation: 'cumulative' });
    const q3 = { quarter: 3 as const, start: '2026-07-01', end: '2026-09-30' };
    const reported = { ...i, reports: [{ value: 3, date: '2026-09-20' }] };
    expect(assessIndicator(reported, q3)).toMatchObject({ target: 3, capaian: 100, level: 'meets' });
    // TW IV has no target of its own: the year's 4 → 75%.
    expect(assessIndicator(i, Q4)).toMatchObject({ target: 4, capaian: 75, level: 'below' });
  });

  it('a `turun` indicator: less is better', () => {
    const i = indicator(9, { direction: 'down', target: 10 });
    expect(assessIndicator(i, Q4)).toMatchObject({ capaian: 110, level: 'above' });
  });

  it('takes the latest report of the quarter; an `average` the mean of the period', () => {
    const reports = [
      { value: 80, date: '2026-11-02' },
      { value: 120, date: '2026-12-01' },
    ];
    expect(assessIndicator(indicator(null, { reports }), Q4)).toMatchObject({
      realisasi: 120,
      level: 'above',
    });
    expect(assessIndicator(indicator(null, { reports, accumulation: 'average' }), Q4)).toMatchObject({
      realisasi: 100,
      level: 'meets',
    });
  });

  it('a report after the quarter is not read; none in the quarter counts as below', () => {
    const late = indicator(null, { reports: [{ value: 150, date: '2027-01-04' }] });
    expect(assessIndicator(late, Q4)).toMatchObject({ realisasi: null, level: 'below', reason: 'no-report' });
    const earlier = indicator(null, { reports: [{ value: 150, date: '2026-09-28' }] });
    expect(assessIndicator(earlier, Q4)).toMatchObject({ level: 'below', reason: 'no-report' });
    expect(assessIndicator(indicator(null), Q4)).toMatchObject({ level: 'below', reason: 'no-report' });
  });

  it('a negative target has no honest capaian: not counted', () => {
    expect(assessIndicator(indicator(5, { target: -1 }), Q4)).toMatchObject({
      level: null,
      reason: 'no-capaian',
    });
  });
});

describe('the suggestion from all indicators (most or all, §4.1)', () => {
  const suggest = (...values: Array<number | null>) =>
    suggestResultRating(
      values.map((v) => indicator(v)),
      Q4,
    );

  it('all above → above', () => {
    expect(suggest(120, 115, 110)).toMatchObject({
      rating: 'above',
      rule: 'most-above',
      above: 3,
      counted: 3,
    });
  });

  it('most above and none below → above; one utama below rules "above" out', () => {
    expect(suggest(120, 120, 100)).toMatchObject({ rating: 'above', rule: 'most-above' });
    expect(suggest(120, 120, 99)).toMatchObject({ rating: 'meets', rule: 'utama-below', mainBelow: 1 });
  });

  it('a missing report is below: it blocks "above" as well', () => {
    expect(suggest(120, 120, null)).toMatchObject({ rating: 'meets', rule: 'utama-below', below: 1 });
  });

  it('half is not most: 2 above and 2 meeting → meets; 2 below of 4 → meets', () => {
    expect(suggest(120, 120, 100, 100)).toMatchObject({ rating: 'meets', rule: 'otherwise' });
    expect(suggest(50, 50, 100, 100)).toMatchObject({ rating: 'meets', rule: 'otherwise' });
  });

  it('most below → below (3 of 5), even with the rest above', () => {
    expect(suggest(50, 60, null, 120, 130)).toMatchObject({ rating: 'below', rule: 'most-below', below: 3 });
    expect(suggest(50, 60, 100, 120, 130)).toMatchObject({ rating: 'meets' });
  });

  it('tambahan results do not count when utama ones exist', () => {
    const main = indicator(100);
    const extra = [
      indicator(150, { resultKind: 'additional' }),
      indicator(150, { resultKind: 'additional' }),
    ];
    expect(suggestResultRating([main, ...extra], Q4)).toMatchObject({ rating: 'meets', counted: 1 });
    const weak = [indicator(10, { resultKind: 'additional' }), indicator(10, { resultKind: 'additional' })];
    expect(suggestResultRating([indicator(120), ...weak], Q4)).toMatchObject({ rating: 'above', counted: 1 });
  });

  it('with no utama result at all, the tambahan ones count', () => {
    const extra = [indicator(150, { resultKind: 'additional' }), indicator(50, { resultKind: 'additional' })];
    expect(suggestResultRating(extra, Q4)).toMatchObject({
      rating: 'meets',
      counted: 2,
      countsAdditional: true,
    });
  });

  it('nothing to rate → no suggestion', () => {
    expect(suggestResultRating([], Q4)).toMatchObject({ rating: null, rule: 'nothing-to-rate', counted: 0 });
    expect(suggest(null).rating).toBe('below');
    expect(suggestResultRating([indicator(5, { target: -1 })], Q4)).toMatchObject({ rating: null });
  });

  it('returns every indicator’s reading, in order, for the appraiser to see', () => {
    const s = suggest(120, null);
    expect(s.indicators.map((i) => i.reason)).toEqual(['above-target', 'no-report']);
  });
});
