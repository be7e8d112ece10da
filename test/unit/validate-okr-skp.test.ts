/** The SKP columns of the key-result file: quarterly targets, akumulasi, jenis_rhk, aspek, polaritas. */
import { describe, expect, it } from 'vitest';
import { type ExistingOkr, validateOkr } from '../../src/import/okr/validate-okr.js';
import type { CsvRow } from '../../src/import/read-csv.js';

const OWNER = '197003141996031001';

/** A valid yearly row (naik from 20 to 50 aplikasi); `cells` overrides or (with undefined) drops columns. */
function row(cells: Record<string, string | undefined> = {}, n = 2, kode = 'A'): CsvRow {
  const all: Record<string, string | undefined> = {
    kode,
    nip: OWNER,
    periode: '2026',
    sasaran: 'Meningkatnya layanan digital',
    hasil_kunci: 'Aplikasi yang terintegrasi',
    satuan: 'aplikasi',
    awal: '20',
    target: '50',
    arah: 'naik',
    target_tw1: '',
    target_tw2: '',
    target_tw3: '',
    target_tw4: '',
    akumulasi: '',
    jenis_rhk: '',
    aspek: '',
    ...cells,
  };
  return {
    row: n,
    cells: Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined)),
  };
}

const none: ExistingOkr = { employeeNips: new Set([OWNER]), keyResultParents: new Map() };

function problemsOf(rows: CsvRow[], existing = none) {
  const result = validateOkr(rows, existing);
  return result.ok ? [] : result.problems;
}

function recordOf(cells: Record<string, string | undefined>) {
  const result = validateOkr([row(cells)], none);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.records[0]!;
}

describe('validateOkr: quarterly targets', () => {
  it('reads target_tw1 … target_tw4, an empty cell as null, an absent column as undefined', () => {
    expect(
      recordOf({ target_tw1: '27,5', target_tw2: '35', target_tw3: '', target_tw4: '50' }),
    ).toMatchObject({
      quarterTargets: [27.5, 35, null, 50],
    });
    expect(recordOf({ target_tw3: undefined, target_tw4: undefined }).quarterTargets).toEqual([
      null,
      null,
      undefined,
      undefined,
    ]);
  });

  it('refuses a quarterly target that lies the wrong way from the baseline (naik, 20 → 50, TW II 10)', () => {
    expect(problemsOf([row({ target_tw1: '25', target_tw2: '10' })])).toEqual([
      {
        row: 2,
        column: 'target_tw2',
        key: 'import-quarter-target-wrong-way',
        args: { quarter: 2, value: '10', baseline: '20', target: '50', direction: 'up' },
      },
    ]);
  });

  it('refuses a quarterly target above the baseline of a turun indicator', () => {
    const turun = { arah: 'turun', satuan: 'hari', awal: '21', target: '10', akumulasi: 'terakhir' };
    expect(problemsOf([row({ ...turun, target_tw1: '22' })])).toMatchObject([
      { column: 'target_tw1', key: 'import-quarter-target-wrong-way', args: { direction: 'down' } },
    ]);
    expect(
      problemsOf([row({ ...turun, target_tw1: '18', target_tw2: '15', target_tw3: '12', target_tw4: '10' })]),
    ).toEqual([]);
  });

  it('accepts a quarterly target equal to the baseline (nothing expected by TW I)', () => {
    expect(problemsOf([row({ target_tw1: '20', target_tw2: '30', target_tw4: '50' })])).toEqual([]);
  });

  it.each([
    ['kumulatif', 'aplikasi'],
    ['terakhir', '%'],
    ['', 'aplikasi'], // default by unit: cumulative
  ])('with akumulasi %j refuses a quarter beyond the year and one that falls back', (akumulasi, satuan) => {
    expect(problemsOf([row({ akumulasi, satuan, target_tw3: '55' })])).toMatchObject([
      {
        column: 'target_tw3',
        key: 'import-quarter-target-beyond-year',
        args: { quarter: 3, value: '55', target: '50' },
      },
    ]);
    expect(problemsOf([row({ akumulasi, satuan, target_tw1: '30', target_tw2: '25' })])).toEqual([
      {
        row: 2,
        column: 'target_tw2',
        key: 'import-quarter-target-falls-back',
        args: {
          quarter: 2,
          value: '25',
          baseline: '20',
          target: '50',
          direction: 'up',
          previous: 1,
          previousValue: '30',
        },
      },
    ]);
  });

  it('compares a quarter with the last filled one before it, across a gap', () => {
    expect(problemsOf([row({ target_tw1: '30', target_tw3: '28' })])).toMatchObject([
      { column: 'target_tw3', key: 'import-quarter-target-falls-back', args: { previous: 1 } },
    ]);
  });

  it('a turun indicator falls back when a quarter is higher than the one before', () => {
    const turun = { arah: 'turun', awal: '21', target: '10', akumulasi: 'terakhir' };
    expect(problemsOf([row({ ...turun, target_tw1: '15', target_tw2: '17' })])).toMatchObject([
      { column: 'target_tw2', key: 'import-quarter-target-falls-back', args: { direction: 'down' } },
    ]);
    expect(problemsOf([row({ ...turun, target_tw1: '9' })])).toMatchObject([
      { column: 'target_tw1', key: 'import-quarter-target-beyond-year' },
    ]);
  });

  it('with rata-rata each quarter stands alone: beyond the year or below the previous is accepted', () => {
    expect(problemsOf([row({ akumulasi: 'rata-rata', target_tw1: '55', target_tw2: '40' })])).toEqual([]);
    expect(problemsOf([row({ akumulasi: 'rata-rata', target_tw1: '19' })])).toMatchObject([
      { key: 'import-quarter-target-wrong-way' },
    ]);
  });

  it('uses the stored accumulation when the file has no akumulasi column', () => {
    const stored: ExistingOkr = { ...none, accumulations: new Map([['A', 'average']]) };
    expect(problemsOf([row({ akumulasi: undefined, target_tw1: '55' })], stored)).toEqual([]);
    expect(problemsOf([row({ akumulasi: undefined, target_tw1: '55' })])).toMatchObject([
      { key: 'import-quarter-target-beyond-year' },
    ]);
  });

  it('refuses quarterly targets on a quarter-period indicator', () => {
    expect(problemsOf([row({ periode: '2026-Q4', target_tw4: '50' })])).toEqual([
      { row: 2, column: 'target_tw4', key: 'import-quarter-target-not-yearly', args: { quarter: 4 } },
    ]);
  });

  it('a flat target (pertahankan 100%) takes quarterly targets at the same level only', () => {
    const flat = { satuan: '%', awal: '100', target: '100' };
    expect(problemsOf([row({ ...flat, target_tw1: '100', target_tw4: '100' })])).toEqual([]);
    expect(problemsOf([row({ ...flat, target_tw2: '95' })])).toMatchObject([
      { key: 'import-quarter-target-wrong-way' },
    ]);
  });

  it('shares one array among records without quarterly columns, and still requires a required cell', () => {
    const absent = {
      target_tw1: undefined,
      target_tw2: undefined,
      target_tw3: undefined,
      target_tw4: undefined,
    };
    const result = validateOkr([row(absent, 2, 'A'), row(absent, 3, 'B')], none);
    expect(result.ok && result.records[0]!.quarterTargets).toBe(
      result.ok && result.records[1]!.quarterTargets,
    );
    // parseRow skips absent optional columns only: a required one without a cell is still a problem.
    expect(problemsOf([row({ satuan: undefined })])).toEqual([
      { row: 2, column: 'satuan', key: 'import-required', args: { value: '' } },
    ]);
  });

  it('refuses a quarterly target that is not a number', () => {
    expect(problemsOf([row({ target_tw2: 'separuh' })])).toEqual([
      { row: 2, column: 'target_tw2', key: 'import-number-invalid', args: { value: 'separuh' } },
    ]);
  });
});

