/**
 * /hasil360 through the real grammY bot (against the Bot API stand-in) and through the terminal:
 * the person rated gets the text (the chart: see the comment on `sendPlain`); the penilai gets an appraisee's results; the
 * atasan who is not the penilai gets the refusal that names nobody; 2 peers show nothing.
 */
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../src/channels/telegram/bot.js';
import type { DikaContext } from '../../src/channels/telegram/context.js';
import { runTerminalChat } from '../../src/channels/terminal/terminal-chat.js';
import { ATASAN, PENILAI, textsSentTo } from '../support/appraisal-rig.js';
import { seedResultsCycle, seedResultsTeam } from '../support/feedback-results-seed.js';
import { linkTelegram, TEST_TOKEN, useTelegramHarness } from '../support/telegram-harness.js';
import { commandMessage, TEST_USER } from '../support/telegram-updates.js';

const h = useTelegramHarness();

/**
 * The same bot without charts: the Bot API stand-in cannot parse grammY's multipart upload on
 * Node 20.20: undici parses only `form-data; name="…"; filename="…"`, grammY writes
 * `form-data;name="…";filename=…`, so a photo is refused there and retried until the test times out.
 * The chart itself is checked in feedback-results.test.ts.
 */
let plain: Bot<DikaContext> | undefined;
const errors: unknown[] = [];
async function sendPlain(update: Update) {
  plain ??= createTelegramBot(TEST_TOKEN, h.deps, {
    apiRoot: h.api.url,
    botInfo: h.api.botInfo,
    charts: false,
    onUpdateError: (error) => void errors.push(error),
  });
  await plain.handleUpdate(update);
  await h.platform.outbound.settled();
  if (errors.length > 0) throw errors[0];
}

async function seed(peers: number) {
  const team = await seedResultsTeam(h.db);
  await seedResultsCycle(h.db, team, { peers, subordinates: 2 });
  await linkTelegram(h.db, team.sari.id, TEST_USER.id);
  await linkTelegram(h.db, team.hendra.id, PENILAI.id);
  await linkTelegram(h.db, team.rina.id, ATASAN.id);
  return team;
}

describe('/hasil360 in Telegram', () => {
  it('the person rated: 3 peers shown, 2 subordinates not', { timeout: 60_000 }, async () => {
    await seed(3);
    h.clock.set('2026-12-21T02:00:00Z');
    await sendPlain(commandMessage('hasil360', '2026-Q4'));
    const texts = textsSentTo(h, TEST_USER.id).join('\n');
    expect(texts).toContain('Hasil umpan balik 360° BerAKHLAK Bapak/Ibu, periode 2026-Q4.');
    expect(texts).toContain('Rekan kerja (3 penilai): rata-rata 4 dari 5');
    expect(texts).toContain('"Komentar rekan 1" (rekan kerja)');
    expect(texts).toContain('Bawahan: tidak ditampilkan (kurang dari 3 penilai)');
    expect(texts).not.toContain('Komentar staf');
    // Nothing of an answer is logged.
    expect(JSON.stringify(h.logs)).not.toContain('Komentar');
  });

  it('2 peers: nothing of them, and no chart', { timeout: 60_000 }, async () => {
    await seed(2);
    await h.send(commandMessage('hasil360'));
    const texts = textsSentTo(h, TEST_USER.id).join('\n');
    expect(texts).toContain('Rekan kerja: tidak ditampilkan (kurang dari 3 penilai)');
    expect(texts).not.toContain('Komentar rekan');
    expect(h.api.calls.filter((c) => c.method === 'sendPhoto')).toHaveLength(0);
  });

  it('the penilai sees an appraisee; the atasan who is not the penilai is refused like an unknown name', {
    timeout: 60_000,
  }, async () => {
    await seed(3);
    await sendPlain(commandMessage('hasil360', 'Sari Wulandari', { from: PENILAI }));
    expect(textsSentTo(h, PENILAI.id).join('\n')).toContain(
      'Hasil umpan balik 360° BerAKHLAK Sari Wulandari',
    );
    await h.send(commandMessage('hasil360', 'Sari Wulandari', { from: ATASAN }));
    await h.send(commandMessage('hasil360', 'Siapa Saja', { from: ATASAN }));
    const [known, unknown] = textsSentTo(h, ATASAN.id);
    expect(known).toBe(unknown);
    expect(known).toContain('Tidak ada pegawai dengan nama atau NIP tersebut yang Bapak/Ibu nilai.');
  });
});

describe('/hasil360 in the terminal', () => {
  it('shows the same results as text', { timeout: 60_000 }, async () => {
    const team = await seed(3);
    const out: string[] = [];
    async function* lines() {
      yield '/hasil360';
      yield '/hasil360 Sari';
      yield '/keluar';
    }
    const code = await runTerminalChat({
      ...h.deps,
      nip: team.hendra.nip,
      lines: lines(),
      write: (s) => void out.push(s),
      clock: () => new Date('2026-12-21T02:00:00Z'),
    });
    expect(code).toBe(0);
    const said = out.join('\n');
    // Hendra was not rated himself; he appraises Sari.
    expect(said).toContain('Belum ada putaran umpan balik 360° yang menilai Bapak/Ibu.');
    expect(said).toContain('Hasil umpan balik 360° BerAKHLAK Sari Wulandari, periode 2026-Q4.');
    expect(said).toContain('Rekan kerja (3 penilai): rata-rata 4 dari 5');
    expect(said).not.toContain('Komentar staf');
  });
});
