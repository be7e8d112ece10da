/**
 * /rekap in the terminal: the supervisor's weekly view printed, its chart saved as a PNG file
 * whose path is printed, and "Tandai dialog sudah dilaksanakan" pressed by its number.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/terminal-chat.js';
import { closeChartRenderer } from '../../src/charts/index.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform } from '../../src/services/platform.js';
import { checkins, dialogRequests } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const logger = pino({ level: 'silent' });
afterAll(() => closeChartRenderer());

async function* lines(...input: string[]) {
  for (const line of input) yield line;
}

describe('terminal /rekap', () => {
  it('prints the line’s week, saves the chart, and starts the dialog record from its button', async () => {
    await truncateAll(t.db);
    const boss = await seedEmployee(t.db, { name: 'Rina Kusuma', nip: '197501012000032001' });
    const sari = await seedEmployee(t.db, { name: 'Sari Wulandari', supervisorId: boss.id });
    const dodi = await seedEmployee(t.db, { name: 'Dodi Pratama', supervisorId: boss.id });
    await seedKeyResults(t.db, dodi.id, THREE_KRS.slice(0, 1));
    const [checkin] = await t.db
      .insert(checkins)
      .values({
        employeeId: sari.id,
        isoWeek: '2026-W49',
        weekStart: '2026-11-30',
        channel: 'terminal',
        wantsDialog: true,
        submittedAt: new Date('2026-12-01T02:00:00Z'),
      })
      .returning();
    await t.db
      .insert(dialogRequests)
      .values({ employeeId: sari.id, supervisorId: boss.id, checkinId: checkin!.id });
    const chartDir = mkdtempSync(join(tmpdir(), 'dika-rekap-test-'));
    const out: string[] = [];
    await runTerminalChat({
      logger,
      ...createPlatform({ db: t.db, logger }),
      db: t.db,
      translator: new Translator(),
      nip: boss.nip,
      chartDir,
      clock: () => new Date('2026-12-02T03:00:00Z'),
      write: (s) => void out.push(s),
      lines: lines('/rekap', '1', 'Target dipercepat'),
    });
    const text = out.join('\n');
    expect(text).toContain('1 dari 2 pegawai sudah melapor');
    expect(text).toContain('belum melapor: Dodi Pratama');
    expect(text).toMatch(/\[1\] ✅ Tandai dialog sudah dilaksanakan: Sari Wulandari/);
    const saved = /Grafik disimpan di (\S+\.png)/.exec(text)?.[1];
    expect(saved).toBeDefined();
    expect(existsSync(saved!)).toBe(true);
    expect(readFileSync(saved!).subarray(1, 4).toString()).toBe('PNG');
    // The button pressed by number asks for the agreement; the answer moves on to the follow-up.
    expect(text).toContain('Apa kesepakatan dalam dialog tersebut?');
    expect(text).toContain('Apa rencana tindak lanjutnya?');
  });
});
