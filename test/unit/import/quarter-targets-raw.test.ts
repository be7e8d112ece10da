import { describe, expect, it } from 'vitest';
import { quarterTargetProblems } from '../../../src/import/okr/quarter-targets.js';

const base = {
  row: 2,
  yearly: true,
  baseline: 0,
  target: 4,
  direction: 'up' as const,
  accumulation: 'cumulative' as const,
};

describe('quarterTargetProblems: cells missing from the raw row', () => {
  it('quotes a missing cell as empty text', () => {
    expect(quarterTargetProblems({ ...base, quarters: [-1, 3, 2, null], raw: {} })).toEqual([
      {
        row: 2,
        column: 'target_tw1',
        key: 'import-quarter-target-wrong-way',
        args: { quarter: 1, value: '', baseline: '', target: '', direction: 'up' },
      },
      {
        row: 2,
        column: 'target_tw3',
        key: 'import-quarter-target-falls-back',
        args: {
          quarter: 3,
          value: '',
          baseline: '',
          target: '',
          direction: 'up',
          previous: 2,
          previousValue: '',
        },
      },
    ]);
  });
});
