import { describe, expect, it } from 'vitest';
import { capaian, type Direction, progressFromBaseline } from '../../../src/core/capaian/capaian.js';

// Examples from domain.md §11 and the issue, then the edges the formula leaves open.
const capaianTable: Array<[string, Direction, number, number, number | null]> = [
  ['naik: 35 of 50 (whatever the baseline)', 'up', 50, 35, 70],
  ['naik: 80% of 95%', 'up', 95, 80, 84.2],
  ['naik: SAKIP 75 of 80', 'up', 80, 75, 93.8],
  ['naik: overshoot is shown, not capped', 'up', 50, 60, 120],
  ['naik: exactly on target', 'up', 50, 50, 100],
  ['naik: nothing yet', 'up', 50, 0, 0],
  ['naik: a negative realisasi is floored at 0', 'up', 10, -5, 0],
  ['turun: 15 days against a target of 10', 'down', 10, 15, 50],
  ['turun: better than target', 'down', 10, 5, 150],
  ['turun: on target', 'down', 10, 10, 100],
  ['turun: twice the target or worse is floored at 0', 'down', 10, 25, 0],
  ['flat: a level held (100% of 100%)', 'up', 100, 100, 100],
  ['flat: a level slipping', 'up', 100, 90, 90],
  ['zero target naik: met', 'up', 0, 0, 100],
  ['zero target naik: below', 'up', 0, -1, 0],
  ['zero target turun ("0 temuan"): met', 'down', 0, 0, 100],
  ['zero target turun: missed', 'down', 0, 2, 0],
  ['negative target: no honest capaian', 'up', -2, -1, null],
];

describe('capaian (PermenPANRB 8/2021)', () => {
  it.each(capaianTable)('%s', (_name, direction, target, realisasi, expected) => {
    expect(capaian(direction, target, realisasi)).toBe(expected);
  });

  it('never prints -0', () => {
    expect(Object.is(capaian('up', 50, -0), 0)).toBe(true);
  });
});

const progressTable: Array<[string, Direction, number, number, number, number]> = [
  ['naik: 20 → 50, now 35', 'up', 20, 50, 35, 50],
  ['turun: 21 → 10, now 15', 'down', 21, 10, 15, 54.5],
  ['zero baseline', 'up', 0, 50, 35, 70],
  ['overshoot', 'up', 20, 50, 65, 150],
  ['behind the baseline', 'up', 20, 50, 14, -20],
  ['turun behind the baseline', 'down', 21, 10, 23, -18.2],
  ['flat target held', 'up', 100, 100, 100, 100],
  ['flat target lost', 'up', 100, 100, 99, 0],
  ['flat turun target held', 'down', 5, 5, 4, 100],
];

describe('progress from the baseline (OKR)', () => {
  it.each(progressTable)('%s', (_name, direction, baseline, target, realisasi, expected) => {
    expect(progressFromBaseline(direction, baseline, target, realisasi)).toBe(expected);
  });
});
