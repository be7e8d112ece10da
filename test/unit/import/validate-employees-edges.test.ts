/** Edges of the employee file's checks: duplicates in the graphs, cycle order and labels, kept appraisers. */
import { describe, expect, it } from 'vitest';
import {
  type ExistingEmployee,
  validateEmployees,
} from '../../../src/import/employees/validate-employees.js';
import type { CsvRow } from '../../../src/import/read-csv.js';

const A = '198101172005011004';
const B = '199002142015032001';
const C = '199107082015031002';
const K = '197003141996031001';

function row(n: number, nip: string, atasan: string, cells: Record<string, string | undefined> = {}): CsvRow {
  const all: Record<string, string | undefined> = {
    nip,
    nama: `Pegawai ${n}`,
    unit: 'Biro A/Bagian B',
    nip_atasan: atasan,
    ...cells,
  };
  return {
    row: n,
    cells: Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined)),
  };
}

const stored = (...people: [string, string | null, string | null][]) =>
  new Map<string, ExistingEmployee>(
    people.map(([nip, supervisorNip, appraiserNip]) => [
      nip,
      { name: `Tersimpan ${nip.slice(-3)}`, supervisorNip, appraiserNip },
    ]),
  );

function problemsOf(rows: CsvRow[], existing = stored()) {
  const result = validateEmployees(rows, existing);
  return result.ok ? [] : result.problems;
}

describe('validateEmployees edges', () => {
  it('accepts an atasan known only from the database', () => {
    expect(problemsOf([row(2, A, K)], stored([K, null, null]))).toEqual([]);
  });

  it('builds the organisation from the first row of a repeated NIP only', () => {
    // Row 4 repeats A under B: followed, it would add a cycle A → B → A.
    const rows = [row(2, A, ''), row(3, B, A), row(4, A, B)];
    expect(problemsOf(rows).map((p) => `${p.row}:${p.key}`)).toEqual(['4:import-duplicate-nip']);
  });

  it('names a supervision cycle from its earliest row; a person without a readable name shows as ?', () => {
    // A is stored, so the walk starts there (A → B → C → A); row 2 is C.
    const rows = [row(2, C, A), row(3, A, B), row(4, B, C, { nama: '' })];
    const cycle = problemsOf(rows, stored([A, null, null])).filter(
      (p) => p.key === 'import-supervisor-cycle',
    );
    expect(cycle).toEqual([
      {
        row: 2,
        column: 'nip_atasan',
        key: 'import-supervisor-cycle',
        args: { people: `Pegawai 2 (${C}) → Pegawai 3 (${A}) → ? (${B}) → Pegawai 2 (${C})` },
      },
    ]);
  });

  it('names cycles through people known only from the database', () => {
    const S = K;
    expect(problemsOf([row(2, C, S)], stored([S, C, null]))).toEqual([
      {
        row: 2,
        column: 'nip_atasan',
        key: 'import-supervisor-cycle',
        args: { people: `Pegawai 2 (${C}) → Tersimpan 001 (${S}) → Pegawai 2 (${C})` },
      },
    ]);
    expect(problemsOf([row(2, C, '', { nip_penilai: S })], stored([S, null, C]))).toEqual([
      {
        row: 2,
        column: 'nip_penilai',
        key: 'import-appraiser-cycle',
        args: { people: `Pegawai 2 (${C}) → Tersimpan 001 (${S}) → Pegawai 2 (${C})` },
      },
    ]);
  });

  it('names an appraisal cycle from its earliest row', () => {
    const rows = [
      row(2, C, '', { nip_penilai: A }),
      row(3, A, '', { nip_penilai: B }),
      row(4, B, '', { nip_penilai: C, nama: '' }),
    ];
    const cycle = problemsOf(rows, stored([A, null, null])).filter((p) => p.key === 'import-appraiser-cycle');
    expect(cycle).toEqual([
      {
        row: 2,
        column: 'nip_penilai',
        key: 'import-appraiser-cycle',
        args: { people: `Pegawai 2 (${C}) → Pegawai 3 (${A}) → ? (${B}) → Pegawai 2 (${C})` },
      },
    ]);
  });

  it('keeps the stored appraiser when the file has no nip_penilai column', () => {
    // Stored: B appraises A. The file puts B under A, so A → B (appraiser) → A (atasan).
    const rows = [row(2, B, A), row(3, A, '')];
    expect(problemsOf(rows, stored([A, null, B], [B, null, null]))).toEqual([
      {
        row: 2,
        column: 'nip_atasan',
        key: 'import-appraiser-cycle',
        args: { people: `Pegawai 2 (${B}) → Pegawai 3 (${A}) → Pegawai 2 (${B})` },
      },
    ]);
  });

  it('reports a self-appraiser once, per row, not also as a cycle', () => {
    expect(problemsOf([row(2, A, '', { nip_penilai: A })]).map((p) => p.key)).toEqual([
      expect.stringMatching(/self/),
    ]);
  });
});
