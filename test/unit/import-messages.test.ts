/** Every problem the SKP columns can raise reads as a full sentence in both languages. */
import { describe, expect, it } from 'vitest';
import { Translator } from '../../src/i18n/translator.js';
import { validateEmployees } from '../../src/import/employees/validate-employees.js';
import { describeProblem, type ImportProblem } from '../../src/import/import-error.js';
import { validateOkr } from '../../src/import/okr/validate-okr.js';
import { type CsvRow, readCsv } from '../../src/import/read-csv.js';

const OWNER = '197003141996031001';
const OTHER = '199107082015031002';
const translator = new Translator();

const okrRow = (n: number, cells: Record<string, string>): CsvRow => ({
  row: n,
  cells: {
    kode: `K-${n}`,
    nip: OWNER,
    periode: '2026',
    sasaran: 'RHK',
    hasil_kunci: 'Indikator',
    satuan: 'aplikasi',
    awal: '20',
    target: '50',
    arah: 'naik',
    ...cells,
  },
});

function okrProblems(): ImportProblem[] {
  const result = validateOkr(
    [
      okrRow(2, { target_tw2: '10' }),
      okrRow(3, { arah: 'turun', awal: '21', target: '10', target_tw1: '22' }),
      okrRow(4, { target_tw3: '55' }),
      okrRow(5, { arah: 'turun', awal: '21', target: '10', target_tw1: '12', target_tw2: '15' }),
      okrRow(6, { periode: '2026-Q4', target_tw4: '50' }),
      okrRow(7, { akumulasi: 'jumlah', jenis_rhk: 'pokok', aspek: 'mutu', arah: 'maju' }),
    ],
    { employeeNips: new Set([OWNER]), keyResultParents: new Map() },
  );
  return result.ok ? [] : result.problems;
}

function employeeProblems(): ImportProblem[] {
  const row = (n: number, nip: string, atasan: string, penilai: string, sapaan = ''): CsvRow => ({
    row: n,
    cells: { nip, nama: `Pegawai ${n}`, unit: 'Biro A', nip_atasan: atasan, nip_penilai: penilai, sapaan },
  });
  const result = validateEmployees(
    [
      row(2, OWNER, '', OWNER, 'Pak'),
      row(3, OTHER, '', '199912312020121999'),
      row(4, '198101172005011004', '', '199002142015032001'),
      row(5, '199002142015032001', '198101172005011004', ''),
    ],
    new Map(),
  );
  return result.ok ? [] : result.problems;
}

describe('import messages of the SKP columns', () => {
  const problems = [...okrProblems(), ...employeeProblems()];
  const clash = readCsv('rhk,sasaran\na,b\n', [], { rhk: 'sasaran' });
  if (!clash.ok) problems.push(...clash.problems);

  it('covers every new problem', () => {
    expect(new Set(problems.map((p) => p.key))).toEqual(
      new Set([
        'import-quarter-target-wrong-way',
        'import-quarter-target-beyond-year',
        'import-quarter-target-falls-back',
        'import-quarter-target-not-yearly',
        'import-accumulation-invalid',
        'import-result-kind-invalid',
        'import-aspect-invalid',
        'import-direction-invalid',
        'import-salutation-invalid',
        'import-appraiser-self',
        'import-appraiser-unknown',
        'import-appraiser-cycle',
        'import-alias-clash',
      ]),
    );
  });

  it.each(['id', 'en'] as const)('formats each in %s with every variable filled', (locale) => {
    for (const problem of problems) {
      const text = describeProblem(problem, translator.forLocale(locale));
      expect(text, problem.key).not.toMatch(/[{}]|undefined/);
    }
  });

  it('says which way a quarterly target lies, in SKP words', () => {
    const [wrongWay, turun] = problems.filter((p) => p.key === 'import-quarter-target-wrong-way');
    expect(describeProblem(wrongWay!, translator.forLocale('id'))).toBe(
      'Baris 2, kolom target_tw2: Target triwulan 2 (10) berlawanan arah dengan target tahunan: indikator ini naik, ' +
        'jadi target triwulan tidak boleh lebih kecil daripada nilai awal (20).',
    );
    expect(describeProblem(turun!, translator.forLocale('en'))).toBe(
      'Row 3, column target_tw1: The quarter 1 target (22) lies the opposite way from the yearly target: this ' +
        'indicator goes down, so a quarterly target must not be above the baseline (21).',
    );
  });
});
