/**
 * `import cuti <file.csv>`: leave as HR's staffing system exports it (nip, mulai, selesai, jenis),
 * so prompts and reminders skip those days and the weeks show as cuti, not missed. All or nothing
 * under the import lock, in batches (one JSON parameter per statement: 100,000 rows stay far from
 * the 65,535 bind-parameter limit), one audit row per created or changed period; a re-import of
 * the same file changes nothing.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../storage/database.js';
import { type AuditedChange, changedFields, writeImportAudit } from '../audit.js';
import { parseCalendarDate } from '../calendar/import-calendar-days.js';
import { type ImportProblem, type ImportResult, shown, sortProblems } from '../import-error.js';
import { nipProblemKey, parseNip } from '../parse-cells.js';
import { asWritten, readCsv } from '../read-csv.js';
import { type ImportOptions, runImport } from '../run-import.js';
import { DEFAULT_BATCH_SIZE, inBatches, keyList, recordset, returnedRows, slices } from '../write-batches.js';

export const LEAVE_REQUIRED_COLUMNS = ['nip', 'mulai', 'selesai'] as const;
const ALIASES = {
  tanggal_mulai: 'mulai',
  tgl_mulai: 'mulai',
  tanggal_selesai: 'selesai',
  tgl_selesai: 'selesai',
  jenis_cuti: 'jenis',
} as const;

export interface LeaveImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

interface LeaveRow {
  row: number;
  nip: string;
  startsOn: string;
  endsOn: string;
  /** Undefined when the file gives no jenis: a stored one is left alone. */
  kind?: string;
}

const keyOf = (r: { nip: string; startsOn: string; endsOn: string }) => `${r.nip}:${r.startsOn}..${r.endsOn}`;

function validate(rows: ReadonlyArray<{ row: number; cells: Record<string, string> }>) {
  const problems: ImportProblem[] = [];
  const records: LeaveRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const bad = (column: string, key: string) =>
      problems.push({ row, column, key, args: { value: shown(cells[column] ?? '') } });
    const nip = parseNip(cells.nip ?? '');
    if (!nip) bad('nip', cells.nip ? nipProblemKey(cells.nip) : 'import-required');
    const startsOn = parseCalendarDate(cells.mulai ?? '');
    if (!startsOn) bad('mulai', cells.mulai ? 'leave-import-date' : 'import-required');
    const endsOn = parseCalendarDate(cells.selesai ?? '');
    if (!endsOn) bad('selesai', cells.selesai ? 'leave-import-date' : 'import-required');
    if (startsOn && endsOn && endsOn < startsOn) bad('selesai', 'leave-import-reversed');
    if (!nip || !startsOn || !endsOn || endsOn < startsOn) continue;
    const record: LeaveRow = { row, nip, startsOn, endsOn, ...(cells.jenis ? { kind: cells.jenis } : {}) };
    const first = seen.get(keyOf(record));
    if (first !== undefined) {
      problems.push({ row, column: 'nip', key: 'leave-import-duplicate', args: { value: nip, row: first } });
      continue;
    }
    seen.set(keyOf(record), row);
    records.push(record);
  }
  return { problems, records };
}

/** NIP → employee id for the file's NIPs, a slice per statement. */
async function employeeIds(tx: Tx, nips: readonly string[], batchSize: number): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const slice of slices([...new Set(nips)], batchSize)) {
    const rows = returnedRows<{ id: number; nip: string }>(
      await tx.execute(sql`select id, nip from employees where nip in ${keyList(slice)}`),
    );
    for (const r of rows) ids.set(r.nip, r.id);
  }
  return ids;
}

/** The stored leave of the file's people, keyed like the file's rows. */
async function storedLeave(tx: Tx, ids: ReadonlyMap<string, number>, batchSize: number) {
  const stored = new Map<string, { kind: string | null }>();
  for (const slice of slices([...ids.keys()], batchSize)) {
    const rows = returnedRows<{ nip: string; starts_on: string; ends_on: string; kind: string | null }>(
      await tx.execute(sql`
        select e.nip, l.starts_on::text as starts_on, l.ends_on::text as ends_on, l.kind
        from leave_periods l join employees e on e.id = l.employee_id
        where e.nip in ${keyList(slice)}`),
    );
    for (const r of rows)
      stored.set(keyOf({ nip: r.nip, startsOn: r.starts_on, endsOn: r.ends_on }), { kind: r.kind });
  }
  return stored;
}

export async function importLeave(
  db: Db,
  csvText: string,
  options: ImportOptions,
): Promise<ImportResult<LeaveImportSummary>> {
  const read = readCsv(csvText, LEAVE_REQUIRED_COLUMNS, ALIASES);
  if (!read.ok) return { ok: false, problems: sortProblems(read.problems) };
  const { writtenAs } = read.table;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return runImport(db, async (tx): Promise<ImportResult<LeaveImportSummary>> => {
    const { problems, records } = validate(read.table.rows);
    const ids = await employeeIds(
      tx,
      records.map((r) => r.nip),
      batchSize,
    );
    for (const r of records) {
      if (!ids.has(r.nip))
        problems.push({ row: r.row, column: 'nip', key: 'leave-import-unknown-nip', args: { value: r.nip } });
    }
    if (problems.length > 0) return { ok: false, problems: sortProblems(asWritten(problems, writtenAs)) };

    const stored = await storedLeave(tx, ids, batchSize);
    const audited: Array<AuditedChange & { record: LeaveRow }> = records.map((record) => {
      const before = stored.get(keyOf(record));
      const after = { kind: record.kind ?? before?.kind ?? null };
      const change = before
        ? changedFields(before, after)
        : {
            before: null,
            after: { nip: record.nip, mulai: record.startsOn, selesai: record.endsOn, jenis: after.kind },
          };
      return {
        key: keyOf(record),
        row: record.row,
        existed: before !== undefined,
        record,
        ...(change ? { change } : {}),
      };
    });
    const writes = audited.filter((a) => a.change);
    await inBatches(
      writes,
      { size: batchSize, step: 'writing leave periods', rowOf: (a) => a.row, keyOf: (a) => a.key },
      (batch) => {
        const rows = batch.map(({ record }) => ({
          employee_id: ids.get(record.nip)!,
          starts_on: record.startsOn,
          ends_on: record.endsOn,
          kind: record.kind ?? null,
        }));
        return tx.execute(sql`
        insert into leave_periods (employee_id, starts_on, ends_on, source, kind)
        select x.employee_id, x.starts_on, x.ends_on, 'import', x.kind
        from ${recordset(rows)} as x(employee_id int, starts_on date, ends_on date, kind text)
        on conflict (employee_id, starts_on, ends_on)
        do update set kind = coalesce(excluded.kind, leave_periods.kind)`);
      },
    );
    const summary = await writeImportAudit(tx, {
      actor: options.actor,
      entity: 'leave_period',
      rows: audited,
      batchSize,
    });
    return { ok: true, summary };
  });
}
