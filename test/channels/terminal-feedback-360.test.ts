/** The 360° questionnaire in the terminal: /360 lists, a number starts, typed lines answer, Kirim. */
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/terminal-chat.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform } from '../../src/services/platform.js';
import { conversations, feedbackAssignments, feedbackPending } from '../../src/storage/schema.js';
import { openCycle, seedUnit } from '../integration/feedback-seed.js';
import { truncateAll, useTestDatabase } from '../support/database.js';

const t = useTestDatabase();
const logger = pino({ level: 'silent' });

async function* lines(...input: string[]) {
  for (const line of input) yield line;
}

describe('terminal 360°', () => {
  beforeEach(() => truncateAll(t.db));

  it('lists, fills in and sends one questionnaire', async () => {
    const { staff } = await seedUnit(t.db, 3);
    await openCycle(t.db);
    const me = staff[0]!;
    const perValue = ['4', '5', '6', '1']; // sering, selalu, tidak dapat menilai, Lewati
    const answers = Array.from({ length: 7 }, (_, i) =>
      i === 0 ? ['4', '5', '6', 'Cekatan melayani'] : perValue,
    ).flat();
    const out: string[] = [];
    const code = await runTerminalChat({
      logger,
      ...createPlatform({ db: t.db, logger }),
      db: t.db,
      translator: new Translator(),
      nip: me.nip,
      clock: () => new Date('2026-12-02T02:00:00Z'),
      write: (s) => void out.push(s),
      lines: lines('/360', '1', ...answers, '1', '1', '/360', '/keluar'),
    });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Jawaban Anda anonim; hasil');
    expect(text).toMatch(/\[1\] Hendra Gunawan/);
    expect(text).toContain('[1] Tidak pernah   [2] Jarang');
    expect(text).toContain('Kuesioner untuk Hendra Gunawan terkirim');
    const mine = (await t.db.select().from(feedbackAssignments)).filter((a) => a.raterId === me.id);
    expect(mine.filter((a) => a.status === 'submitted').map((a) => a.relation)).toEqual(['subordinate']);
    expect(await t.db.select().from(feedbackPending)).toHaveLength(1);
    expect((await t.db.select().from(conversations)).filter((c) => c.kind === 'kuesioner360')).toHaveLength(
      0,
    );
    // The second /360 lists only the two colleagues left.
    expect(out.at(-2)).toContain('(2)');
  });
});
