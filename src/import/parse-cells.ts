/**
 * Cell parsers shared by the imports: each turns a cell into its value or a locale key, so a failed
 * cell becomes an ImportProblem pointing at its row and column. Plain functions rather than a
 * schema library: a 400,000-row file has millions of cells, and a schema's safeParse cost more
 * CPU than reading the file.
 *
 * An optional column has three states: absent from the file (undefined: leave the stored value
 * alone), present but empty (the default), or filled (parsed).
 */
import { z } from 'zod';
import { normalizePhone } from '../accounts/phone.js';
import { isStorableMeasure } from '../core/numbers/measure.js';
import { parseNumber } from '../core/numbers/parse-number.js';
import { type ImportProblem, shown } from './import-error.js';
import type { CsvRow } from './read-csv.js';

type KeyFor = string | ((raw: string) => string);

const keyFor = (key: KeyFor, raw: string) => (typeof key === 'function' ? key(raw) : key);

/** A refused cell: the locale key of its problem (a class, so any value, even undefined, can be valid). */
class Refused {
  constructor(readonly key: string) {}
}

const REQUIRED = new Refused('import-required');

/** Reads one cell: its value, or why it is refused. */
export interface Cell<T> {
  /** An optional column: a cell the file does not have reads as undefined, without parsing. */
  readonly absentIsUndefined: boolean;
  read(raw: string | undefined): T | Refused;
}

/** A cell that must hold a value; `parseValue` returns undefined when the text is not valid. */
export function requiredCell<T>(parseValue: (raw: string) => T | undefined, invalidKey: KeyFor): Cell<T> {
  return {
    absentIsUndefined: false,
    read(raw = '') {
      if (raw === '') return REQUIRED;
      const value = parseValue(raw);
      return value === undefined ? new Refused(keyFor(invalidKey, raw)) : value;
    },
  };
}

/** A cell of an optional column (or an optional cell of a required one): empty means `fallback`. */
export function optionalCell<T>(
  fallback: T,
  parseValue: (raw: string) => T | undefined,
  invalidKey: KeyFor,
): Cell<T | undefined> {
  return {
    absentIsUndefined: true,
    read(raw) {
      if (raw === undefined) return undefined;
      if (raw === '') return fallback;
      const value = parseValue(raw);
      return value === undefined ? new Refused(keyFor(invalidKey, raw)) : value;
    },
  };
}

export type CellSchemas = Record<string, Cell<unknown>>;
export type ParsedCells<S extends CellSchemas> = { [K in keyof S]: S[K] extends Cell<infer T> ? T : never };

const NO_PROBLEMS: readonly ImportProblem[] = Object.freeze([]);
const columnsOf = new WeakMap<CellSchemas, string[]>();

/**
 * Parses each cell on its own, so one bad cell does not hide the others and the good cells stay
 * usable for the cross-row checks (duplicates, references, cycles).
 */
export function parseRow<S extends CellSchemas>(
  row: CsvRow,
  schemas: S,
): { values: Partial<ParsedCells<S>>; problems: readonly ImportProblem[] } {
  let columns = columnsOf.get(schemas);
  if (!columns) {
    columns = Object.keys(schemas);
    columnsOf.set(schemas, columns);
  }
  const values: Record<string, unknown> = {};
  let problems: ImportProblem[] | undefined;
  for (const column of columns) {
    const raw = row.cells[column];
    const cell = schemas[column]!;
    // A column the file does not have reads as undefined: nothing to parse, millions of times over.
    if (raw === undefined && cell.absentIsUndefined) continue;
    const value = cell.read(raw);
    if (value instanceof Refused) {
      problems ??= [];
      problems.push({ row: row.row, column, key: value.key, args: { value: shown(raw ?? '') } });
    } else {
      values[column] = value;
    }
  }
  return { values: values as Partial<ParsedCells<S>>, problems: problems ?? NO_PROBLEMS };
}

