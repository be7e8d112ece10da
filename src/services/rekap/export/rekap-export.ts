/**
 * The HR export of a rekap: the rekap's facts plus the dialog-kinerja records and evaluations of
 * the period, read in one read-only snapshot, written as an XLSX workbook (five sheets) or as the
 * capaian sheet in CSV. A file is written under a temporary name beside the target and renamed at
 * the end, so a failed export leaves no file, and never half of one.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { RekapData, RekapPeriod } from '../../../core/rekap/rekap-data.js';
import type { Locale, Translator } from '../../../i18n/translator.js';
import type { Db, DbOrTx } from '../../../storage/database.js';
import { loadRekapData } from '../../../storage/repositories/rekap.js';
import {
  type EvaluationRecord,
  evaluationRecords,
  type HeldDialogRecord,
  heldDialogRecords,
} from '../../../storage/repositories/rekap-export.js';
import type { RekapScope } from '../../../storage/repositories/rekap-scope.js';
import { capaianSheet } from './capaian-sheet.js';
import { complianceSheet, weekHeaderOf } from './compliance-sheet.js';
import { dialogSheet } from './dialog-sheet.js';
import { evaluationSheet } from './evaluation-sheet.js';
import { notesSheet } from './notes-sheet.js';
import { writeSheetCsv } from './rekap-csv.js';
import { writeRekapWorkbook } from './rekap-workbook.js';
import type { SheetSpec } from './sheet-spec.js';

export type ExportFormat = 'xlsx' | 'csv';

export interface RekapExportData {
  rekap: RekapData;
  dialogs: HeldDialogRecord[];
  evaluations: EvaluationRecord[];
}

/** The export's extra rows for a rekap already read (same scope, same period). */
export async function loadExportRecords(
  db: DbOrTx,
  scope: RekapScope,
  period: RekapPeriod,
): Promise<Pick<RekapExportData, 'dialogs' | 'evaluations'>> {
  const [dialogs, evaluations] = await Promise.all([
    heldDialogRecords(db, scope, period),
    evaluationRecords(db, scope, period),
  ]);
  return { dialogs, evaluations };
}

/** Everything the export shows, for a scope already authorised, in one snapshot. */
export async function loadRekapExport(
  db: Db,
  scope: RekapScope,
  period: RekapPeriod,
  today: string,
): Promise<RekapExportData> {
  return db.transaction(
    async (tx) => {
      const rekap = await loadRekapData(tx, scope, period, today);
      return { rekap, ...(await loadExportRecords(tx, scope, period)) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The five sheets, headers and texts in `locale`. The capaian sheet is the CSV's. */
export function rekapSheets(data: RekapExportData, translator: Translator, locale: Locale): SheetSpec[] {
  const t = translator.forLocale(locale);
  const { rekap } = data;
  return [
    complianceSheet(rekap, t, weekHeaderOf(translator, locale)),
    capaianSheet(rekap, t),
    notesSheet(rekap, t),
    dialogSheet(rekap.people, data.dialogs, t),
    evaluationSheet(rekap.people, data.evaluations, t),
  ];
}

/** Writes the export in `format` to a stream (ended when done). */
export async function writeRekapExport(
  data: RekapExportData,
  options: { translator: Translator; locale: Locale; format: ExportFormat },
  out: Writable,
): Promise<void> {
  const sheets = rekapSheets(data, options.translator, options.locale);
  if (options.format === 'csv') await writeSheetCsv(sheets[1]!, out);
  else await writeRekapWorkbook(sheets, out);
}

/**
 * Runs `write` on a new file beside `path` (readable by its owner only: it holds personal data)
 * and renames it to `path` once complete, replacing an older export; on any failure the partial
 * file is removed and the error passed on.
 */
export async function writeFileAtomically(
  path: string,
  write: (out: Writable) => Promise<void>,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const out = createWriteStream(temporary, { flags: 'wx', mode: 0o600 });
  // exceljs does not watch the stream it writes to: a failing disk must end the wait here.
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  try {
    await once(out, 'open');
    await Promise.race([write(out), failed]);
    await Promise.race([finished(out), failed]);
    await rename(temporary, path);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}
