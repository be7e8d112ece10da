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
  /** Header names as found, trimmed and lower-cased. */
  columns: string[];
  rows: CsvRow[];
}

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

export function readCsv(input: string, requiredColumns: readonly string[]): ReadCsvResult {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  if (text.trim() === '') return { ok: false, problems: [{ key: 'import-empty-file' }] };
  const delimiter = detectDelimiter(text);

  let columns: string[] = [];
  let index = 0;
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  // Each record becomes a CsvRow as it is parsed (returning null keeps csv-parse from collecting
  // it too): with 400,000 rows, holding every record twice cost hundreds of megabytes.
  const toRow = (record: string[]): null => {
    const row = 1 + index++;
    if (row === 1) {
      columns = record.map((name) => name.trim().toLowerCase());
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
      if (cell.includes('\u0000')) problems.push({ row, column, key: 'import-nul-character' });
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

  const headerProblems = checkHeader(columns, requiredColumns);
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems };
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ key: 'import-no-data-rows' }] };
  return { ok: true, table: { columns: columns.filter((c) => c !== ''), rows } };
}

function checkHeader(columns: string[], required: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    problems.push({ row: 1, key: 'import-missing-columns', args: { columns: missing.join(', ') } });
  }
  const seen = new Set<string>();
  for (const column of columns) {
    if (column !== '' && seen.has(column)) problems.push({ row: 1, column, key: 'import-duplicate-column' });
    seen.add(column);
  }
  return problems;
}

function csvSyntaxProblem(error: CsvError): ImportProblem {
  // `records` counts the records parsed before the broken one, the header included.
  const row = Number(error.records ?? 0) + 1;
  const key = error.code.includes('QUOTE') ? 'import-csv-quote' : 'import-csv-invalid';
  return { row, key };
}
