/** /umpanbalik in the terminal: a typed name searches, numbers press buttons, Kirim stores once. */
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/terminal-chat.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform } from '../../src/services/platform.js';
import { continuousFeedback, continuousFeedbackWaiting } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedEmployee, seedUnitPath } from '../support/telegram-harness.js';

const t = useTestDatabase();
const logger = pino({ level: 'silent' });

async function* lines(...input: string[]) {
  for (const line of input) yield line;
}

describe('terminal /umpanbalik', () => {
  beforeEach(() => truncateAll(t.db));

  it('searches, picks, chooses values and kind, writes and sends anonymously', async () => {
    const unit = await seedUnitPath(t.db, 'Biro Umum/Bagian Kepegawaian');
    const me = await seedEmployee(t.db, { name: 'Sari Wulandari', unitId: unit });
    const peer = await seedEmployee(t.db, { name: 'Dodi Pratama', unitId: unit });
    const out: string[] = [];
    const code = await runTerminalChat({
      logger,
      ...createPlatform({ db: t.db, logger }),
      db: t.db,
      translator: new Translator(),
      nip: me.nip,
      clock: () => new Date('2026-12-02T03:00:00Z'),
      write: (s) => void out.push(s),
      // [2] Akuntabel, [7] Kolaboratif, [8] Lanjut; [1] Apresiasi; [1] Kirim tanpa nama
      lines: lines(
        '/umpanbalik',
        'Zulkifli',
        'dodi',
        '1',
        '2',
        '7',
        '8',
        '1',
        'Rapi dan teliti',
        '1',
        '/keluar',
      ),
    });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('tidak ditemukan di unit Anda dan unit sekitar');
    expect(text).toContain('[1] Dodi Pratama (Bagian Kepegawaian)');
    expect(text).toContain('Umpan balik Anda dikirim tanpa nama');
    expect(text).toContain('Terima kasih. Umpan balik Anda untuk Dodi Pratama tersimpan tanpa nama');
    const items = await t.db.select().from(continuousFeedback);
    expect(items).toEqual([
      expect.objectContaining({
        recipientId: peer.id,
        giverId: null,
        kind: 'appreciation',
        values: ['akuntabel', 'kolaboratif'],
        body: 'Rapi dan teliti',
      }),
    ]);
    expect(await t.db.select().from(continuousFeedbackWaiting)).toHaveLength(1);
  });
});
