/**
 * Pure validation of a key-result file against what is stored: every cell, duplicate codes, owners
 * that exist, a target that does not lie against the stated direction (equal to the baseline is a
 * level to hold: "pertahankan 100%"), quarterly targets (quarter-targets.ts), and a cascade
 * (kode_induk) without cycles.
 */
import { type Accumulation, defaultAccumulation } from '../../core/capaian/period-target.js';
import { findCycles } from '../find-cycles.js';
import type { ImportProblem } from '../import-error.js';
import {
  measureProblemKey,
  nipProblemKey,
  oneOf,
  optionalCell,
  type ParsedCells,
  parseCode,
  parseMeasure,
  parseNip,
  parseRow,
  parseWeight,
  remembered,
  requiredCell,
  text,
} from '../parse-cells.js';
import { type PeriodSpec, parsePeriodCode } from '../periods.js';
import type { CsvRow } from '../read-csv.js';
import { firstRows, type ValidationResult } from '../validation-result.js';
import { QUARTER_COLUMNS, quarterTargetProblems } from './quarter-targets.js';

export const OKR_REQUIRED_COLUMNS = [
  'kode',
  'nip',
  'periode',
  'sasaran',
  'hasil_kunci',
  'satuan',
  'awal',
  'target',
  'arah',
] as const;

/** The names SKP spreadsheets use (alias → the name it stands for); a file may use either, not both. */
export const OKR_COLUMN_ALIASES = {
  rhk: 'sasaran',
  iki: 'hasil_kunci',
  nilai_awal: 'awal',
  polaritas: 'arah',
  rhk_atasan: 'kode_induk',
} as const;

export type Direction = 'up' | 'down';
export type ResultKind = 'main' | 'additional';
export type Aspect = 'quantity' | 'quality' | 'time' | 'cost';
export const DEFAULT_RESULT_KIND: ResultKind = 'main';
export type KeyResultKind = 'committed' | 'aspirational';
export const DEFAULT_KIND: KeyResultKind = 'committed';
export const DEFAULT_WEIGHT = 1;

export interface KeyResultRecord {
  row: number;
  code: string;
  ownerNip: string;
  period: PeriodSpec;
  objective: string;
  title: string;
  unitLabel: string;
  baseline: number;
  target: number;
  direction: Direction;
  /** The optional columns: undefined when the file has no such column (keep what is stored). */
  kind?: KeyResultKind;
  weight?: number;
  parentCode?: string | null;
  /** target_tw1 … target_tw4: null for an empty cell, undefined for an absent column. */
  quarterTargets: ReadonlyArray<number | null | undefined>;
  /** The file's akumulasi, an empty cell read as the unit's default (defaultAccumulation). */
  accumulation?: Accumulation;
  resultKind?: ResultKind;
  aspect?: Aspect | null;
}

export interface ExistingOkr {
  employeeNips: ReadonlySet<string>;
  /** Every stored key result's code → its parent's code. */
  keyResultParents: ReadonlyMap<string, string | null>;
  /** Stored accumulation by code, for quarterly targets checked in a file without `akumulasi`. */
  accumulations?: ReadonlyMap<string, Accumulation>;
}

const quarterTarget = optionalCell<number | null>(null, parseMeasure, measureProblemKey);

