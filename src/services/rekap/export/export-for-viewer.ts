/**
 * `/rekap … xlsx` in chat: the same export as HR's, for what the viewer may see under the rekap's
 * rules (load-rekap.ts: a supervisor their line, a unit head the subtree, an admin everything,
 * audited), returned as bytes the channel sends as a document. A supervisor's line is small; a
 * deputy's subtree of 15,000 people makes a workbook of a few megabytes, well inside a chat's
 * document limit (Telegram: 50 MB).
 */
import { PassThrough } from 'node:stream';
import type { Locale, Translator } from '../../../i18n/translator.js';
import type { Db } from '../../../storage/database.js';
import {
  loadRekap,
  periodCode,
  type RekapAnswer,
  type RekapRequest,
  type RekapViewer,
} from '../load-rekap.js';
import { type ExportFormat, loadExportRecords, writeRekapExport } from './rekap-export.js';

export interface RekapExportRequest extends RekapRequest {
  format: ExportFormat;
  /** The viewer's language: sheet names and headers. */
  locale: Locale;
}

export interface RekapExportFile {
  /** `rekap-2026-Q4.xlsx` */
  filename: string;
  bytes: Buffer;
  /** People in it, for the message sent with the document. */
  people: number;
}

export type RekapExportAnswer = { ok: true; file: RekapExportFile } | Exclude<RekapAnswer, { ok: true }>;

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return Buffer.concat(chunks);
}

/** Call it outside an update's transaction, like loadRekap: the read runs on its own connection. */
export async function exportRekapForViewer(
  db: Db,
  viewer: RekapViewer,
  request: RekapExportRequest,
  context: { translator: Translator; now: Date },
): Promise<RekapExportAnswer> {
  const answer = await loadRekap(db, viewer, request, context.now);
  if (!answer.ok) return answer;
  const records = await loadExportRecords(db, answer.scope, request.period);
  const data = { rekap: answer.data, ...records };
  const options = { translator: context.translator, locale: request.locale, format: request.format };
  const bytes = await collect((out) => writeRekapExport(data, options, out));
  return {
    ok: true,
    file: {
      filename: `rekap-${periodCode(request.period)}.${request.format}`,
      bytes,
      people: answer.data.people.length,
    },
  };
}
