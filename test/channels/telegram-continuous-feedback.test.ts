/**
 * /umpanbalik through the real grammY bot: search, pick, values, apresiasi, text, Kirim; the
 * anonymity note before the text; a redelivered or repeated Kirim stores once; the bundle
 * reaches the recipient at 16.00 with both givers' items and no names; no log line holds the text.
 */
import type { User } from 'grammy/types';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/scheduler/job-runner.js';
import { continuousFeedbackJobs } from '../../src/scheduler/jobs/continuous-feedback-bundle.js';
import { insertContinuousFeedback } from '../../src/storage/repositories/continuous-feedback.js';
import { continuousFeedback, continuousFeedbackWaiting, conversations } from '../../src/storage/schema.js';
import { PEER, textsSentTo } from '../support/appraisal-rig.js';
import { linkTelegram, seedEmployee, seedUnitPath, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, TEST_USER, textMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();
const TEXT = 'Terima kasih sudah sigap membantu rekap SIMPEG kemarin';
const OTHER = 'Presentasinya jelas dan tepat waktu';

/** The newest keyboard sent or edited into `user`'s chat: its button whose data ends with `|choice`. */
function press(user: User, choice: string) {
  const call = h.api.calls
    .filter((c) => c.body.reply_markup?.inline_keyboard && Number(c.body.chat_id) === user.id)
    .at(-1);
  const data = ((call?.body.reply_markup.inline_keyboard ?? []) as Array<Array<{ callback_data: string }>>)
    .flat()
    .map((b) => b.callback_data)
    .find((d) => d.endsWith(`|${choice}`));
  if (!data) throw new Error(`no button ${choice} for ${user.id}`);
  return callbackQuery(data, { from: user, messageId: call!.body.message_id ?? 7001 });
}

describe('/umpanbalik in Telegram', () => {
  beforeEach(() => {
    h.clock.set('2026-12-02T03:00:00Z'); // Wednesday 2 Dec 2026, 10.00 WIB
  });

  it('sends an anonymous appreciation once, delivered in a bundle with another giver', async () => {
    const unit = await seedUnitPath(h.db, 'Biro Umum/Bagian Kepegawaian');
    const me = await seedEmployee(h.db, { name: 'Sari Wulandari', unitId: unit });
    const peer = await seedEmployee(h.db, { name: 'Dodi Pratama', unitId: unit });
    const third = await seedEmployee(h.db, { name: 'Tono Saputra', unitId: unit });
    await linkTelegram(h.db, me.id, TEST_USER.id);
    await linkTelegram(h.db, peer.id, PEER.id);

    await h.send(commandMessage('umpanbalik'));
    expect(h.sentTexts().at(-1)).toContain('Ketik sebagian namanya');
    await h.send(textMessage('Zulkifli'));
    expect(h.sentTexts().at(-1)).toContain('tidak ditemukan di unit Anda dan unit sekitar');
    await h.send(textMessage('dodi'));
    await h.send(press(TEST_USER, 'c0'));
    await h.send(press(TEST_USER, 'v1'));
    await h.send(press(TEST_USER, 'v6'));
    await h.send(press(TEST_USER, 'lanjut'));
    await h.send(press(TEST_USER, 'apr'));
    expect(textsSentTo(h, TEST_USER.id).at(-1)).toContain(
      'Umpan balik Anda dikirim tanpa nama; penerima menerimanya dalam kumpulan bersama umpan balik lain',
    );
    await h.send(textMessage(TEXT));
    expect(textsSentTo(h, TEST_USER.id).at(-1)).toContain('Pengirim: tanpa nama');
    const kirim = press(TEST_USER, 'kirim');
    await h.send(kirim);
    await h.send(kirim); // redelivered by Telegram: the same update_id
    await h.send(press(TEST_USER, 'kirim')); // pressed again: a stale button now
    expect(textsSentTo(h, TEST_USER.id).join('\n')).toContain(
      'Terima kasih. Umpan balik Anda untuk Dodi Pratama',
    );

    const items = await h.db.select().from(continuousFeedback);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ recipientId: peer.id, giverId: null, body: TEXT });
    expect(await h.db.select().from(continuousFeedbackWaiting)).toHaveLength(1);
    expect(await h.db.select().from(conversations)).toEqual([]);

    // A second giver (written straight to storage), then 16.00 WIB.
    await h.db.transaction((tx) =>
      insertContinuousFeedback(tx, {
        recipientId: peer.id,
        giverId: third.id,
        named: false,
        kind: 'suggestion',
        values: ['adaptif'],
        body: OTHER,
        today: '2026-12-02',
      }),
    );
    const logger = pino({ level: 'debug' }, { write: (line: string) => void h.logs.push(JSON.parse(line)) });
    const deps = {
      db: h.db,
      logger,
      handlers: [...continuousFeedbackJobs],
      outbound: h.platform.outbound,
      renderers: h.platform.renderers,
      dialogs: h.platform.dialogs,
      defaultLocale: 'id' as const,
      worker: 'runner-1',
    };
    const at16 = new Date('2026-12-02T09:00:30Z');
    await runDueJobs(deps, at16, 60_000);
    await runDueJobs(deps, at16, 60_000);
    await h.platform.outbound.settled();

    const bundle = textsSentTo(h, PEER.id).join('\n');
    expect(bundle).toContain('Umpan balik berkelanjutan untuk Anda (2 umpan balik)');
    expect(bundle).toContain(TEXT);
    expect(bundle).toContain(OTHER);
    expect(bundle).toContain('• Akuntabel');
    expect(bundle).not.toMatch(/dari|Sari|Tono/);
    expect(await h.db.select().from(continuousFeedbackWaiting)).toEqual([]);

    expect(h.logs.some((l) => l.msg === 'continuous feedback bundle')).toBe(true);
    for (const line of h.logs) {
      const json = JSON.stringify(line);
      expect(json).not.toContain('sigap membantu');
      expect(json).not.toContain('Presentasinya');
    }
  });
});
