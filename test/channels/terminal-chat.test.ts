import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/terminal-chat.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform } from '../../src/services/platform.js';
import { checkins, krUpdates } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const translator = new Translator();
const clock = () => new Date('2026-03-04T02:00:00Z');
const logger = pino({ level: 'silent' });
/** What the terminal needs besides its own options: the same runner and queue as production. */
const platform = () => ({ logger, ...createPlatform({ db: t.db, logger }) });

/** Everything said, both ways, in order: the person's lines marked `»`. */
let transcript: string[] = [];
async function* lines(...input: string[]) {
  for (const line of input) {
    transcript.push(`» ${line}`);
    yield line;
  }
}

describe('terminal chat', () => {
  beforeEach(() => truncateAll(t.db));

  it('runs the same check-in dialog from typed lines and stores it', async () => {
    transcript = [];
    const me = await seedEmployee(t.db, {
      nip: '198805122010012003',
      name: 'Rina Marlina, S.H.',
      salutation: 'Ibu',
      timeZone: 'Asia/Makassar',
    });
    await seedKeyResults(t.db, me.id, THREE_KRS);
    const out: string[] = [];
    // 1 = Start; then value, confidence (typed numbers are answers there), "no evidence" (button 1)…
    const code = await runTerminalChat({
      ...platform(),
      db: t.db,
      translator,
      nip: me.nip,
      clock,
      write: (s) => {
        out.push(s);
        transcript.push(s);
      },
      lines: lines(
        '1',
        '2',
        '7',
        '1',
        'abc',
        '55',
        '6',
        '1',
        '9',
        '5',
        '/file laporan.pdf',
        'tidak ada',
        'Akses admin SIMPEG',
        'Rapat koordinasi',
        '2',
        '1',
        '/keluar',
      ),
    });
    expect(code).toBe(0);
    expect(out[0]).toContain('Ini dika di terminal, atas nama Rina.');
    expect(out[1]).toContain('[1] ▶️ Mulai');
    expect(out.some((o) => o.includes('Mohon ketik realisasi dalam angka'))).toBe(true);
    // The whole conversation as the person read it (DIKA_PRINT_TRANSCRIPT=1 prints it).
    if (process.env.DIKA_PRINT_TRANSCRIPT) console.info(transcript.join('\n\n'));
    expect(out[1]).toContain('Selamat pagi, Ibu Rina.');
    expect(out[1]).toContain('Laporan progres pekan 2 – 6 Mar 2026');
    expect(out.some((o) => o.includes('realisasi 2 dokumen · capaian 50% dari target 4 dokumen'))).toBe(true);
    expect(out.at(-2)).toContain('Laporan progres Anda sudah tersimpan');
    expect(out.at(-2)).toContain('Dukungan yang diperlukan: Akses admin SIMPEG');
    const [checkin] = await t.db.select().from(checkins);
    expect(checkin).toMatchObject({
      channel: 'terminal',
      isoWeek: '2026-W10',
      supportNeeded: 'Akses admin SIMPEG',
    });
    expect((await t.db.select().from(krUpdates)).map((u) => u.value).sort()).toEqual([2, 55, 9].sort());
  });

  it('refuses an unknown NIP with what to do next', async () => {
    const out: string[] = [];
    const code = await runTerminalChat({
      ...platform(),
      db: t.db,
      translator,
      nip: '000',
      clock,
      write: (s) => out.push(s),
      lines: lines(),
    });
    expect(code).toBe(1);
    expect(out[0]).toContain('npm run dika -- import employees');
  });
});