/**
 * A parser that remembers its answers, for columns with few distinct values: checking an IANA zone
 * builds an Intl.DateTimeFormat, which cost seconds over 100,000 rows, and equal periods share one
 * object instead of 400,000. Bounded, as a file may hold as many distinct (wrong) values as rows.
 */
export function remembered<T>(
  parse: (raw: string) => T | undefined,
  limit = 1_000,
): (raw: string) => T | undefined {
  const known = new Map<string, T | undefined>();
  return (raw) => {
    if (known.has(raw)) return known.get(raw);
    const value = parse(raw);
    if (known.size < limit) known.set(raw, value);
    return value;
  };
}

// ── Value parsers ───────────────────────────────────────────────────────────────────────────────

/** Plain text; a cell of only spaces was already emptied by the reader. */
export const text = (raw: string): string => raw;

/** 18 digits; HR often groups them (`19900101 201503 1 001`), so spaces are dropped first. */
export function parseNip(raw: string): string | undefined {
  const digits = raw.replace(/\s/g, '');
  return /^\d{18}$/.test(digits) ? digits : undefined;
}

/** Excel turns an 18-digit number into `1,99001E+17` unless the column is formatted as text. */
export const nipProblemKey = (raw: string): string =>
  /e\+?\d+$/i.test(raw.trim()) ? 'import-nip-excel-number' : 'import-nip-format';

/** Built once: building a zod schema per cell cost more than checking 100,000 addresses with it. */
const EMAIL = z.email();

export function parseEmail(raw: string): string | undefined {
  const email = raw.toLowerCase();
  return EMAIL.safeParse(email).success ? email : undefined;
}

/**
 * Digits in international form, the same normalisation the Telegram contact match uses
 * (`0812-3456-7890`, `+62 812 3456 7890` → `6281234567890`). Letters mean the cell is not a phone
 * number, so it is refused rather than mined for digits.
 */
export function parsePhone(raw: string): string | undefined {
  if (!/^\+?[\d\s\-().]+$/.test(raw)) return undefined;
  // `+62 (0)812…`, as some letterheads write it: the trunk 0 never follows the country code.
  return normalizePhone(raw.replace(/^(\+?62)\s*\(0\)/, '$1'));
}

/** A lookup that ignores case: `Naik`, `NAIK` and `naik` mean the same. */
export function oneOf<T>(choices: Record<string, T>): (raw: string) => T | undefined {
  return (raw) => choices[raw.toLowerCase()];
}

/** Unit paths as HR writes them: `Deputi Bidang X/Biro Y/Bagian Z`, spaces around `/` ignored. */
export function parseUnitPath(raw: string): string | undefined {
  const segments = raw.split('/').map((s) => s.trim());
  return segments.every((s) => s !== '') ? segments.join('/') : undefined;
}

/** Codes name key results in files and messages: no spaces, nothing that needs quoting. */
export function parseCode(raw: string): string | undefined {
  return /^[\p{L}\d._/-]{1,40}$/u.test(raw) ? raw : undefined;
}

/** Up to 15 digits: within MAX_MEASURE, and exact as a double. */
const PLAIN_WHOLE = /^\d{1,15}$/;

/**
 * A number a `numeric(20, 4)` column holds (the check-in's bound, MAX_MEASURE); rounded to its four
 * decimals here so a re-import compares equal to what the database kept.
 */
export function parseMeasure(raw: string): number | undefined {
  // Most cells are plain whole numbers (`21`, `100`): parseNumber gives Number(raw) for them after a
  // dozen string passes, three numbers a row of a 400,000-row file (0.9 s).
  if (PLAIN_WHOLE.test(raw)) return Number(raw);
  const value = parseNumber(raw);
  if (value === undefined || !isStorableMeasure(value)) return undefined;
  return Number(value.toFixed(4));
}

export const measureProblemKey = (raw: string): string =>
  parseNumber(raw) === undefined ? 'import-number-invalid' : 'import-number-too-large';

export function parseWeight(raw: string): number | undefined {
  const value = parseMeasure(raw);
  return value !== undefined && value > 0 ? value : undefined;
}
