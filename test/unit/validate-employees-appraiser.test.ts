/** The SKP columns of the employee file: nip_penilai (Pejabat Penilai Kinerja) and sapaan. */
import { describe, expect, it } from 'vitest';
import { type ExistingEmployee, validateEmployees } from '../../src/import/employees/validate-employees.js';
import type { CsvRow } from '../../src/import/read-csv.js';

const KABAG = '198101172005011004';
const KETUA_TIM = '199002142015032001';
const STAF = '199107082015031002';
const OTHER = '199912312020121999';

function row(
  n: number,
  nip: string,
  atasan: string,
  penilai: string | undefined,
  cells: Record<string, string | undefined> = {},
): CsvRow {
  const all: Record<string, string | undefined> = {
    nip,
    nama: `Pegawai ${n}`,
    unit: 'Biro A/Bagian B',
    nip_atasan: atasan,
    nip_penilai: penilai,
    sapaan: '',
    ...cells,
  };
  return {
    row: n,
    cells: Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined)),
  };
}

const none = new Map<string, ExistingEmployee>();

function validate(rows: CsvRow[], existing = none) {
  return validateEmployees(rows, existing);
}
function problemsOf(rows: CsvRow[], existing = none) {
  const result = validate(rows, existing);
  return result.ok ? [] : result.problems;
}

/** Kepala Bagian → ketua tim → staff, the staff appraised by the Kepala Bagian. */
const team = [row(2, KABAG, '', ''), row(3, KETUA_TIM, KABAG, ''), row(4, STAF, KETUA_TIM, KABAG)];

describe('validateEmployees: nip_penilai', () => {
  it('reads an appraiser beside the supervisor; empty is null (the atasan appraises); absent is undefined', () => {
    const result = validate(team);
    expect(result.ok && result.records.map((r) => [r.supervisorNip, r.appraiserNip])).toEqual([
      [null, null],
      [KABAG, null],
      [KETUA_TIM, KABAG],
    ]);
    const absent = validate([row(2, KABAG, '', undefined)]);
    expect(absent.ok && absent.records[0]!.appraiserNip).toBeUndefined();
  });

  it('accepts an appraiser further down the file or only in the database', () => {
    expect(
      problemsOf([row(2, STAF, KETUA_TIM, KABAG), row(3, KETUA_TIM, KABAG, ''), row(4, KABAG, '', '')]),
    ).toEqual([]);
    const stored = new Map([[OTHER, { name: 'Lama', supervisorNip: null }]]);
    expect(problemsOf([row(2, STAF, '', OTHER)], stored)).toEqual([]);
  });

  it('refuses an appraiser that is neither in the file nor in the database', () => {
    expect(problemsOf([row(2, STAF, '', OTHER)])).toEqual([
      { row: 2, column: 'nip_penilai', key: 'import-appraiser-unknown', args: { value: OTHER } },
    ]);
  });

  it('refuses a person appraising themself', () => {
    expect(problemsOf([row(2, KABAG, '', KABAG)])).toEqual([
      { row: 2, column: 'nip_penilai', key: 'import-appraiser-self', args: { value: KABAG } },
    ]);
  });

  it('refuses a malformed appraiser NIP', () => {
    expect(problemsOf([row(2, KABAG, '', '123')])).toEqual([
      { row: 2, column: 'nip_penilai', key: 'import-nip-format', args: { value: '123' } },
    ]);
  });

  it('refuses an appraisal cycle through an atasan who appraises by default', () => {
    // The ketua tim is appraised by the staff member, whose atasan (and so appraiser) is the ketua tim.
    const problems = problemsOf([
      row(2, KETUA_TIM, '', STAF, { nama: 'Fransiska' }),
      row(3, STAF, KETUA_TIM, '', { nama: 'Fadli' }),
    ]);
    expect(problems).toEqual([
      {
        row: 2,
        column: 'nip_penilai',
        key: 'import-appraiser-cycle',
        args: { people: `Fransiska (${KETUA_TIM}) → Fadli (${STAF}) → Fransiska (${KETUA_TIM})` },
      },
    ]);
  });

  it('refuses an appraisal cycle through a stored appraiser', () => {
    const stored = new Map<string, ExistingEmployee>([
      [KABAG, { name: 'Andi', supervisorNip: null, appraiserNip: null }],
      [STAF, { name: 'Fadli', supervisorNip: null, appraiserNip: KABAG }],
    ]);
    expect(problemsOf([row(5, KABAG, '', STAF, { nama: 'Andi' })], stored)).toMatchObject([
      { row: 5, column: 'nip_penilai', key: 'import-appraiser-cycle' },
    ]);
    // Without a nip_penilai column: Andi, appraised by his new atasan Fadli, appraises Fadli (stored).
    expect(problemsOf([row(5, KABAG, STAF, undefined, { nama: 'Andi' })], stored)).toMatchObject([
      { row: 5, column: 'nip_atasan', key: 'import-appraiser-cycle' },
    ]);
  });

  it('does not report a cycle of atasan twice', () => {
    expect(problemsOf([row(2, KABAG, STAF, ''), row(3, STAF, KABAG, '')]).map((p) => p.key)).toEqual([
      'import-supervisor-cycle',
    ]);
  });
});

describe('validateEmployees: sapaan', () => {
  it.each([
    ['Bapak', 'Bapak'],
    ['bapak', 'Bapak'],
    ['IBU', 'Ibu'],
    ['', null],
  ])('reads %j as %j', (sapaan, salutation) => {
    const result = validate([row(2, KABAG, '', '', { sapaan })]);
    expect(result.ok && result.records[0]!.salutation).toBe(salutation);
  });

  it.each(['Pak', 'Bu', 'Sdr.', 'Bapak/Ibu'])('refuses %j with a hint', (sapaan) => {
    expect(problemsOf([row(2, KABAG, '', '', { sapaan })])).toEqual([
      { row: 2, column: 'sapaan', key: 'import-salutation-invalid', args: { value: sapaan } },
    ]);
  });
});
