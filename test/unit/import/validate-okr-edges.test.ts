/** Edges of the key-result file's checks: rows whose cells failed, duplicates in the cascade, cycle order. */
import { describe, expect, it } from 'vitest';
import { validateOkr } from '../../../src/import/okr/validate-okr.js';
import type { CsvRow } from '../../../src/import/read-csv.js';
import { existingOkr as existing, okrRow as row } from '../okr-row-fixture.js';

function keysOf(rows: CsvRow[], stored = existing()) {
  const result = validateOkr(rows, stored);
  return result.ok ? [] : result.problems.map((p) => `${p.row}:${p.column}:${p.key}`);
}

describe('validateOkr edges', () => {
  it('checks no quarterly target of a row whose period did not parse', () => {
    expect(keysOf([row(2, 'A', { periode: 'tahun depan', target_tw1: '2' })])).toEqual([
      expect.stringMatching(/^2:periode:/),
    ]);
  });

  it('checks no quarterly target of a row whose direction did not parse', () => {
    // Read without a direction, TW I = 2 from a baseline of 0 would count as going the wrong way.
    expect(keysOf([row(2, 'A', { arah: 'ke samping', target_tw1: '2' })])).toEqual([
      expect.stringMatching(/^2:arah:/),
    ]);
  });

  it('builds the cascade from the first row of a duplicated code only', () => {
    // Row 4 repeats A with B as parent: followed, it would add a cycle A → B → A.
    const rows = [row(2, 'A'), row(3, 'B', { kode_induk: 'A' }), row(4, 'A', { kode_induk: 'B' })];
    expect(keysOf(rows)).toEqual(['4:kode:import-duplicate-code']);
  });

  it('names a cycle from its earliest row, whatever order the walk found it in', () => {
    // A is stored, so the walk starts there (A → B → C → A); row 2 is C.
    const rows = [
      row(2, 'C', { kode_induk: 'A' }),
      row(3, 'A', { kode_induk: 'B' }),
      row(4, 'B', { kode_induk: 'C' }),
    ];
    const result = validateOkr(rows, existing([['A', null]]));
    expect(!result.ok && result.problems).toEqual([
      { row: 2, column: 'kode_induk', key: 'import-parent-cycle', args: { codes: 'C → A → B → C' } },
    ]);
  });
});
