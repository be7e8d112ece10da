import { describe, expect, it } from 'vitest';
import { type ExistingEmployee, validateEmployees } from '../../src/import/employees/validate-employees.js';
import type { CsvRow } from '../../src/import/read-csv.js';

const DEPUTI = '197003141996031001';
const BIRO = '197508222000032002';
const STAF = '199002142015032001';
const OTHER = '199107082015031002';

/** A full, valid row for `nip`; `cells` overrides or (with undefined) drops columns. */
function row(n: number, nip: string, atasan: string, cells: Record<string, string | undefined> = {}): CsvRow {
  const all: Record<string, string | undefined> = {
    nip,
    nama: `Pegawai ${n}`,
    email: '',
    telepon: '',
    jabatan: 'Analis',
    unit: 'Deputi A/Biro B',
    nip_atasan: atasan,
    zona_waktu: '',
    bahasa: '',
    peran: '',
    ...cells,
  };
  return {
    row: n,
    cells: Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined)),
  };
}

const none = new Map<string, ExistingEmployee>();

function problemsOf(rows: CsvRow[], existing = none) {
  const result = validateEmployees(rows, existing);
  return result.ok ? [] : result.problems;
}

describe('validateEmployees: cells', () => {
  it('normalises a valid row', () => {
    const result = validateEmployees(
      [
        row(2, '19700314 199603 1 001', '', {
          email: 'Hendra@Example.go.id',
          telepon: '0811-1020-3040',
          unit: ' Deputi A / Biro B ',
          zona_waktu: 'wita',
          bahasa: 'EN',
          peran: 'Admin',
        }),
      ],
      none,
    );
    expect(result).toEqual({
      ok: true,
      records: [
        {
          row: 2,
          nip: DEPUTI,
          name: 'Pegawai 2',
          unitPath: 'Deputi A/Biro B',
          supervisorNip: null,
          email: 'hendra@example.go.id',
          phone: '6281110203040',
          position: 'Analis',
          timeZone: 'Asia/Makassar',
          locale: 'en',
          roles: ['pegawai', 'admin'],
        },
      ],
    });
  });

  it('uses the defaults for empty optional cells, and leaves absent columns undefined', () => {
    const result = validateEmployees(
      [
        row(2, DEPUTI, ''),
        row(3, BIRO, DEPUTI, {
          email: undefined,
          telepon: undefined,
          zona_waktu: undefined,
          peran: undefined,
        }),
      ],
      none,
    );
    expect(result.ok && result.records[0]).toMatchObject({
      email: null,
      phone: null,
      timeZone: 'Asia/Jakarta',
      locale: 'id',
      roles: ['pegawai'],
    });
    expect(result.ok && result.records[1]).toMatchObject({
      email: undefined,
      timeZone: undefined,
      roles: undefined,
    });
  });

  it.each([
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['+62 (0)812 3456 7890', '6281234567890'],
    ['62812.3456.7890', '6281234567890'],
    ['81234567890', '6281234567890'],
    ['(021) 345-6789', '62213456789'],
    ['+61 412 345 678', '61412345678'],
    ['0062 812 3456 7890', '6281234567890'],
  ])('normalises the phone %j to %s', (telepon, phone) => {
    const result = validateEmployees([row(2, DEPUTI, '', { telepon })], none);
    expect(result.ok && result.records[0]!.phone).toBe(phone);
  });

  it.each([
    ['zona_waktu', 'WITE', 'import-timezone-invalid'],
    ['zona_waktu', 'Jakarta', 'import-timezone-invalid'],
    ['zona_waktu', 'Asia/Atlantis', 'import-timezone-invalid'],
    ['bahasa', 'indonesia', 'import-locale-invalid'],
    ['peran', 'atasan', 'import-role-invalid'],
    ['nip', '1970031419960310', 'import-nip-format'],
    ['nip', '19700314199603100A', 'import-nip-format'],
    ['nip', '1,97003E+17', 'import-nip-excel-number'],
    ['nip', '', 'import-required'],
    ['nama', '', 'import-required'],
    ['unit', '', 'import-required'],
    ['unit', 'Deputi A//Bagian C', 'import-unit-invalid'],
    ['nip_atasan', '123', 'import-nip-format'],
    ['email', 'hendra@', 'import-email-invalid'],
    ['telepon', '0812-ABCD', 'import-phone-invalid'],
    ['telepon', '0812', 'import-phone-invalid'],
  ])('refuses %s = %j with %s', (column, value, key) => {
    expect(problemsOf([row(2, OTHER, '', { [column]: value })])).toEqual([
      { row: 2, column, key, args: { value } },
    ]);
  });

  it('reports every bad cell of every row', () => {
    const problems = problemsOf([
      row(2, '1', '', { zona_waktu: 'X' }),
      row(3, DEPUTI, ''),
      row(4, BIRO, '', { nama: '', peran: 'boss' }),
    ]);
    expect(problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [2, 'nip', 'import-nip-format'],
      [2, 'zona_waktu', 'import-timezone-invalid'],
      [4, 'nama', 'import-required'],
      [4, 'peran', 'import-role-invalid'],
    ]);
  });
});

