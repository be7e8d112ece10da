import { describe, expect, it } from 'vitest';
import { validateOkr } from '../../src/import/okr/validate-okr.js';
import { parsePeriodCode } from '../../src/import/periods.js';
import type { CsvRow } from '../../src/import/read-csv.js';
import { existingOkr as existing, OWNER, okrRow as row } from './okr-row-fixture.js';

const STRANGER = '199912312020121999';

function problemsOf(rows: CsvRow[], stored = existing()) {
  const result = validateOkr(rows, stored);
  return result.ok ? [] : result.problems;
}

describe('parsePeriodCode', () => {
  it.each([
    ['2026', { code: '2026', year: 2026, quarter: null, startsOn: '2026-01-01', endsOn: '2026-12-31' }],
    ['2026-Q1', { code: '2026-Q1', year: 2026, quarter: 1, startsOn: '2026-01-01', endsOn: '2026-03-31' }],
    ['2026-q2', { code: '2026-Q2', year: 2026, quarter: 2, startsOn: '2026-04-01', endsOn: '2026-06-30' }],
    ['2026-Q3', { code: '2026-Q3', year: 2026, quarter: 3, startsOn: '2026-07-01', endsOn: '2026-09-30' }],
    [' 2026-Q4 ', { code: '2026-Q4', year: 2026, quarter: 4, startsOn: '2026-10-01', endsOn: '2026-12-31' }],
  ])('%j', (input, period) => {
    expect(parsePeriodCode(input)).toEqual(period);
  });

  it.each(['2026-Q5', '2026-Q0', '26', '2026-13', '2026-12', '1999', '2026 Q4', 'TW IV 2026', ''])(
    'refuses %j',
    (input) => {
      expect(parsePeriodCode(input)).toBeUndefined();
    },
  );
});

describe('validateOkr: cells', () => {
  it('normalises a valid row', () => {
    const result = validateOkr(
      [
        row(2, 'BPK-04', {
          periode: '2026-q4',
          satuan: 'Rp',
          awal: 'Rp 1.500.000',
          target: '1.500.000.000',
          arah: 'Naik',
          jenis: 'aspiratif',
          bobot: '1,5',
        }),
      ],
      existing(),
    );
    expect(result).toEqual({
      ok: true,
      records: [
        {
          row: 2,
          code: 'BPK-04',
          ownerNip: OWNER,
          period: { code: '2026-Q4', year: 2026, quarter: 4, startsOn: '2026-10-01', endsOn: '2026-12-31' },
          objective: 'Meningkatnya kualitas perencanaan',
          title: 'Dokumen perencanaan yang ditetapkan',
          unitLabel: 'Rp',
          baseline: 1_500_000,
          target: 1_500_000_000,
          direction: 'up',
          kind: 'aspirational',
          weight: 1.5,
          parentCode: null,
          quarterTargets: [undefined, undefined, undefined, undefined],
        },
      ],
    });
  });

  it.each([
    ['2,5', 2.5],
    ['72,5', 72.5],
    ['1.500.000', 1_500_000],
    ['1.500.000,75', 1_500_000.75],
    ['0,12345', 0.1235],
    ['-3', -3],
  ])('reads awal %j as %d', (awal, baseline) => {
    const result = validateOkr([row(2, 'A', { awal, target: '2000000000' })], existing());
    expect(result.ok && result.records[0]!.baseline).toBe(baseline);
  });

  it('defaults empty jenis/bobot and leaves absent optional columns undefined', () => {
    const result = validateOkr(
      [row(2, 'A'), row(3, 'B', { jenis: undefined, bobot: undefined, kode_induk: undefined })],
      existing(),
    );
    expect(result.ok && result.records[0]).toMatchObject({ kind: 'committed', weight: 1, parentCode: null });
    expect(result.ok && result.records[1]).toMatchObject({
      kind: undefined,
      weight: undefined,
      parentCode: undefined,
    });
  });

  it.each([
    ['kode', 'KR 1', 'import-code-invalid'],
    ['kode', '', 'import-required'],
    ['nip', '12345', 'import-nip-format'],
    ['periode', '2026-Q5', 'import-period-invalid'],
    ['periode', '26', 'import-period-invalid'],
    ['periode', '2026-13', 'import-period-invalid'],
    ['sasaran', '', 'import-required'],
    ['hasil_kunci', '', 'import-required'],
    ['satuan', '', 'import-required'],
    ['awal', 'sepuluh', 'import-number-invalid'],
    ['awal', '', 'import-required'],
    ['target', '1,2,3', 'import-number-invalid'],
    ['target', '1e20', 'import-number-invalid'],
    ['target', '9.999.999.999.999.999', 'import-number-too-large'],
    ['arah', 'atas', 'import-direction-invalid'],
    ['arah', 'up', 'import-direction-invalid'],
    ['jenis', 'wajib', 'import-kind-invalid'],
    ['bobot', '0', 'import-weight-invalid'],
    ['bobot', '-1', 'import-weight-invalid'],
    ['bobot', 'berat', 'import-number-invalid'],
    ['kode_induk', 'KR 0', 'import-code-invalid'],
  ])('refuses %s = %j with %s', (column, value, key) => {
    expect(problemsOf([row(2, 'A', { [column]: value })])).toEqual([
      { row: 2, column, key, args: { value } },
    ]);
  });

  it.each([
    ['naik', '10', '8', 'import-target-below-baseline'],
    ['turun', '10', '12', 'import-target-above-baseline'],
  ])('refuses arah %s from %s to %s', (arah, awal, target, key) => {
    expect(problemsOf([row(2, 'A', { arah, awal, target })])).toEqual([
      { row: 2, column: 'target', key, args: { baseline: awal, target } },
    ]);
  });

  it('accepts turun with a lower target', () => {
    expect(problemsOf([row(2, 'A', { arah: 'turun', awal: '21', target: '10' })])).toEqual([]);
  });

  it.each([
    ['naik', '100', '100'],
    ['turun', '2,5', '2,50'],
  ])('accepts a level to hold: arah %s from %s to %s (pertahankan)', (arah, awal, target) => {
    expect(problemsOf([row(2, 'A', { arah, awal, target })])).toEqual([]);
  });
});

