/** The unit's predikat against the SE MenPANRB 3/2023 pattern (domain.md §4.3): warnings only. */
import { describe, expect, it } from 'vitest';
import { checkDistribution } from '../../../src/core/evaluation/distribution-check.js';

const types = (r: ReturnType<typeof checkDistribution>) =>
  r.warnings.map((w) => `${w.type}:${w.group.join('+')}`);

describe('checkDistribution', () => {
  it('unknown organisation result: the Baik row, said so', () => {
    const r = checkDistribution({ baik: 6, 'butuh-perbaikan': 2, 'sangat-baik': 2 }, null);
    expect(r).toMatchObject({ row: 'baik', assumed: true, total: 10, warnings: [] });
    expect(checkDistribution({ baik: 1 }, 'baik').assumed).toBe(false);
  });

  describe('Baik: most (max 70 %) Baik, some Butuh Perbaikan and/or Kurang', () => {
    it('7 of 10 Baik is the limit; 8 is over', () => {
      expect(types(checkDistribution({ baik: 7, kurang: 1, 'sangat-baik': 2 }, 'baik'))).toEqual([]);
      const over = checkDistribution({ baik: 8, kurang: 1, 'sangat-baik': 1 }, 'baik');
      expect(over.warnings).toEqual([
        { type: 'above-max', group: ['baik'], count: 8, percent: 80, limit: 70 },
      ]);
    });
    it('half Baik is not most', () => {
      expect(types(checkDistribution({ baik: 2, 'sangat-baik': 1, kurang: 1 }, 'baik'))).toEqual([
        'not-most:baik',
      ]);
    });
    it('no Butuh Perbaikan nor Kurang: missing', () => {
      expect(types(checkDistribution({ baik: 6, 'sangat-baik': 4 }, 'baik'))).toEqual([
        'missing:butuh-perbaikan+kurang',
      ]);
      expect(types(checkDistribution({ baik: 6, 'sangat-baik': 3, 'butuh-perbaikan': 1 }, 'baik'))).toEqual(
        [],
      );
    });
  });

  it('Istimewa: most (max 70 %) Sangat Baik, others anything', () => {
    expect(types(checkDistribution({ 'sangat-baik': 6, 'sangat-kurang': 4 }, 'istimewa'))).toEqual([]);
    expect(types(checkDistribution({ 'sangat-baik': 5, baik: 5 }, 'istimewa'))).toEqual([
      'not-most:sangat-baik',
    ]);
    expect(types(checkDistribution({ 'sangat-baik': 10 }, 'istimewa'))).toEqual(['above-max:sangat-baik']);
  });

  it('Butuh Perbaikan: min 60 % Butuh Perbaikan, Sangat Baik max 10 %', () => {
    expect(
      types(checkDistribution({ 'butuh-perbaikan': 6, baik: 3, 'sangat-baik': 1 }, 'butuh-perbaikan')),
    ).toEqual([]);
    expect(
      types(checkDistribution({ 'butuh-perbaikan': 5, baik: 3, 'sangat-baik': 2 }, 'butuh-perbaikan')),
    ).toEqual(['below-min:butuh-perbaikan', 'above-max:sangat-baik']);
  });

  it('Kurang: min 60 % Kurang, min 10 % Butuh Perbaikan, Sangat Baik max 10 %', () => {
    expect(
      types(checkDistribution({ kurang: 6, 'butuh-perbaikan': 1, 'sangat-baik': 1, baik: 2 }, 'kurang')),
    ).toEqual([]);
    expect(types(checkDistribution({ kurang: 5, baik: 3, 'sangat-baik': 2 }, 'kurang'))).toEqual([
      'below-min:kurang',
      'below-min:butuh-perbaikan',
      'above-max:sangat-baik',
    ]);
  });

  it('Sangat Kurang: min 60 % Sangat Kurang, min 10 % Kurang and/or Butuh Perbaikan, no Sangat Baik', () => {
    expect(
      types(checkDistribution({ 'sangat-kurang': 6, 'butuh-perbaikan': 1, baik: 3 }, 'sangat-kurang')),
    ).toEqual([]);
    expect(types(checkDistribution({ 'sangat-kurang': 6, kurang: 1, baik: 3 }, 'sangat-kurang'))).toEqual([]);
    const r = checkDistribution({ 'sangat-kurang': 5, baik: 4, 'sangat-baik': 1 }, 'sangat-kurang');
    expect(types(r)).toEqual([
      'below-min:sangat-kurang',
      'below-min:kurang+butuh-perbaikan',
      'above-max:sangat-baik',
    ]);
    expect(r.warnings[2]).toMatchObject({ count: 1, percent: 10, limit: 0 });
  });

  it('nobody rated: nothing to warn about', () => {
    expect(checkDistribution({}, 'kurang')).toMatchObject({ total: 0, warnings: [] });
  });
});
