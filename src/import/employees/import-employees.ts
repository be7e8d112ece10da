/** `import employees`: the organisation (units, people, supervisors) from HR's spreadsheet, all or nothing. */
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../storage/database.js';
import { employees } from '../../storage/schema.js';
import { type ImportResult, sortProblems } from '../import-error.js';
import { asWritten, readCsv } from '../read-csv.js';
import { type ImportOptions, runImport } from '../run-import.js';
import {
  EMPLOYEE_COLUMN_ALIASES,
  EMPLOYEE_REQUIRED_COLUMNS,
  type ExistingEmployee,
  validateEmployees,
} from './validate-employees.js';
import { type EmployeeImportSummary, writeEmployees } from './write-employees.js';

export type { EmployeeImportSummary };

export async function importEmployees(
  db: Db,
  csvText: string,
  options: ImportOptions,
): Promise<ImportResult<EmployeeImportSummary>> {
  const read = readCsv(csvText, EMPLOYEE_REQUIRED_COLUMNS, EMPLOYEE_COLUMN_ALIASES);
  if (!read.ok) return { ok: false, problems: sortProblems(read.problems) };
  let rows = read.table.rows;
  const { writtenAs } = read.table;
  // Validation reads inside the transaction, so what it checked is what gets written.
  return runImport(db, async (tx): Promise<ImportResult<EmployeeImportSummary>> => {
    const validation = validateEmployees(rows, await loadSupervision(tx));
    rows = []; // the cells are in the records now: let the table go before the writes
    if (!validation.ok)
      return { ok: false, problems: sortProblems(asWritten(validation.problems, writtenAs)) };
    return {
      ok: true,
      summary: await writeEmployees(tx, validation.records, options.actor, options.batchSize),
    };
  });
}

/** Every stored employee's supervisor and appraiser, for cycle detection over the whole organisation. */
async function loadSupervision(tx: Tx): Promise<Map<string, ExistingEmployee>> {
  const supervisor = alias(employees, 'supervisor');
  const appraiser = alias(employees, 'appraiser');
  const rows = await tx
    .select({
      nip: employees.nip,
      name: employees.name,
      supervisorNip: supervisor.nip,
      appraiserNip: appraiser.nip,
    })
    .from(employees)
    .leftJoin(supervisor, eq(supervisor.id, employees.supervisorId))
    .leftJoin(appraiser, eq(appraiser.id, employees.appraiserId));
  return new Map(rows.map(({ nip, ...rest }) => [nip, rest]));
}
