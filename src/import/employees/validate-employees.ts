/**
 * Pure validation of an employee file against the employees already stored: every cell, duplicate
 * NIPs, supervisors and appraisers that exist, and no supervision or appraisal cycles in the
 * organisation the import would produce.
 */
import { resolveTimeZone } from '../../core/time/time-zone.js';
import type { Locale } from '../../i18n/translator.js';
import { findCycles } from '../find-cycles.js';
import type { ImportProblem } from '../import-error.js';
import {
  nipProblemKey,
  oneOf,
  optionalCell,
  type ParsedCells,
  parseEmail,
  parseNip,
  parsePhone,
  parseRow,
  parseUnitPath,
  remembered,
  requiredCell,
  text,
} from '../parse-cells.js';
import type { CsvRow } from '../read-csv.js';
import { firstRows, type ValidationResult } from '../validation-result.js';

/** nip_atasan must be a column (empty for the top) so a forgotten column is not read as "no supervisor". */
export const EMPLOYEE_REQUIRED_COLUMNS = ['nip', 'nama', 'unit', 'nip_atasan'] as const;

/** The names SKP spreadsheets use (alias → the name it stands for); a file may use either, not both. */
export const EMPLOYEE_COLUMN_ALIASES = { unor: 'unit', kepala: 'kepala_unit' } as const;

export type Salutation = 'Bapak' | 'Ibu';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';
export const DEFAULT_LOCALE: Locale = 'id';
export type ImportRole = 'pegawai' | 'admin';
export const DEFAULT_ROLES: ImportRole[] = ['pegawai'];

export interface EmployeeRecord {
  row: number;
  nip: string;
  name: string;
  unitPath: string;
  supervisorNip: string | null;
  /** The optional columns: undefined when the file has no such column (keep what is stored). */
  /** Pejabat Penilai Kinerja; null: the supervisor appraises. */
  appraiserNip?: string | null;
  salutation?: Salutation | null;
  email?: string | null;
  phone?: string | null;
  position?: string | null;
  timeZone?: string;
  locale?: Locale;
  roles?: ImportRole[];
  /** kepala_unit: heads the unit of `unitPath`; undefined when the file has no such column. */
  unitHead?: boolean;
}

export interface ExistingEmployee {
  name: string;
  supervisorNip: string | null;
  /** Explicit appraiser; null when the supervisor appraises. */
  appraiserNip?: string | null;
}

const cells = {
  nip: requiredCell(parseNip, nipProblemKey),
  nama: requiredCell(text, 'import-required'),
  email: optionalCell(null, parseEmail, 'import-email-invalid'),
  telepon: optionalCell(null, parsePhone, 'import-phone-invalid'),
  jabatan: optionalCell(null, text, 'import-required'), // free text: never invalid
  unit: requiredCell(parseUnitPath, 'import-unit-invalid'),
  nip_atasan: optionalCell(null, parseNip, nipProblemKey),
  nip_penilai: optionalCell(null, parseNip, nipProblemKey),
  sapaan: optionalCell<Salutation | null>(
    null,
    oneOf<Salutation>({ bapak: 'Bapak', ibu: 'Ibu' }),
    'import-salutation-invalid',
  ),
  zona_waktu: optionalCell(DEFAULT_TIME_ZONE, remembered(resolveTimeZone), 'import-timezone-invalid'),
  bahasa: optionalCell(DEFAULT_LOCALE, oneOf<Locale>({ id: 'id', en: 'en' }), 'import-locale-invalid'),
  peran: optionalCell(
    DEFAULT_ROLES,
    oneOf<ImportRole[]>({ pegawai: ['pegawai'], admin: ['pegawai', 'admin'] }),
    'import-role-invalid',
  ),
  kepala_unit: optionalCell(
    false,
    oneOf<boolean>({ ya: true, tidak: false, yes: true, no: false, '1': true, '0': false }),
    'import-unit-head-invalid',
  ),
};

type Parsed = { row: number; hasUnitCell: boolean; values: Partial<ParsedCells<typeof cells>> };

export function validateEmployees(
  rows: readonly CsvRow[],
  existing: ReadonlyMap<string, ExistingEmployee>,
): ValidationResult<EmployeeRecord> {
  const problems: ImportProblem[] = [];
  const parsed: Parsed[] = rows.map((row) => {
    const result = parseRow(row, cells);
    problems.push(...result.problems);
    return { row: row.row, hasUnitCell: Boolean(row.cells.unit), values: result.values };
  });

  const { first, duplicates } = firstRows(
    parsed,
    (p) => p.values.nip,
    (p) => p.row,
  );
  for (const { item, key, firstRow } of duplicates) {
    problems.push({
      row: item.row,
      column: 'nip',
      key: 'import-duplicate-nip',
      args: { value: key, firstRow },
    });
  }
  const firstParsed = parsed.filter((p) => p.values.nip !== undefined && first.get(p.values.nip) === p.row);

  for (const p of firstParsed) {
    const supervisor = p.values.nip_atasan;
    if (supervisor && supervisor !== p.values.nip && !first.has(supervisor) && !existing.has(supervisor)) {
      problems.push({
        row: p.row,
        column: 'nip_atasan',
        key: 'import-supervisor-unknown',
        args: { value: supervisor },
      });
    }
  }
  for (const p of firstParsed) {
    const appraiser = p.values.nip_penilai;
    if (appraiser && appraiser === p.values.nip) {
      problems.push({
        row: p.row,
        column: 'nip_penilai',
        key: 'import-appraiser-self',
        args: { value: appraiser },
      });
    } else if (appraiser && !first.has(appraiser) && !existing.has(appraiser)) {
      problems.push({
        row: p.row,
        column: 'nip_penilai',
        key: 'import-appraiser-unknown',
        args: { value: appraiser },
      });
    }
  }
  problems.push(...unitHeadProblems(firstParsed));
  problems.push(...supervisionCycles(firstParsed, existing));
  problems.push(...appraisalCycles(firstParsed, existing));

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, records: parsed.map(toRecord) };
}

