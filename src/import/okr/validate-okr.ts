/**
 * Pure validation of a key-result file against what is stored: every cell, duplicate codes, owners
 * that exist, a target that moves in the stated direction, and a cascade (kode_induk) without cycles.
 */
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

export type Direction = 'up' | 'down';
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
}

export interface ExistingOkr {
  employeeNips: ReadonlySet<string>;
  /** Every stored key result's code → its parent's code. */
  keyResultParents: ReadonlyMap<string, string | null>;
}

const cells = {
  kode: requiredCell(parseCode, 'import-code-invalid'),
  nip: requiredCell(parseNip, nipProblemKey),
  periode: requiredCell(remembered(parsePeriodCode), 'import-period-invalid'),
  sasaran: requiredCell(text, 'import-required'),
  hasil_kunci: requiredCell(text, 'import-required'),
  satuan: requiredCell(text, 'import-required'),
  awal: requiredCell(parseMeasure, measureProblemKey),
  target: requiredCell(parseMeasure, measureProblemKey),
  arah: requiredCell(oneOf<Direction>({ naik: 'up', turun: 'down' }), 'import-direction-invalid'),
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

/** A key result must move: up means a target above the baseline, down one below it. */
function directionProblem({ row, cells: raw, values: v }: Parsed): ImportProblem | undefined {
  if (v.awal === undefined || v.target === undefined || v.arah === undefined) return undefined;
  const args = { baseline: raw.awal ?? '', target: raw.target ?? '' };
  if (v.target === v.awal) return { row, column: 'target', key: 'import-target-equals-baseline', args };
  if (v.arah === 'up' && v.target < v.awal)
    return { row, column: 'target', key: 'import-target-below-baseline', args };
  if (v.arah === 'down' && v.target > v.awal) {
    return { row, column: 'target', key: 'import-target-above-baseline', args };
  }
  return undefined;
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
  };
}
