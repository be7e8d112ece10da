/**
 * Cell parsers shared by the imports, as zod schemas whose issue message is a locale key, so a
 * failed cell becomes an ImportProblem pointing at its row and column.
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

/** A cell that must hold a value; `parseValue` returns undefined when the text is not valid. */
export function requiredCell<T>(parseValue: (raw: string) => T | undefined, invalidKey: KeyFor) {
  return z
    .string()
    .optional()
    .transform((raw = '', ctx): T => {
      if (raw === '') {
        ctx.addIssue({ code: 'custom', message: 'import-required' });
        return z.NEVER;
      }
      const value = parseValue(raw);
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: keyFor(invalidKey, raw) });
        return z.NEVER;
      }
      return value;
    });
}

/** A cell of an optional column (or an optional cell of a required one): empty means `fallback`. */
export function optionalCell<T>(fallback: T, parseValue: (raw: string) => T | undefined, invalidKey: KeyFor) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T | undefined => {
      if (raw === undefined) return undefined;
      if (raw === '') return fallback;
      const value = parseValue(raw);
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: keyFor(invalidKey, raw) });
        return z.NEVER;
      }
      return value;
    });
}

export type CellSchemas = Record<string, z.ZodType<unknown, string | undefined>>;
export type ParsedCells<S extends CellSchemas> = { [K in keyof S]: z.output<S[K]> };

/**
 * Parses each cell on its own, so one bad cell does not hide the others and the good cells stay
 * usable for the cross-row checks (duplicates, references, cycles).
 */
export function parseRow<S extends CellSchemas>(
  row: CsvRow,
  schemas: S,
): { values: Partial<ParsedCells<S>>; problems: ImportProblem[] } {
  const values: Partial<ParsedCells<S>> = {};
  const problems: ImportProblem[] = [];
  for (const column of Object.keys(schemas) as (keyof S & string)[]) {
    const raw = row.cells[column];
    // A column the file does not have reads as undefined: nothing to parse, millions of times over.
    if (raw === undefined && absentIsUndefined(schemas[column]!)) continue;
    const result = schemas[column]!.safeParse(raw);
    if (result.success) {
      values[column] = result.data as ParsedCells<S>[typeof column];
    } else {
      for (const issue of result.error.issues) {
        problems.push({ row: row.row, column, key: issue.message, args: { value: shown(raw ?? '') } });
      }
    }
  }
  return { values, problems };
}

const absentReadsUndefined = new WeakMap<object, boolean>();

/** Whether a schema turns a missing cell into undefined without a problem (every optionalCell). */
function absentIsUndefined(schema: CellSchemas[string]): boolean {
  let known = absentReadsUndefined.get(schema);
  if (known === undefined) {
    const result = schema.safeParse(undefined);
    known = result.success && result.data === undefined;
    absentReadsUndefined.set(schema, known);
  }
  return known;
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

/**
 * A number a `numeric(20, 4)` column holds (the check-in's bound, MAX_MEASURE); rounded to its four
 * decimals here so a re-import compares equal to what the database kept.
 */
export function parseMeasure(raw: string): number | undefined {
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
