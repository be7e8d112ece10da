/**
 * `holidays import <file.csv>`: next year's libur nasional and cuti bersama (or a unit's own days)
 * from a spreadsheet: tanggal, nama, jenis, unit (optional), sumber (optional). All or nothing,
 * under the import lock, one audit row per created or changed day; a re-import changes nothing.
 */
import type { CalendarDay, CalendarDayKind } from '../../core/calendar/working-calendar.js';
import { parseDayText } from '../../core/leave/parse-leave-dates.js';
import type { Db } from '../../storage/database.js';
import { calendarKey, loadUnitTree, upsertCalendarDays } from '../../storage/repositories/calendar.js';
import { calendarDays } from '../../storage/schema.js';
import { type AuditedChange, changedFields, writeImportAudit } from '../audit.js';
import { type ImportProblem, type ImportResult, shown, sortProblems } from '../import-error.js';
import { readCsv } from '../read-csv.js';
import { type ImportOptions, runImport } from '../run-import.js';
import { DEFAULT_BATCH_SIZE } from '../write-batches.js';

/** `libur` / `cuti-bersama` / `masuk` as admins write them (Indonesian or English). */
const KINDS: Readonly<Record<string, CalendarDayKind>> = {
  libur: 'holiday',
  'libur nasional': 'holiday',
  'libur-nasional': 'holiday',
  holiday: 'holiday',
  'cuti bersama': 'collective-leave',
  'cuti-bersama': 'collective-leave',
  cuti_bersama: 'collective-leave',
  'collective-leave': 'collective-leave',
  masuk: 'workday',
  'hari kerja': 'workday',
  workday: 'workday',
};

export function parseDayKind(raw: string): CalendarDayKind | undefined {
  return KINDS[raw.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/** A full date with its year (`2027-01-01`, `1/1/2027`, `1 Januari 2027`): a holiday file never guesses one. */
export function parseCalendarDate(raw: string): string | undefined {
  if (!/\d{4}/.test(raw)) return undefined;
  return parseDayText(raw, '2000-01-01');
}

export interface CalendarImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

interface Planned extends CalendarDay {
  row: number;
  unitId: number | null;
  unitPath?: string;
}

export async function importCalendarDays(
  db: Db,
  csvText: string,
  options: ImportOptions,
): Promise<ImportResult<CalendarImportSummary>> {
  const read = readCsv(csvText, ['tanggal', 'nama', 'jenis'], {
    date: 'tanggal',
    name: 'nama',
    kind: 'jenis',
    source: 'sumber',
  });
  if (!read.ok) return { ok: false, problems: sortProblems(read.problems) };
  const rows = read.table.rows;
  return runImport(db, async (tx): Promise<ImportResult<CalendarImportSummary>> => {
    const tree = await loadUnitTree(tx);
    const problems: ImportProblem[] = [];
    const planned: Planned[] = [];
    const seen = new Map<string, number>();
    for (const { row, cells } of rows) {
      const bad = (column: string, key: string, value = cells[column] ?? '') =>
        problems.push({ row, column, key, args: { value: shown(value) } });
      const date = parseCalendarDate(cells.tanggal ?? '');
      if (!date) bad('tanggal', cells.tanggal ? 'holidays-import-date' : 'import-required');
      const name = cells.nama ?? '';
      if (name === '') bad('nama', 'import-required');
      const kind = parseDayKind(cells.jenis ?? '');
      if (!kind) bad('jenis', cells.jenis ? 'holidays-import-kind' : 'import-required');
      const unitPath = cells.unit ? cells.unit : undefined;
      const unitId = unitPath === undefined ? null : tree.idOf(unitPath);
      if (unitId === undefined) bad('unit', 'holidays-import-unit');
      if (!date || !kind || name === '' || unitId === undefined) continue;
      const key = calendarKey(date, unitPath);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          row,
          column: 'tanggal',
          key: 'holidays-import-duplicate',
          args: { value: date, row: first },
        });
        continue;
      }
      seen.set(key, row);
      planned.push({
        row,
        date,
        kind,
        name,
        source: cells.sumber ?? '',
        unitId,
        ...(unitPath ? { unitPath } : {}),
      });
    }
    if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };

    const stored = new Map(
      (await tx.select().from(calendarDays)).map((d) => [
        calendarKey(d.day, d.unitId === null ? undefined : tree.pathOf(d.unitId)),
        { kind: d.kind, name: d.name, source: d.source },
      ]),
    );
    const audited: AuditedChange[] = planned.map((p) => {
      const key = calendarKey(p.date, p.unitPath);
      const before = stored.get(key);
      const change = changedFields(before, { kind: p.kind, name: p.name, source: p.source });
      return { key, row: p.row, existed: before !== undefined, ...(change ? { change } : {}) };
    });
    const changedKeys = new Set(audited.filter((a) => a.change).map((a) => a.key));
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const toWrite = planned.filter((p) => changedKeys.has(calendarKey(p.date, p.unitPath)));
    for (let start = 0; start < toWrite.length; start += batchSize) {
      await upsertCalendarDays(tx, toWrite.slice(start, start + batchSize));
    }
    const summary = await writeImportAudit(tx, {
      actor: options.actor,
      entity: 'calendar_day',
      rows: audited,
      batchSize,
    });
    return { ok: true, summary };
  });
}
