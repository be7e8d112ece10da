/** The 3×3 kuadran kinerja of PermenPANRB 6/2022, every cell (domain.md §4.2). */
import { describe, expect, it } from 'vitest';
import { PREDIKATS, predikatOf, type Rating } from '../../../src/core/evaluation/predikat.js';

const CELLS: Array<[result: Rating, behaviour: Rating, predikat: string]> = [
  ['above', 'below', 'kurang'],
  ['above', 'meets', 'baik'],
  ['above', 'above', 'sangat-baik'],
  ['meets', 'below', 'kurang'],
  ['meets', 'meets', 'baik'],
  ['meets', 'above', 'baik'],
  ['below', 'below', 'sangat-kurang'],
  ['below', 'meets', 'butuh-perbaikan'],
  ['below', 'above', 'butuh-perbaikan'],
];

describe('predikatOf', () => {
  it.each(CELLS)('hasil kerja %s × perilaku %s → %s', (result, behaviour, predikat) => {
    expect(predikatOf(result, behaviour)).toBe(predikat);
  });

  it('uses every predikat, Sangat Baik only for both above', () => {
    expect(new Set(CELLS.map(([r, b]) => predikatOf(r, b)))).toEqual(new Set(PREDIKATS));
    expect(CELLS.filter(([r, b]) => predikatOf(r, b) === 'sangat-baik')).toEqual([
      ['above', 'above', 'sangat-baik'],
    ]);
  });
});