const cells = {
  kode: requiredCell(parseCode, 'import-code-invalid'),
  nip: requiredCell(parseNip, nipProblemKey),
  periode: requiredCell(remembered(parsePeriodCode), 'import-period-invalid'),
  sasaran: requiredCell(text, 'import-required'),
  hasil_kunci: requiredCell(text, 'import-required'),
  satuan: requiredCell(text, 'import-required'),
  awal: requiredCell(parseMeasure, measureProblemKey),
  target: requiredCell(parseMeasure, measureProblemKey),
  // `polaritas` (positif/negatif) is the SKP name of `arah`: both columns take both words.
  arah: requiredCell(
    oneOf<Direction>({ naik: 'up', turun: 'down', positif: 'up', negatif: 'down' }),
    'import-direction-invalid',
  ),
  jenis: optionalCell(
    DEFAULT_KIND,
    // The glossary's Indonesian words are accepted too; the stored value stays English.
    oneOf<KeyResultKind>({
      committed: 'committed',
      aspirational: 'aspirational',
      berkomitmen: 'committed',
      aspiratif: 'aspirational',
    }),
    'import-kind-invalid',
  ),
  bobot: optionalCell(DEFAULT_WEIGHT, parseWeight, (raw) =>
    parseMeasure(raw) === undefined ? measureProblemKey(raw) : 'import-weight-invalid',
  ),
  kode_induk: optionalCell<string | null>(null, parseCode, 'import-code-invalid'),
  target_tw1: quarterTarget,
  target_tw2: quarterTarget,
  target_tw3: quarterTarget,
  target_tw4: quarterTarget,
  // Empty: the unit's default, which needs `satuan`, so it is resolved in toRecord.
  akumulasi: optionalCell<Accumulation | null>(
    null,
    oneOf<Accumulation>({ kumulatif: 'cumulative', terakhir: 'latest', 'rata-rata': 'average' }),
    'import-accumulation-invalid',
  ),
  jenis_rhk: optionalCell(
    DEFAULT_RESULT_KIND,
    oneOf<ResultKind>({ utama: 'main', tambahan: 'additional' }),
    'import-result-kind-invalid',
  ),
  aspek: optionalCell<Aspect | null>(
    null,
    oneOf<Aspect>({ kuantitas: 'quantity', kualitas: 'quality', waktu: 'time', biaya: 'cost' }),
    'import-aspect-invalid',
  ),
};

type Parsed = { row: number; cells: CsvRow['cells']; values: Partial<ParsedCells<typeof cells>> };

export function validateOkr(
  rows: readonly CsvRow[],
  existing: ExistingOkr,
): ValidationResult<KeyResultRecord> {
  const problems: ImportProblem[] = [];
  const parsed: Parsed[] = rows.map((row) => {
    const result = parseRow(row, cells);
    problems.push(...result.problems);
    return { row: row.row, cells: row.cells, values: result.values };
  });

  const { first, duplicates } = firstRows(
    parsed,
    (p) => p.values.kode,
    (p) => p.row,
  );
  for (const { item, key, firstRow } of duplicates) {
    problems.push({
      row: item.row,
      column: 'kode',
      key: 'import-duplicate-code',
      args: { value: key, firstRow },
    });
  }

  for (const p of parsed) {
    const { nip, kode, kode_induk: parent } = p.values;
    if (nip && !existing.employeeNips.has(nip)) {
      problems.push({ row: p.row, column: 'nip', key: 'import-owner-unknown', args: { value: nip } });
    }
    const direction = directionProblem(p);
    if (direction) problems.push(direction);
    else problems.push(...quarterProblems(p, existing));
    if (parent && parent === kode) {
      problems.push({ row: p.row, column: 'kode_induk', key: 'import-parent-self', args: { value: parent } });
    } else if (parent && !first.has(parent) && !existing.keyResultParents.has(parent)) {
      problems.push({
        row: p.row,
        column: 'kode_induk',
        key: 'import-parent-unknown',
        args: { value: parent },
      });
    }
  }
  const firstParsed = parsed.filter((p) => p.values.kode !== undefined && first.get(p.values.kode) === p.row);
  problems.push(...cascadeCycles(firstParsed, existing));

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, records: parsed.map(toRecord) };
}

/** Up means a target at or above the baseline, down one at or below it (equal: a level to hold). */
function directionProblem({ row, cells: raw, values: v }: Parsed): ImportProblem | undefined {
  if (v.awal === undefined || v.target === undefined || v.arah === undefined) return undefined;
  const args = { baseline: raw.awal ?? '', target: raw.target ?? '' };
  if (v.arah === 'up' && v.target < v.awal)
    return { row, column: 'target', key: 'import-target-below-baseline', args };
  if (v.arah === 'down' && v.target > v.awal) {
    return { row, column: 'target', key: 'import-target-above-baseline', args };
  }
  return undefined;
}

