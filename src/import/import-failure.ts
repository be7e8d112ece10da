/**
 * An import that failed while reading or writing the database. Driver errors quote the SQL and its
 * parameters (drizzle's "Failed query: … params: …"), and an import's parameters are people's NIPs,
 * names, emails and phone numbers: one such error printed 2 MB of them. This error keeps only what is
 * safe to print (kind, SQLSTATE, constraint, stack frames) and never keeps the original as `cause`,
 * since printing an error prints its causes too.
 */
import { safeError } from '../logging/safe-error.js';

type SafeError = ReturnType<typeof safeError>;

/** Spreadsheet rows of the batch that failed (a batch is written by one statement). */
export interface RowSpan {
  first: number;
  last: number;
  count: number;
  /** The row the database named, when its refusal names one (see write-batches.ts). */
  row?: number | undefined;
}

export class ImportFailedError extends Error {
  override name = 'ImportFailedError';
  /** SQLSTATE of the database error, when the failure came from the database. */
  readonly sqlState: string | undefined;
  readonly constraint: string | undefined;
  /** The error as safeError() gives it: kind, SQLSTATE, constraint, stack frames; no message. */
  readonly diagnosis: SafeError;

  constructor(
    /** What was being done: `inserting employees`, `writing audit rows`… */
    readonly step: string,
    error: unknown,
    readonly rows?: RowSpan,
  ) {
    const diagnosis = safeError(error);
    const database = findDatabaseError(diagnosis);
    const where = rows ? `, rows ${rows.first}–${rows.last}` : '';
    super(`import failed while ${step}${where}: ${describeSafe(diagnosis)}`);
    this.diagnosis = diagnosis;
    this.sqlState = database?.code;
    this.constraint = database?.constraint;
  }

  /**
   * Class 22 (data exception) and 23 (integrity constraint violation): the database refused what a
   * batch held, so the file is the likely cause. Anything else (connection lost, out of disk, a bug)
   * is not something HR can fix in the spreadsheet.
   */
  get refusedRows(): boolean {
    return this.rows !== undefined && /^2[23]/.test(this.sqlState ?? '');
  }

  /** `SQLSTATE 23514, constraint employees_locale_check` or `TypeError`: for people to read. */
  get summary(): string {
    return describeSafe(this.diagnosis);
  }
}

/** The first error in the chain with a SQLSTATE (drizzle wraps the driver's error as `cause`). */
function findDatabaseError(detail: SafeError | undefined): SafeError | undefined {
  for (let e = detail; e; e = e.cause) if (e.code && /^[0-9A-Z]{5}$/.test(e.code)) return e;
  return undefined;
}

function describeSafe(detail: SafeError): string {
  const database = findDatabaseError(detail);
  if (!database) return detail.type;
  return database.constraint
    ? `SQLSTATE ${database.code}, constraint ${database.constraint}`
    : `SQLSTATE ${database.code}`;
}

/** Any error of an import as an ImportFailedError, which is safe to print. */
export function asImportFailure(error: unknown, step: string): ImportFailedError {
  return error instanceof ImportFailedError ? error : new ImportFailedError(step, error);
}
