/**
 * The BerAKHLAK 360° questionnaire end to end through the real grammY bot: the cycle opens, the
 * invitation job tells each rater whom to rate and who sees what, a colleague fills in all 21
 * indicators with buttons and a typed comment, sends; the draft is gone, the answer waits
 * anonymously, nothing of it reaches the logs. A stranger's press is refused.
 */
import { and, eq } from 'drizzle-orm';
import { Api } from 'grammy';
import type { User } from 'grammy/types';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { telegramSender } from '../../src/channels/telegram/outbound-sender.js';
import { telegramReplyRenderer } from '../../src/channels/telegram/reply-renderer.js';
import { Translator } from '../../src/i18n/translator.js';
import { type JobRunnerDeps, runDueJobs } from '../../src/scheduler/job-runner.js';
import { feedbackInviteJob } from '../../src/scheduler/jobs/feedback-invite.js';
import { createPlatform } from '../../src/services/platform.js';
import type { Db } from '../../src/storage/database.js';
import {
  conversations,
  feedbackAssignments,
  feedbackPending,
  outboundMessages,
} from '../../src/storage/schema.js';
import { ATASAN, buttonsSentTo, PEER, PENILAI, pressFor, textsSentTo } from '../support/appraisal-rig.js';
import { openTestCycle } from '../support/feedback-cycle-seed.js';
import { linkTelegram, seedEmployee, TEST_TOKEN, useTelegramHarness } from '../support/telegram-harness.js';
import {
  callbackQuery,
  commandMessage,
  TEST_USER,
  testUser,
  textMessage,
} from '../support/telegram-updates.js';

const h = useTelegramHarness();
const STRANGER = testUser({ id: 555_000_777, first_name: 'Asing' });
const SECRET = 'Komentar uji XK7Q: Sari selalu menolong warga antre';

function runner(db: Db): JobRunnerDeps {
  const logger = pino({ level: 'silent' });
  const platform = createPlatform({ db, logger, messagesPerSecond: 0 });
  platform.outbound.register(telegramSender(new Api(TEST_TOKEN, { apiRoot: h.api.url }), h.api.botInfo.id));
  platform.renderers.register(telegramReplyRenderer(new Translator('id'), h.api.botInfo.id));
  return {
    db,
    logger,
    handlers: [feedbackInviteJob],
    outbound: platform.outbound,
    renderers: platform.renderers,
    dialogs: platform.dialogs,
    defaultLocale: 'id',
    worker: 'w1',
  };
}

async function seed() {
  const head = await seedEmployee(h.db, { name: 'Hendra Gunawan', salutation: 'Bapak' });
  const sari = await seedEmployee(h.db, { name: 'Sari Wulandari', supervisorId: head.id });
  const dodi = await seedEmployee(h.db, { name: 'Dodi Pratama', supervisorId: head.id });
  const rina = await seedEmployee(h.db, { name: 'Rina Kusuma', supervisorId: head.id });
  const stranger = await seedEmployee(h.db, { name: 'Orang Lain' });
  await linkTelegram(h.db, head.id, PENILAI.id);
  await linkTelegram(h.db, sari.id, TEST_USER.id);
  await linkTelegram(h.db, dodi.id, PEER.id);
  await linkTelegram(h.db, rina.id, ATASAN.id);
  await linkTelegram(h.db, stranger.id, STRANGER.id);
  return { head, sari, dodi, rina, stranger };
}