describe('validateEmployees: across rows', () => {
  it('refuses a repeated NIP and names the first row', () => {
    expect(problemsOf([row(2, DEPUTI, ''), row(3, BIRO, DEPUTI), row(4, DEPUTI, '')])).toEqual([
      { row: 4, column: 'nip', key: 'import-duplicate-nip', args: { value: DEPUTI, firstRow: 2 } },
    ]);
  });

  it('accepts a supervisor from the file (even further down) or from the database', () => {
    const existing = new Map([[OTHER, { name: 'Lama', supervisorNip: null }]]);
    expect(problemsOf([row(2, STAF, BIRO), row(3, BIRO, OTHER)], existing)).toEqual([]);
  });

  it('refuses a supervisor that is neither in the file nor in the database', () => {
    expect(problemsOf([row(2, BIRO, OTHER)])).toEqual([
      { row: 2, column: 'nip_atasan', key: 'import-supervisor-unknown', args: { value: OTHER } },
    ]);
  });

  it('refuses self-supervision', () => {
    expect(problemsOf([row(2, DEPUTI, ''), row(3, BIRO, BIRO)])).toEqual([
      { row: 3, column: 'nip_atasan', key: 'import-supervisor-self', args: { value: BIRO } },
    ]);
  });

  it('refuses a cycle within the file, naming the people from its first row on', () => {
    const problems = problemsOf([
      row(2, OTHER, ''),
      row(3, DEPUTI, STAF, { nama: 'Hendra' }),
      row(4, BIRO, DEPUTI, { nama: 'Sri' }),
      row(5, STAF, BIRO, { nama: 'Fransiska' }),
    ]);
    expect(problems).toEqual([
      {
        row: 3,
        column: 'nip_atasan',
        key: 'import-supervisor-cycle',
        args: {
          people: `Hendra (${DEPUTI}) → Fransiska (${STAF}) → Sri (${BIRO}) → Hendra (${DEPUTI})`,
        },
      },
    ]);
  });

  it('refuses a cycle through stored employees, naming them from the database', () => {
    // Stored: Sri reports to Hendra. The file makes Hendra report to Sri.
    const existing = new Map([
      [DEPUTI, { name: 'Hendra', supervisorNip: null }],
      [BIRO, { name: 'Sri', supervisorNip: DEPUTI }],
    ]);
    expect(problemsOf([row(7, DEPUTI, BIRO, { nama: 'Hendra W.' })], existing)).toEqual([
      {
        row: 7,
        column: 'nip_atasan',
        key: 'import-supervisor-cycle',
        args: { people: `Hendra W. (${DEPUTI}) → Sri (${BIRO}) → Hendra W. (${DEPUTI})` },
      },
    ]);
  });

  it('lets the file break a stored cycle-to-be by changing the stored side', () => {
    // Stored: Sri reports to Hendra; the file moves both, so the merged organisation has no cycle.
    const existing = new Map([
      [DEPUTI, { name: 'Hendra', supervisorNip: null }],
      [BIRO, { name: 'Sri', supervisorNip: DEPUTI }],
    ]);
    expect(problemsOf([row(2, DEPUTI, BIRO), row(3, BIRO, '')], existing)).toEqual([]);
  });
});
