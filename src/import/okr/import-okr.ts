/** `import okr`: objectives and key results with their cascade from HR's spreadsheet, all or nothing. */
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Accumulation } from '../../core/capaian/period-target.js';
import type { Db, Tx } from '../../storage/database.js';
import { employees, keyResults } from '../../storage/schema.js';
import { type ImportResult, sortProblems } from '../import-error.js';
import { asWritten, readCsv } from '../read-csv.js';
import { type ImportOptions, runImport } from '../run-import.js';
import { type ExistingOkr, OKR_COLUMN_ALIASES, OKR_REQUIRED_COLUMNS, validateOkr } from './validate-okr.js';
import { type OkrImportSummary, writeOkr } from './write-okr.js';

export type { OkrImportSummary };

export async function importOkr(
  db: Db,
  csvText: string,
  options: ImportOptions,
): Promise<ImportResult<OkrImportSummary>> {
  const read = readCsv(csvText, OKR_REQUIRED_COLUMNS, OKR_COLUMN_ALIASES);
  if (!read.ok) return { ok: false, problems: sortProblems(read.problems) };
  let rows = read.table.rows;
  const { writtenAs } = read.table;
  // Validation reads inside the transaction, so what it checked is what gets written.
  return runImport(db, async (tx): Promise<ImportResult<OkrImportSummary>> => {
    const validation = validateOkr(rows, await loadExisting(tx));
    rows = []; // the cells are in the records now: let the table go before the writes
    if (!validation.ok)
      return { ok: false, problems: sortProblems(asWritten(validation.problems, writtenAs)) };
    return { ok: true, summary: await writeOkr(tx, validation.records, options.actor, options.batchSize) };
  });
}

/**
 * Who can own a key result, the stored cascade (for cycle detection across file and database), and
 * the stored accumulations (for quarterly targets in a file without `akumulasi`).
 */
async function loadExisting(tx: Tx): Promise<ExistingOkr> {
  const owners = await tx.select({ nip: employees.nip }).from(employees);
  const parent = alias(keyResults, 'parent');
  const cascade = await tx
    .select({ code: keyResults.code, parentCode: parent.code, accumulation: keyResults.accumulation })
    .from(keyResults)
    .leftJoin(parent, eq(parent.id, keyResults.parentId));
  return {
    employeeNips: new Set(owners.map((o) => o.nip)),
    keyResultParents: new Map(cascade.map((kr) => [kr.code, kr.parentCode])),
    accumulations: new Map(cascade.map((kr) => [kr.code, kr.accumulation as Accumulation])),
  };
}