describe('validateOkr: akumulasi, jenis_rhk, aspek, polaritas', () => {
  it.each([
    ['kumulatif', '%', 'cumulative'],
    ['Terakhir', 'dokumen', 'latest'],
    ['RATA-RATA', 'hari', 'average'],
    ['', 'dokumen', 'cumulative'],
    ['', '%', 'latest'],
    ['', 'indeks', 'latest'],
  ])('akumulasi %j with satuan %j is %s', (akumulasi, satuan, accumulation) => {
    expect(recordOf({ akumulasi, satuan }).accumulation).toBe(accumulation);
  });

  it('leaves accumulation, jenis and aspek undefined without their columns', () => {
    expect(recordOf({ akumulasi: undefined, jenis_rhk: undefined, aspek: undefined })).toMatchObject({
      accumulation: undefined,
      resultKind: undefined,
      aspect: undefined,
    });
  });

  it.each([
    ['jenis_rhk', '', 'resultKind', 'main'],
    ['jenis_rhk', 'Utama', 'resultKind', 'main'],
    ['jenis_rhk', 'tambahan', 'resultKind', 'additional'],
    ['aspek', '', 'aspect', null],
    ['aspek', 'kuantitas', 'aspect', 'quantity'],
    ['aspek', 'Kualitas', 'aspect', 'quality'],
    ['aspek', 'waktu', 'aspect', 'time'],
    ['aspek', 'BIAYA', 'aspect', 'cost'],
    ['arah', 'positif', 'direction', 'up'],
    ['arah', 'Negatif', 'direction', 'down'],
  ])('%s = %j reads as %s %j', (column, value, field, expected) => {
    const cells = column === 'arah' && value.toLowerCase() === 'negatif' ? { target: '10' } : {};
    expect(recordOf({ [column]: value, ...cells })).toMatchObject({ [field]: expected });
  });

  it.each([
    ['akumulasi', 'jumlah', 'import-accumulation-invalid'],
    ['jenis_rhk', 'pokok', 'import-result-kind-invalid'],
    ['aspek', 'mutu', 'import-aspect-invalid'],
    ['arah', 'netral', 'import-direction-invalid'],
  ])('refuses %s = %j with %s', (column, value, key) => {
    expect(problemsOf([row({ [column]: value })])).toEqual([{ row: 2, column, key, args: { value } }]);
  });
});