/** Quarterly targets, once the year's target is known to lie the right way. */
function quarterProblems(p: Parsed, existing: ExistingOkr): ImportProblem[] {
  const v = p.values;
  const quarters = QUARTER_COLUMNS.map((column) => v[column]);
  if (quarters.every((q) => q == null)) return [];
  if (v.awal === undefined || v.target === undefined || v.arah === undefined || v.periode === undefined) {
    return [];
  }
  return quarterTargetProblems({
    row: p.row,
    yearly: v.periode.quarter === null,
    baseline: v.awal,
    target: v.target,
    direction: v.arah,
    accumulation:
      accumulationOf(v) ?? existingAccumulation(v.kode, existing) ?? defaultAccumulation(v.satuan ?? ''),
    quarters,
    raw: p.cells,
  });
}

const existingAccumulation = (code: string | undefined, existing: ExistingOkr) =>
  code === undefined ? undefined : existing.accumulations?.get(code);

/** The file's akumulasi: an empty cell means the unit's default; undefined when there is no column. */
function accumulationOf(v: Parsed['values']): Accumulation | undefined {
  if (v.akumulasi === undefined) return undefined;
  return v.akumulasi ?? defaultAccumulation(v.satuan ?? '');
}

/** Without target_tw columns every record shares one array: 400,000 of them cost memory and GC time. */
const NO_QUARTER_COLUMNS: ReadonlyArray<undefined> = Object.freeze([
  undefined,
  undefined,
  undefined,
  undefined,
]);

function quarterTargetsOf(v: Parsed['values']): ReadonlyArray<number | null | undefined> {
  const quarters = QUARTER_COLUMNS.map((column) => v[column]);
  return quarters.every((q) => q === undefined) ? NO_QUARTER_COLUMNS : quarters;
}

/** Cycles in the cascade as it would be after the import; self-parents are reported per row instead. */
function cascadeCycles(parsed: Parsed[], existing: ExistingOkr): ImportProblem[] {
  const graph = new Map(existing.keyResultParents);
  const rowOf = new Map<string, number>();
  for (const p of parsed) {
    // Without a kode_induk column the stored parent stays, so the stored edge is the one to follow.
    if (p.values.kode_induk !== undefined) graph.set(p.values.kode!, p.values.kode_induk);
    else if (!graph.has(p.values.kode!)) graph.set(p.values.kode!, null);
    rowOf.set(p.values.kode!, p.row);
  }
  const problems: ImportProblem[] = [];
  for (const cycle of findCycles(graph)) {
    const rows = cycle.flatMap((code) => rowOf.get(code) ?? []);
    if (cycle.length === 1 || rows.length === 0) continue;
    const row = Math.min(...rows);
    const start = cycle.findIndex((code) => rowOf.get(code) === row);
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
    problems.push({
      row,
      column: 'kode_induk',
      key: 'import-parent-cycle',
      args: { codes: [...ordered, ordered[0]!].join(' → ') },
    });
  }
  return problems;
}

function toRecord({ row, values: v }: Parsed): KeyResultRecord {
  return {
    row,
    code: v.kode!,
    ownerNip: v.nip!,
    period: v.periode!,
    objective: v.sasaran!,
    title: v.hasil_kunci!,
    unitLabel: v.satuan!,
    baseline: v.awal!,
    target: v.target!,
    direction: v.arah!,
    kind: v.jenis,
    weight: v.bobot,
    parentCode: v.kode_induk,
    quarterTargets: quarterTargetsOf(v),
    accumulation: accumulationOf(v),
    resultKind: v.jenis_rhk,
    aspect: v.aspek,
  };
}