describe('validateOkr: across rows', () => {
  it('refuses a repeated code and names the first row', () => {
    expect(problemsOf([row(2, 'A'), row(3, 'B'), row(4, 'A')])).toEqual([
      { row: 4, column: 'kode', key: 'import-duplicate-code', args: { value: 'A', firstRow: 2 } },
    ]);
  });

  it('refuses an owner who is not a stored employee', () => {
    expect(problemsOf([row(2, 'A', { nip: STRANGER })])).toEqual([
      { row: 2, column: 'nip', key: 'import-owner-unknown', args: { value: STRANGER } },
    ]);
  });

  it('accepts a parent further down the file or in the database; refuses an unknown one', () => {
    expect(problemsOf([row(2, 'B', { kode_induk: 'A' }), row(3, 'A')])).toEqual([]);
    expect(problemsOf([row(2, 'B', { kode_induk: 'DB-1' })], existing([['DB-1', null]]))).toEqual([]);
    expect(problemsOf([row(2, 'B', { kode_induk: 'X' })])).toEqual([
      { row: 2, column: 'kode_induk', key: 'import-parent-unknown', args: { value: 'X' } },
    ]);
  });

  it('refuses a self-parent', () => {
    expect(problemsOf([row(2, 'A', { kode_induk: 'A' })])).toEqual([
      { row: 2, column: 'kode_induk', key: 'import-parent-self', args: { value: 'A' } },
    ]);
  });

  it('refuses a cycle within the file', () => {
    expect(
      problemsOf([
        row(2, 'A', { kode_induk: 'C' }),
        row(3, 'B', { kode_induk: 'A' }),
        row(4, 'C', { kode_induk: 'B' }),
      ]),
    ).toEqual([
      { row: 2, column: 'kode_induk', key: 'import-parent-cycle', args: { codes: 'A → C → B → A' } },
    ]);
  });

  it('refuses a cycle through stored key results', () => {
    // Stored: B cascades from A. The file makes A cascade from B.
    const stored = existing([
      ['A', null],
      ['B', 'A'],
    ]);
    expect(problemsOf([row(5, 'A', { kode_induk: 'B' })], stored)).toEqual([
      { row: 5, column: 'kode_induk', key: 'import-parent-cycle', args: { codes: 'A → B → A' } },
    ]);
  });

  it('follows the stored parent when the file has no kode_induk column', () => {
    const stored = existing([
      ['A', 'B'],
      ['B', null],
    ]);
    expect(problemsOf([row(2, 'B', { kode_induk: undefined })], stored)).toEqual([]);
  });
});
