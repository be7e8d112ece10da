/**
 * /rekap in the terminal: the same service as Telegram, read outside any transaction; a chart is
 * saved as a PNG file whose path is printed (a terminal shows no images). The rekap's buttons
 * (drill down, mark a dialog held) are typed as their numbers like every other button.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale, Translator } from '../../i18n/translator.js';
import { startDialogRecord } from '../../services/appraisal/dialog-record-service.js';
import { REFUSED } from '../../services/appraisal/feedback-service.js';
import { type DialogReply, noteReply } from '../../services/dialogs/dialog-reply.js';
import type { DialogRunner } from '../../services/dialogs/dialog-runner.js';
import type { Person } from '../../services/people/person.js';
import { readRekapButton } from '../../services/rekap/rekap-buttons.js';
import { answerRekap, answerUnitDrill, type RekapAsker } from '../../services/rekap/rekap-service.js';
import type { Db } from '../../storage/database.js';
import { transaction } from '../../storage/transaction.js';

export interface TerminalRekapDeps {
  db: Db;
  dialogs: DialogRunner;
  translator: Translator;
  /** Where charts are saved (default: the system's temporary folder). */
  chartDir?: string;
}

export const isRekapCommand = (line: string) => /^\/rekap(\s|$)/.test(line);

export function terminalRekap(
  deps: TerminalRekapDeps,
  person: Person,
  locale: Locale,
  line: string,
  now: Date,
): Promise<DialogReply> {
  const asker: RekapAsker = { id: person.id, timeZone: person.timeZone, locale };
  return answerRekap(deps, asker, line.replace(/^\/rekap/, ''), now, 'terminal');
}

/** A rekap button typed by its number. */
export async function pressTerminalRekapButton(
  deps: TerminalRekapDeps,
  person: Person,
  locale: Locale,
  choice: string,
  now: Date,
): Promise<DialogReply> {
  const pressed = readRekapButton(choice);
  const refused = noteReply([{ key: 'appraisal-not-allowed', expects: 'none' }]);
  if (!pressed) return refused;
  if (pressed.type === 'held') {
    const reply = await transaction(deps.db, (tx) =>
      startDialogRecord(tx, deps.dialogs, person, 'terminal', pressed.requestId, now),
    );
    return reply === REFUSED ? refused : reply;
  }
  const asker: RekapAsker = { id: person.id, timeZone: person.timeZone, locale };
  return answerUnitDrill(deps, asker, pressed.unitId, now, 'terminal');
}

/** Saves a reply's files and returns the lines that name them. */
export async function saveRekapAttachments(
  deps: TerminalRekapDeps,
  locale: Locale,
  reply: DialogReply,
  now: Date,
): Promise<string[]> {
  const folder = deps.chartDir ?? join(tmpdir(), 'dika-rekap');
  await mkdir(folder, { recursive: true });
  const lines: string[] = [];
  for (const [n, file] of (reply.attachments ?? []).entries()) {
    const path = join(folder, `${now.getTime()}-${n}-${file.fileName}`);
    await writeFile(path, Buffer.from(file.base64, 'base64'));
    lines.push(deps.translator.t(locale, 'rekap-chart-saved', { path }));
  }
  return lines;
}