/**
 * kepala_unit: at most one head per unit in the file, and a head needs a unit. A unit path that
 * did not parse is already reported on its own cell.
 */
function unitHeadProblems(parsed: Parsed[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const headRow = new Map<string, number>();
  for (const p of parsed) {
    if (p.values.kepala_unit !== true) continue;
    const unit = p.values.unit;
    if (unit === undefined) {
      if (!p.hasUnitCell)
        problems.push({ row: p.row, column: 'kepala_unit', key: 'import-unit-head-no-unit' });
      continue;
    }
    const firstRow = headRow.get(unit);
    if (firstRow === undefined) headRow.set(unit, p.row);
    else {
      problems.push({
        row: p.row,
        column: 'kepala_unit',
        key: 'import-unit-head-twice',
        args: { unit, firstRow, row: p.row },
      });
    }
  }
  return problems;
}

/** Cycles in the organisation as it would be after the import: the stored one with the file laid over it. */
function supervisionCycles(
  parsed: Parsed[],
  existing: ReadonlyMap<string, ExistingEmployee>,
): ImportProblem[] {
  const graph = new Map<string, string | null>();
  for (const [nip, employee] of existing) graph.set(nip, employee.supervisorNip);
  const fromFile = new Map<string, Parsed>();
  for (const p of parsed) {
    graph.set(p.values.nip!, p.values.nip_atasan ?? null);
    fromFile.set(p.values.nip!, p);
  }
  const label = (nip: string) =>
    `${fromFile.get(nip)?.values.nama ?? existing.get(nip)?.name ?? '?'} (${nip})`;

  const problems: ImportProblem[] = [];
  for (const cycle of findCycles(graph)) {
    const inFile = cycle.filter((nip) => fromFile.has(nip));
    // A cycle only among stored employees is not this file's doing; the file cannot fix it either.
    if (inFile.length === 0) continue;
    const row = Math.min(...inFile.map((nip) => fromFile.get(nip)!.row));
    const start = cycle.findIndex((nip) => fromFile.get(nip)?.row === row);
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
    if (ordered.length === 1) {
      problems.push({
        row,
        column: 'nip_atasan',
        key: 'import-supervisor-self',
        args: { value: ordered[0]! },
      });
    } else {
      const people = [...ordered, ordered[0]!].map(label).join(' → ');
      problems.push({ row, column: 'nip_atasan', key: 'import-supervisor-cycle', args: { people } });
    }
  }
  return problems;
}

/**
 * Cycles of appraisal as it would be after the import: each person points to who appraises them,
 * the penilai or else the atasan (A appraised by B while B's atasan, who appraises B, is A). Cycles
 * of atasan only are supervisionCycles' to report; a self-appraiser is reported per row.
 */
function appraisalCycles(parsed: Parsed[], existing: ReadonlyMap<string, ExistingEmployee>): ImportProblem[] {
  const supervisor = new Map<string, string | null>();
  const appraiser = new Map<string, string | null>();
  for (const [nip, employee] of existing) {
    supervisor.set(nip, employee.supervisorNip);
    appraiser.set(nip, employee.appraiserNip ?? null);
  }
  const fromFile = new Map<string, Parsed>();
  for (const p of parsed) {
    const nip = p.values.nip!;
    supervisor.set(nip, p.values.nip_atasan ?? null);
    // Without a nip_penilai column the stored appraiser stays.
    if (p.values.nip_penilai !== undefined) appraiser.set(nip, p.values.nip_penilai);
    else if (!appraiser.has(nip)) appraiser.set(nip, null);
    fromFile.set(nip, p);
  }
  const graph = new Map<string, string | null>();
  for (const [nip, next] of supervisor) graph.set(nip, appraiser.get(nip) ?? next);
  const label = (nip: string) =>
    `${fromFile.get(nip)?.values.nama ?? existing.get(nip)?.name ?? '?'} (${nip})`;

  const problems: ImportProblem[] = [];
  for (const cycle of findCycles(graph)) {
    const inFile = cycle.filter((nip) => fromFile.has(nip));
    if (cycle.length === 1 || inFile.length === 0) continue;
    if (cycle.every((nip) => !appraiser.get(nip))) continue; // atasan only: already reported
    const row = Math.min(...inFile.map((nip) => fromFile.get(nip)!.row));
    const start = cycle.findIndex((nip) => fromFile.get(nip)?.row === row);
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
    const people = [...ordered, ordered[0]!].map(label).join(' → ');
    // The row's own penilai closes the cycle, or (penilai kept from the database) its atasan does.
    const column = fromFile.get(ordered[0]!)!.values.nip_penilai ? 'nip_penilai' : 'nip_atasan';
    problems.push({ row, column, key: 'import-appraiser-cycle', args: { people } });
  }
  return problems;
}

function toRecord({ row, values: v }: Parsed): EmployeeRecord {
  return {
    row,
    nip: v.nip!,
    name: v.nama!,
    unitPath: v.unit!,
    supervisorNip: v.nip_atasan ?? null,
    appraiserNip: v.nip_penilai,
    salutation: v.sapaan,
    email: v.email,
    phone: v.telepon,
    position: v.jabatan,
    timeZone: v.zona_waktu,
    locale: v.bahasa,
    roles: v.peran,
    unitHead: v.kepala_unit,
  };
}
