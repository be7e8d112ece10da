/**
 * Reads a CSV as HR exports it from a spreadsheet: Excel's UTF-8 BOM, `;` (Indonesian Excel, where
 * the comma is the decimal mark) or `,` separators, CRLF, quoted cells holding separators or newlines.
 * Rows keep their spreadsheet number so every problem can point at the row HR sees in Excel.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { ImportProblem } from './import-error.js';

export interface CsvRow {
  /** Spreadsheet row: header = 1, first data row = 2; blank rows are skipped but still counted. */
  row: number;
  /** Trimmed cell text by column name; a cell missing at the end of a short row reads as ''. */
  cells: Record<string, string>;
}

export interface CsvTable {
  /** Header names, trimmed and lower-cased, an alias already replaced by the name it stands for. */
  columns: string[];
  rows: CsvRow[];
  /** Name → the alias the file used for it, to point problems at the header HR wrote. */
  writtenAs: ReadonlyMap<string, string>;
}

/** Alias → the column name it stands for (`rhk` → `sasaran`), as SKP spreadsheets name them. */
export type ColumnAliases = Readonly<Record<string, string>>;

export type ReadCsvResult = { ok: true; table: CsvTable } | { ok: false; problems: ImportProblem[] };

const BOM = '\uFEFF';

/** Excel's "CSV (Comma delimited)" writes the Windows code page, "CSV UTF-8" writes UTF-8: accept both. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator that occurs most often in the header line outside quotes (`,` on a tie). */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

export function readCsv(
  input: string,
  requiredColumns: readonly string[],
  aliases: ColumnAliases = {},
): ReadCsvResult {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  if (text.trim() === '') return { ok: false, problems: [{ key: 'import-empty-file' }] };
  const delimiter = detectDelimiter(text);

  let columns: string[] = [];
  let header: HeaderCheck = { problems: [], writtenAs: new Map() };
  let index = 0;
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  // Each record becomes a CsvRow as it is parsed (returning null keeps csv-parse from collecting
  // it too): with 400,000 rows, holding every record twice cost hundreds of megabytes.
  const toRow = (record: string[]): null => {
    const row = 1 + index++;
    if (row === 1) {
      const written = record.map((name) => name.trim().toLowerCase());
      header = checkHeader(written, requiredColumns, aliases);
      columns = written.map((name) => aliases[name] ?? name);
      return null;
    }
    if (record.every((cell) => cell.trim() === '')) return null;
    const extra = record.slice(columns.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      problems.push({
        row,
        key: 'import-extra-cells',
        args: { count: record.length, expected: columns.length, delimiter },
      });
    }
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column === '') return;
      const cell = (record[i] ?? '').trim();
      // PostgreSQL text cannot hold U+0000: refused here, with its row and column, not by the database.
      if (cell.includes('\u0000')) {
        problems.push({ row, column: header.writtenAs.get(column) ?? column, key: 'import-nul-character' });
      }
      cells[column] = cell;
    });
    rows.push({ row, cells });
    return null;
  };
  try {
    // relax_quotes: a hand-typed `Bagian "Umum"` is text, not an error; relax_column_count: short
    // rows are fine (Excel drops trailing empty cells), long ones are reported with a reason.
    parse(text, { delimiter, relax_quotes: true, relax_column_count: true, on_record: toRow });
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problems: [csvSyntaxProblem(error)] };
    throw error;
  }

  if (header.problems.length > 0) return { ok: false, problems: header.problems };
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ key: 'import-no-data-rows' }] };
  const table = { columns: columns.filter((c) => c !== ''), rows, writtenAs: header.writtenAs };
  return { ok: true, table };
}

interface HeaderCheck {
  problems: ImportProblem[];
  writtenAs: Map<string, string>;
}

/** Required columns (by name or alias), repeated names, and a name given twice through its alias. */
function checkHeader(written: string[], required: readonly string[], aliases: ColumnAliases): HeaderCheck {
  const problems: ImportProblem[] = [];
  const writtenAs = new Map<string, string>();
  for (const name of written) {
    const canonical = aliases[name];
    if (canonical !== undefined) writtenAs.set(canonical, name);
  }
  const aliasOf = (name: string) => Object.keys(aliases).filter((alias) => aliases[alias] === name);
  const missing = required.filter((name) => !written.includes(name) && !writtenAs.has(name));
  if (missing.length > 0) {
    const names = missing.map((name) => [name, ...aliasOf(name)].join('/'));
    problems.push({ row: 1, key: 'import-missing-columns', args: { columns: names.join(', ') } });
  }
  const seen = new Set<string>();
  for (const name of written) {
    const canonical = aliases[name] ?? name;
    if (name !== '' && seen.has(name)) {
      problems.push({ row: 1, column: name, key: 'import-duplicate-column' });
    } else if (name !== canonical && written.includes(canonical)) {
      // `rhk` beside `sasaran`: two cells for one value, and no way to tell which one HR meant.
      problems.push({
        row: 1,
        column: name,
        key: 'import-alias-clash',
        args: { name: canonical, alias: name },
      });
    }
    seen.add(name);
  }
  return { problems, writtenAs };
}

/** Problems pointing at the header HR wrote (`rhk`), not the name it stands for (`sasaran`). */
export function asWritten(problems: readonly ImportProblem[], writtenAs: ReadonlyMap<string, string>) {
  if (writtenAs.size === 0) return [...problems];
  return problems.map((p) =>
    p.column !== undefined && writtenAs.has(p.column) ? { ...p, column: writtenAs.get(p.column)! } : p,
  );
}

function csvSyntaxProblem(error: CsvError): ImportProblem {
  // `records` counts the records parsed before the broken one, the header included.
  const row = Number(error.records ?? 0) + 1;
  const key = error.code.includes('QUOTE') ? 'import-csv-quote' : 'import-csv-invalid';
  return { row, key };
}
