/** /evaluasi in the terminal: the same dialog, buttons pressed by number, the rating stored. */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/terminal-chat.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform } from '../../src/services/platform.js';
import { performanceEvaluations } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedEvaluationTeam } from '../support/evaluation-seed.js';

const t = useTestDatabase();
const logger = pino({ level: 'silent' });

async function* lines(...input: string[]) {
  for (const line of input) yield line;
}

describe('terminal /evaluasi', () => {
  it('skips Dodi, rates Rina Sesuai × Di bawah (Kurang/Misconduct), then ends', async () => {
    await truncateAll(t.db);
    const team = await seedEvaluationTeam(t.db);
    const out: string[] = [];
    const code = await runTerminalChat({
      logger,
      ...createPlatform({ db: t.db, logger }),
      db: t.db,
      translator: new Translator(),
      nip: team.penilai.nip,
      clock: () => new Date('2026-12-21T02:00:00Z'),
      write: (s) => void out.push(s),
      // Buttons: [1] di bawah [2] sesuai [3] di atas [4] Lewati [5] Akhiri.
      lines: lines('/evaluasi 2026-TW4', '4', '2', '1', '5'),
    });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('pegawai 1 dari 3: Dodi Pratama');
    expect(text).toContain('[4] Lewati');
    expect(text).toContain('Predikat Rina Kusuma: Kurang/Misconduct');
    expect(text).toContain('1 pegawai dinilai, 1 dilewati');
    expect(await t.db.select().from(performanceEvaluations)).toMatchObject([
      { employeeId: team.atasan.id, resultRating: 'meets', behaviourRating: 'below', predikat: 'kurang' },
    ]);
  });
});
