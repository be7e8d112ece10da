/**
 * /hasil360 through the service on a real database, and the HR export through its CLI command:
 * 2 peers show nothing, 3 show scores and comments; subordinates below k never show, not even as
 * a difference; the atasan who is not the penilai, a stranger and an unknown name read the same
 * refusal; before the close only the date; the export has one row per ratee × category × value
 * and suppressed rows carry no number.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeChartRenderer } from '../../src/charts/index.js';
import { feedbackExportCommand } from '../../src/cli/commands/feedback-export.js';
import type { CliContext } from '../../src/cli/context.js';
import type { Config } from '../../src/config.js';
import { renderPrompts } from '../../src/i18n/render-prompt.js';
import { Translator } from '../../src/i18n/translator.js';
import type { DialogReply } from '../../src/services/dialogs/dialog-reply.js';
import { answerResults, behaviourSummary } from '../../src/services/feedback/results-service.js';
import { employees } from '../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { type ResultsTeam, seedResultsCycle, seedResultsTeam } from '../support/feedback-results-seed.js';

const t = useTestDatabase();
const translator = new Translator('id');
const text = (reply: DialogReply) => renderPrompts(translator, 'id', reply.prompts).text;
const ask = (who: { id: number; name: string }, args = '', charts = false) =>
  answerResults(t.db, { id: who.id, name: who.name, locale: 'id' }, args, { translator, charts });

let team: ResultsTeam;
afterAll(() => closeChartRenderer());
beforeEach(async () => {
  await truncateAll(t.db);
  team = await seedResultsTeam(t.db);
});

describe('/hasil360 for the person rated', () => {
  it('2 peers: nothing from peers, neither scores nor comments', async () => {
    await seedResultsCycle(t.db, team, { peers: 2, subordinates: 0 });
    const shown = text(await ask(team.sari));
    expect(shown).toContain('Rekan kerja: tidak ditampilkan (kurang dari 3 penilai)');
    expect(shown).not.toContain('Komentar rekan');
    expect(shown).not.toMatch(/rata-rata|\(\d+ penilai\)/);
    // The appraiser's named rating is shown by name.
    expect(shown).toContain('Pejabat penilai (Hendra Gunawan): sesuai ekspektasi');
  });

  it('3 peers: the distribution, mean and comments, with a chart', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 0 });
    const reply = await ask(team.sari, '2026-Q4', true);
    const shown = text(reply);
    expect(shown).toContain('Rekan kerja (3 penilai): rata-rata 4 dari 5 · selalu 0, sering 9');
    for (const n of [1, 2, 3]) expect(shown).toContain(`"Komentar rekan ${n}" (rekan kerja)`);
    expect(reply.attachments).toHaveLength(1);
    const png = Buffer.from(reply.attachments![0]!.base64, 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('3 peers and 2 subordinates: peers shown, subordinates not, and no total to subtract', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 2 });
    const shown = text(await ask(team.sari));
    expect(shown).toContain('Bawahan: tidak ditampilkan (kurang dari 3 penilai)');
    expect(shown).not.toContain('Komentar staf');
    expect(shown).not.toContain('5 penilai');
    // Subordinates answered 2 (jarang): any figure holding them would show a jarang or a mean below 4.
    expect(shown).not.toMatch(/jarang [1-9]/);
    expect(shown.match(/rata-rata 4 dari 5/g)).toHaveLength(7);
    expect(shown).not.toMatch(/rata-rata [0-3]/);
  });

  it('a cycle with k = 4 shows nothing of 3 peers', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 0, minRaters: 4 });
    const shown = text(await ask(team.sari));
    expect(shown).toContain('Rekan kerja: tidak ditampilkan (kurang dari 4 penilai)');
    expect(shown).not.toContain('Komentar rekan');
  });

  it('before the close: only when it closes', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 3, status: 'open' });
    const shown = text(await ask(team.sari));
    expect(shown).toBe(
      'Hasil umpan balik 360° periode 2026-Q4 tersedia setelah putaran ditutup. Pengisian berakhir pada 18 Desember 2026.',
    );
  });

  it('no cycle: says so', async () => {
    expect(text(await ask(team.sari, '2026-Q3'))).toBe(
      'Belum ada putaran umpan balik 360° yang menilai Bapak/Ibu pada periode 2026-Q3.',
    );
  });
});

describe('/hasil360 <name> for the appraiser', () => {
  it('the penilai sees the results of the person they appraise, by name or NIP', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 3 });
    const byName = text(await ask(team.hendra, 'sari'));
    expect(byName).toContain('Hasil umpan balik 360° BerAKHLAK Sari Wulandari, periode 2026-Q4.');
    expect(byName).toContain('Bawahan (3 penilai): rata-rata 2 dari 5');
    expect(text(await ask(team.hendra, `2026-Q4 ${team.sari.nip}`))).toBe(byName);
  });

  it('the atasan who is not the penilai, a stranger, and an unknown name get the same refusal', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 3 });
    const refusals = [
      await ask(team.rina, 'Sari Wulandari'),
      await ask(team.rina, team.sari.nip),
      await ask(team.stranger, 'Sari'),
      await ask(team.hendra, 'Nama Yang Tidak Ada'),
      await ask(team.hendra, 'Tono Lain'),
    ];
    for (const r of refusals) expect(r).toEqual(refusals[0]);
    const shown = text(refusals[0]!);
    expect(shown).toContain('Tidak ada pegawai dengan nama atau NIP tersebut yang Bapak/Ibu nilai.');
    expect(shown).not.toContain('Sari');
  });

  it('without a penilai named, the atasan appraises: Hendra sees Rina', async () => {
    await seedResultsCycle(t.db, team, { peers: 0, subordinates: 3 }, team.rina.id);
    // Rina has no appraiser_id: her atasan Hendra appraises her.
    expect(text(await ask(team.hendra, 'Rina'))).toContain('Hasil umpan balik 360° BerAKHLAK Rina Kusuma');
  });
});

describe('behaviourSummary for the evaluation', () => {
  it('gives the shown categories only, per value', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 2 });
    const summary = await behaviourSummary(t.db, team.sari.id, '2026-TW4');
    expect(summary.status).toBe('closed');
    if (summary.status !== 'closed') return;
    expect(summary.suppressed).toEqual(['subordinate']);
    expect(summary.values).toHaveLength(7);
    for (const v of summary.values)
      expect(v.categories).toEqual([
        { category: 'peer', raters: 3, mean: 4, levels: [0, 0, 0, 9, 0], notAssessed: 0 },
      ]);
    expect(await behaviourSummary(t.db, team.sari.id, '2026-Q3')).toEqual({ status: 'none' });
  });
});

describe('feedback-export for HR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dika-hasil360-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CliContext = {
      config: {} as Config,
      translator,
      locale: 'id',
      actor: 'cli:test',
      database: async () => t.database,
      out: (l) => void out.push(l),
      err: (l) => void err.push(l),
    };
    const code = await feedbackExportCommand.run(args, ctx);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('writes one aggregate row per ratee × category × value; suppressed rows carry no number', async () => {
    // Sari: 3 peers, 2 subordinates. Rina (her name made a formula): 3 subordinates, no peers.
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 2 });
    await seedResultsCycle(t.db, team, { peers: 0, subordinates: 3 }, team.rina.id);
    await t.db.execute(sql`update employees set name = '=HYPERLINK("http://x")' where id = ${team.rina.id}`);
    const file = join(dir, 'hasil.csv');
    const result = await run('2026-Q4', '--out', file);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('untuk 2 pegawai (28 baris agregat)');
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 2 * 2 * 7);
    const content = lines.join('\n');
    expect(content).not.toMatch(/Komentar|Laporan selalu|Hendra|Rekan 1|Staf 1/);
    const suppressed = lines.filter((l) => l.includes('tidak ditampilkan (kurang dari 3 penilai)'));
    expect(suppressed).toHaveLength(14); // Sari's subordinates, Rina's peers
    for (const line of suppressed) expect(line).toMatch(/,,,,,,,,,tidak ditampilkan/);
    for (const line of suppressed) expect(line.split(',').slice(6, 14).join('')).toBe('');
    expect(lines.filter((l) => l.includes(',Rekan kerja,') && l.includes('Sari'))[0]).toMatch(
      /,3,0,9,0,0,0,0,4,$/,
    );
    expect(lines.some((l) => l.startsWith(`${team.rina.nip},"'=HYPERLINK(""http://x"")"`))).toBe(true);
    const [audit] = rowsOf<{ action: string; entity_key: string }>(
      await t.db.execute(sql`select action, entity_key from audit_log where action = 'feedback-export'`),
    );
    expect(audit).toEqual({ action: 'feedback-export', entity_key: '2026-Q4' });
  });

  it('writes the same rows as XLSX', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 2 });
    const file = join(dir, 'hasil.xlsx');
    expect((await run('2026-Q4', '--out', file)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Hasil 360')!;
    expect(sheet.rowCount).toBe(1 + 2 * 7);
    expect(sheet.getRow(2).getCell(7).value).toBe(3);
  });

  it('refuses a period whose cycle is still open, and a bad period', async () => {
    await seedResultsCycle(t.db, team, { peers: 3, subordinates: 3, status: 'open' });
    const open = await run('2026-Q4', '--out', join(dir, 'x.csv'));
    expect(open.code).toBe(1);
    expect(open.err).toContain(
      'Tidak ada putaran umpan balik 360° yang sudah ditutup untuk periode 2026-Q4.',
    );
    expect((await run('kemarin', '--out', join(dir, 'x.csv'))).code).toBe(1);
    expect((await run('2026-Q4')).code).toBe(2);
    const people = await t.db.select().from(employees);
    expect(people.length).toBeGreaterThan(0);
  });
});
