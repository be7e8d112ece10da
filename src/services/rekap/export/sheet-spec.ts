/**
 * A sheet of the rekap export, described once and written twice: as an XLSX worksheet (typed cells,
 * number formats) and, for the capaian sheet, as CSV. Rows are produced lazily so that 100,000
 * people never become 100,000 exceljs row objects at once: the writer walks them twice (once to
 * measure column widths, once to write), holding one row at a time.
 */
import type { MessageArgs } from '../../../i18n/translator.js';

/**
 * How a column's values are typed. `percent` holds percentage points as the domain computes them
 * (84.2 = 84,2%); the XLSX writer stores the fraction with a percent format. `date` holds a
 * calendar date `yyyy-MM-dd`. `text` and `long` (wrapped, e.g. umpan balik) are strings.
 */
export type ColumnKind = 'text' | 'long' | 'integer' | 'number' | 'percent' | 'date';

export type CellValue = string | number | null;

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
}

export interface SheetSpec {
  /** The worksheet's name (Excel allows 31 characters) and the base of a CSV file's name. */
  name: string;
  columns: readonly ColumnSpec[];
  /** Called once per pass; every row has one value per column. */
  rows: () => Iterable<readonly CellValue[]>;
}

/** Formats a message of locales/<lang>/export.ftl in the export's language. */
export type Translate = (key: string, args?: MessageArgs) => string;

/** A calendar date as Fluent's DATETIME wants it: local midnight, so it prints that very day. */
export function fluentDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** Monday (`yyyy-MM-dd`) of an ISO week key `2026-W49`: week 1 is the week holding 4 January. */
export function isoWeekMonday(isoWeek: string): string {
  const year = Number(isoWeek.slice(0, 4));
  const week = Number(isoWeek.slice(6));
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(jan4 + ((week - 1) * 7 - jan4Weekday) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** Columns every per-person sheet starts with, so HR can sort and filter them the same way. */
export function personColumns(t: Translate): ColumnSpec[] {
  return [
    { header: t('export-col-name'), kind: 'text' },
    { header: t('export-col-nip'), kind: 'text' },
    { header: t('export-col-unit'), kind: 'text' },
  ];
}