/** The newest keyboard sent or edited into `user`'s chat; presses its button ending in `|choice`. */
function press(user: User, choice: string) {
  const call = h.api.calls
    .filter((c) => c.body.reply_markup?.inline_keyboard && Number(c.body.chat_id) === user.id)
    .at(-1)!;
  const data = (call.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
    .flat()
    .map((b) => b.callback_data)
    .find((d) => d.endsWith(`|${choice}`));
  if (!data) throw new Error(`no button ${choice}`);
  return callbackQuery(data, {
    from: user,
    messageId: call.body.message_id ?? 5001,
    messageText: call.body.text,
  });
}

const lastText = (user: User) => textsSentTo(h, user.id).at(-1) ?? '';

describe('360° feedback through the bot', () => {
  beforeEach(() => {
    h.clock.set('2026-12-02T02:00:00Z');
  });

  it('invites, asks all 21 indicators, takes a comment, sends anonymously; no answer in the logs', async () => {
    const { sari, dodi, stranger } = await seed();
    const opened = await openTestCycle(h.db, h.clock.now());
    expect(opened.status).toBe('opened');
    expect((await runDueJobs(runner(h.db), h.clock.now(), 10_000)).done).toBeGreaterThanOrEqual(4);

    const invite = textsSentTo(h, PEER.id)[0]!;
    expect(invite).toContain('paling lambat 18 Desember 2026');
    expect(invite).toContain('Sari Wulandari (rekan kerja)');
    expect(invite).toContain('Hendra Gunawan (atasan langsung Bapak/Ibu)');
    expect(invite).toContain(
      'Jawaban Anda anonim; hasil rekan kerja hanya ditampilkan bila sedikitnya 3 orang mengisi.',
    );
    expect(textsSentTo(h, PENILAI.id)[0]).toContain('tercatat dengan nama Bapak/Ibu');
    for (const b of buttonsSentTo(h, PEER.id).flat()) expect(Buffer.byteLength(b)).toBeLessThanOrEqual(64);

    // Dodi rates Sari.
    h.logs.length = 0;
    await h.send(pressFor(h, PEER, `|r${sari.id.toString(36)}`));
    expect(lastText(PEER)).toContain(
      'Seberapa sering Anda melihat Sari Wulandari menunjukkan perilaku ini dalam 3 bulan terakhir?',
    );
    expect(lastText(PEER)).toContain('Memahami dan memenuhi kebutuhan masyarakat');
    for (let value = 0; value < 7; value++) {
      for (const choice of ['s4', 's5', 'na']) await h.send(press(PEER, choice));
      if (value === 0) await h.send(textMessage(SECRET, { from: PEER }));
      else await h.send(press(PEER, 'lewati'));
    }
    await h.send(press(PEER, 'lewati')); // overall comment
    expect(lastText(PEER)).toContain('Ringkasan jawaban untuk Sari Wulandari');
    expect(lastText(PEER)).toContain('3 dari 3 perilaku dijawab');
    expect(lastText(PEER)).toContain('💬 komentar ditulis');
    await h.send(press(PEER, 'kirim'));
    expect(lastText(PEER)).toContain('Kuesioner untuk Sari Wulandari terkirim');

    const drafts = await h.db.select().from(conversations).where(eq(conversations.employeeId, dodi.id));
    expect(drafts).toHaveLength(0);
    const [pending] = await h.db.select().from(feedbackPending);
    expect(pending!.rateeId).toBe(sari.id);
    expect(pending!.body).toContain(SECRET);
    const [assignment] = await h.db
      .select()
      .from(feedbackAssignments)
      .where(and(eq(feedbackAssignments.raterId, dodi.id), eq(feedbackAssignments.rateeId, sari.id)));
    expect(assignment!.status).toBe('submitted');
    const logged = JSON.stringify(h.logs);
    expect(logged).not.toContain('XK7Q');
    expect(logged).not.toContain('menolong warga');
    // Every message sent stays in the outbound queue with its addressee: none repeats an answer.
    const queued = (await h.db.select().from(outboundMessages)).map((m) => JSON.stringify(m.payload));
    expect(queued.some((q) => q.includes('Kuesioner untuk Sari Wulandari terkirim'))).toBe(true);
    expect(queued.filter((q) => /XK7Q|Jawaban saat ini|sering · selalu/.test(q))).toEqual([]);

    // Pressing the invitation again, or as a stranger: refused, nothing written.
    await h.send(pressFor(h, PEER, `|r${sari.id.toString(36)}`));
    const forged = buttonsSentTo(h, PEER.id)
      .flat()
      .find((d) => d.endsWith(`|r${sari.id.toString(36)}`))!;
    await h.send(callbackQuery(forged, { from: STRANGER }));
    const alerts = h.api.callsOf('answerCallbackQuery').filter((b) => b.show_alert);
    expect(alerts.map((a) => a.text)).toEqual([
      'Tombol ini tidak dapat Bapak/Ibu gunakan.',
      'Tombol ini tidak dapat Bapak/Ibu gunakan.',
    ]);
    expect(
      await h.db.select().from(conversations).where(eq(conversations.employeeId, stranger.id)),
    ).toHaveLength(0);
    expect(await h.db.select().from(feedbackPending)).toHaveLength(1);

    // /360 lists what is left; /batal drops a started draft.
    await h.send(commandMessage('360', undefined, { from: PEER }));
    expect(lastText(PEER)).toContain('Hendra Gunawan');
    expect(lastText(PEER)).not.toContain('Sari Wulandari');
  });
});
