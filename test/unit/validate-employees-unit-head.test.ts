import { describe, expect, it } from 'vitest';
import {
  EMPLOYEE_COLUMN_ALIASES,
  EMPLOYEE_REQUIRED_COLUMNS,
  type ExistingEmployee,
  validateEmployees,
} from '../../src/import/employees/validate-employees.js';
import { plannedHeads } from '../../src/import/employees/write-unit-heads.js';
import { type CsvRow, readCsv } from '../../src/import/read-csv.js';

const DEPUTI = '197003141996031001';
const BIRO = '197508222000032002';
const STAF = '199002142015032001';

function row(n: number, nip: string, cells: Record<string, string>): CsvRow {
  return { row: n, cells: { nip, nama: `Pegawai ${n}`, unit: 'Deputi A', nip_atasan: '', ...cells } };
}

const none = new Map<string, ExistingEmployee>();
const problemsOf = (rows: CsvRow[]) => {
  const result = validateEmployees(rows, none);
  return result.ok ? [] : result.problems;
};

describe('validateEmployees: kepala_unit', () => {
  it('reads ya/tidak, yes/no, 1/0 and empty as tidak; no column leaves it undefined', () => {
    const values = ['ya', 'TIDAK', 'Yes', 'no', '1', '0', ''];
    const rows = values.map((v, i) =>
      row(i + 2, `19900101201503${String(1000 + i)}`, { kepala_unit: v, unit: `U${i}` }),
    );
    const result = validateEmployees(rows, none);
    expect(result.ok && result.records.map((r) => r.unitHead)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
    const without = validateEmployees([row(2, DEPUTI, {})], none);
    expect(without.ok && without.records[0]!.unitHead).toBeUndefined();
  });

  it('refuses an unknown value', () => {
    expect(problemsOf([row(2, DEPUTI, { kepala_unit: 'mungkin' })])).toEqual([
      { row: 2, column: 'kepala_unit', key: 'import-unit-head-invalid', args: { value: 'mungkin' } },
    ]);
  });

  it('refuses two heads of one unit, naming both rows and the unit', () => {
    const problems = problemsOf([
      row(2, DEPUTI, { kepala_unit: 'ya' }),
      row(3, BIRO, { kepala_unit: 'tidak', nip_atasan: DEPUTI }),
      row(4, STAF, { kepala_unit: 'ya', nip_atasan: DEPUTI }),
    ]);
    expect(problems).toEqual([
      {
        row: 4,
        column: 'kepala_unit',
        key: 'import-unit-head-twice',
        args: { unit: 'Deputi A', firstRow: 2, row: 4 },
      },
    ]);
  });

  it('accepts one head in each of two units', () => {
    const rows = [
      row(2, DEPUTI, { kepala_unit: 'ya' }),
      row(3, BIRO, { kepala_unit: 'ya', unit: 'Deputi A/Biro B', nip_atasan: DEPUTI }),
    ];
    expect(problemsOf(rows)).toEqual([]);
  });

  it('refuses a head without a unit', () => {
    const problems = problemsOf([row(2, DEPUTI, { kepala_unit: 'ya', unit: '' })]);
    expect(problems).toContainEqual({ row: 2, column: 'kepala_unit', key: 'import-unit-head-no-unit' });
    expect(problems).toContainEqual(
      expect.objectContaining({ row: 2, column: 'unit', key: 'import-required' }),
    );
  });

  it('takes the kepala alias', () => {
    const read = readCsv(
      `nip;nama;unit;nip_atasan;kepala\n${DEPUTI};Hendra;Deputi A;;ya\n`,
      EMPLOYEE_REQUIRED_COLUMNS,
      EMPLOYEE_COLUMN_ALIASES,
    );
    const result = read.ok ? validateEmployees(read.table.rows, none) : undefined;
    expect(result?.ok && result.records[0]!.unitHead).toBe(true);
  });
});

describe('plannedHeads', () => {
  const units = new Map([
    ['A', 1],
    ['B', 2],
  ]);
  const record = (nip: string, unitPath: string, unitHead: boolean | undefined, r = 2) => ({
    row: r,
    nip,
    name: 'x',
    unitPath,
    supervisorNip: null,
    unitHead,
  });

  it('sets a marked head, leaves an unchanged one alone', () => {
    const stored = [{ unit_id: 2, nip: BIRO, active: true }];
    expect(plannedHeads([record(DEPUTI, 'A', true), record(BIRO, 'B', true, 3)], units, stored)).toEqual([
      { unitId: 1, nip: DEPUTI, row: 2 },
    ]);
  });

  it('with the column: clears a unit whose head in the file is no longer marked or moved', () => {
    const stored = [
      { unit_id: 1, nip: DEPUTI, active: true },
      { unit_id: 2, nip: BIRO, active: true },
    ];
    expect(plannedHeads([record(DEPUTI, 'A', false), record(BIRO, 'A', true, 3)], units, stored)).toEqual([
      { unitId: 1, nip: BIRO, row: 3 },
      { unitId: 2, nip: null, row: 3 },
    ]);
  });

  it('with the column: keeps a head who is not in the file', () => {
    const stored = [{ unit_id: 1, nip: DEPUTI, active: true }];
    expect(plannedHeads([record(STAF, 'A', false)], units, stored)).toEqual([]);
  });

  it('without the column: keeps active heads, clears inactive ones', () => {
    const stored = [
      { unit_id: 1, nip: DEPUTI, active: true },
      { unit_id: 2, nip: BIRO, active: false },
    ];
    expect(
      plannedHeads([record(DEPUTI, 'A', undefined), record(BIRO, 'B', undefined)], units, stored),
    ).toEqual([{ unitId: 2, nip: null, row: 0 }]);
  });
});
