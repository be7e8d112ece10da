/** The import's reader and validators on arbitrary files: they report problems, they never throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, Translator } from '../../src/i18n/translator.js';
import {
  EMPLOYEE_REQUIRED_COLUMNS,
  validateEmployees,
} from '../../src/import/employees/validate-employees.js';
import type { ImportProblem } from '../../src/import/import-error.js';
import { OKR_REQUIRED_COLUMNS, validateOkr } from '../../src/import/okr/validate-okr.js';
import { type CsvRow, readCsv } from '../../src/import/read-csv.js';
import { anyString, params, timeoutFor, typedText } from './fuzz.js';

const translator = new Translator();
const NIPS = ['197003141996031001', '198501012010011002', '199912312020121999'];

const EMPLOYEE_OPTIONAL = ['email', 'telepon', 'jabatan', 'zona_waktu', 'bahasa', 'peran'];
const OKR_OPTIONAL = ['jenis', 'bobot', 'kode_induk'];

/** Cell values an HR file holds, right and wrong, and anything at all. */
const cell = fc.oneof(
  fc.constantFrom(
    ...NIPS,
    '1.97003E+17',
    '19700314 199603 1 001',
    'Budi Santoso',
    'Biro SDM/Bagian Umum',
    'budi@kemen.go.id',
    '0812-3456-7890',
    'Asia/Jakarta',
    'WITA',
    'id',
    'en',
    'admin',
    'pegawai',
    'A1',
    'A2',
    'B1',
    '2026',
    '2026-Q1',
    '2026-S2',
    'naik',
    'turun',
    '0',
    '4',
    '1.500.000',
    '2,5',
    '-0',
    '1e400',
    '999999999999999999',
    'committed',
    'aspiratif',
    '',
    ' ',
  ),
  typedText(20),
  anyString(20),
);

/** Quotes a cell the way a spreadsheet does. */
const quoted = fc
  .tuple(cell, fc.boolean())
  .map(([text, quote]) => (quote ? `"${text.replaceAll('"', '""')}"` : text));

/** Mostly every required column (so the validators run), in any order, with optional and odd ones. */
const header = (required: readonly string[], optional: string[]) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .shuffledSubarray(optional)
        .chain((o) => fc.shuffledSubarray([...required, ...o], { minLength: required.length + o.length })),
    },
    { weight: 1, arbitrary: fc.shuffledSubarray([...required, ...optional, 'NIP', 'catatan', '']) },
  );

const csvFile = (required: readonly string[], optional: string[]) =>
  header(required, optional)
    .chain((names) =>
      fc.record({
        header: fc.constant(names),
        // Mostly as wide as the header; sometimes short (Excel drops empty cells) or too long.
        rows: fc.array(
          fc.oneof(
            { weight: 5, arbitrary: fc.array(quoted, { minLength: names.length, maxLength: names.length }) },
            { weight: 1, arbitrary: fc.array(quoted, { maxLength: names.length + 2 }) },
          ),
          { maxLength: 8 },
        ),
        delimiter: fc.constantFrom(',', ';'),
        newline: fc.constantFrom('\n', '\r\n', '\r'),
        bom: fc.boolean(),
        // Sometimes a stray quote somewhere, as a hand-edited file has.
        strayQuote: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
      }),
    )
    .map(({ header, rows, delimiter, newline, bom, strayQuote }) => {
      let text = [header, ...rows].map((cells) => cells.join(delimiter)).join(newline);
      if (strayQuote !== null) {
        const at = strayQuote % (text.length + 1);
        text = `${text.slice(0, at)}"${text.slice(at)}`;
      }
      return `${bom ? '\uFEFF' : ''}${text}`;
    });

/** Every problem is a locale key both languages have; `file-level` ones may lack a row. */
function checkProblems(problems: readonly ImportProblem[], rows: ReadonlySet<number> | undefined) {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    for (const locale of LOCALES) expect(translator.has(problem.key, locale), problem.key).toBe(true);
    if (rows === undefined) {
      if (problem.row !== undefined) expect(Number.isInteger(problem.row) && problem.row >= 1).toBe(true);
      continue;
    }
    // A validator's problem points at a cell HR can find: a row of the file and a column name.
    expect(rows.has(problem.row!), `row of ${JSON.stringify(problem)}`).toBe(true);
    expect(typeof problem.column === 'string' && problem.column !== '').toBe(true);
  }
}

function checkTable(rows: readonly CsvRow[], columns: readonly string[]) {
  let previous = 1;
  for (const row of rows) {
    expect(row.row).toBeGreaterThan(previous);
    previous = row.row;
    for (const name of Object.keys(row.cells)) expect(columns).toContain(name);
  }
}

describe('CSV import (property)', () => {
  it(
    'readCsv never throws on any text; its rows count up from 2 and its problems are locale keys',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(csvFile(EMPLOYEE_REQUIRED_COLUMNS, EMPLOYEE_OPTIONAL), anyString(200)),
          (text) => {
            const result = readCsv(text, EMPLOYEE_REQUIRED_COLUMNS);
            if (result.ok) checkTable(result.table.rows, result.table.columns);
            else checkProblems(result.problems, undefined);
          },
        ),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'validateEmployees never throws on a file read; each problem names a row and a column',
    () => {
      fc.assert(
        fc.property(
          csvFile(EMPLOYEE_REQUIRED_COLUMNS, EMPLOYEE_OPTIONAL),
          fc.subarray(NIPS),
          (text, stored) => {
            const read = readCsv(text, EMPLOYEE_REQUIRED_COLUMNS);
            if (!read.ok) return;
            const existing = new Map(
              stored.map((nip, i) => [nip, { name: `P${i}`, supervisorNip: NIPS[0]! }]),
            );
            const result = validateEmployees(read.table.rows, existing);
            if (result.ok)
              expect(result.records.map((r) => r.row)).toEqual(read.table.rows.map((r) => r.row));
            else checkProblems(result.problems, new Set(read.table.rows.map((r) => r.row)));
          },
        ),
        params(),
      );
    },
    timeoutFor(),
  );

  it(
    'validateOkr never throws on a file read; each problem names a row and a column',
    () => {
      fc.assert(
        fc.property(
          csvFile(OKR_REQUIRED_COLUMNS, OKR_OPTIONAL),
          fc.subarray(NIPS),
          fc.array(fc.tuple(fc.constantFrom('A1', 'A2', 'B1', 'C9'), fc.constantFrom('A1', 'B1', null))),
          (text, nips, parents) => {
            const read = readCsv(text, OKR_REQUIRED_COLUMNS);
            if (!read.ok) return;
            const result = validateOkr(read.table.rows, {
              employeeNips: new Set(nips),
              keyResultParents: new Map(parents),
            });
            if (result.ok) {
              expect(result.records.map((r) => r.row)).toEqual(read.table.rows.map((r) => r.row));
            } else checkProblems(result.problems, new Set(read.table.rows.map((r) => r.row)));
          },
        ),
        params(),
      );
    },
    timeoutFor(),
  );
});
