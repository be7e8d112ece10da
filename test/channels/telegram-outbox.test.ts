import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { TelegramOp } from '../../src/channels/telegram/context.js';
import { toDraft } from '../../src/channels/telegram/outbox.js';
import { channelIdentities, employees, outboundMessages, processedEvents } from '../../src/storage/schema.js';
import { linkTelegram, seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, TEST_USER } from '../support/telegram-updates.js';

const h = useTelegramHarness();
const t = (key: string) => h.deps.translator.t('id', key);
const processed = async () => (await h.db.select().from(processedEvents)).length;
const outbound = () => h.db.select().from(outboundMessages).orderBy(outboundMessages.id);

async function linkedPerson() {
  const person = await seedEmployee(h.db, { name: 'Sari' });
  await linkTelegram(h.db, person.id);
  return person;
}

describe('failures', () => {
  it('a failing update rolls back and still stops the button spinner with a polite error', async () => {
    const sari = await linkedPerson();
    await h.db.execute(
      sql.raw(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused'; END $$`),
    );
    await h.db.execute(
      sql.raw('CREATE TRIGGER refuse BEFORE UPDATE ON employees FOR EACH ROW EXECUTE FUNCTION refuse()'),
    );
    try {
      await h.send(callbackQuery('st|lang|en'), { allowErrors: true });
    } finally {
      await h.db.execute(sql.raw('DROP TRIGGER refuse ON employees'));
      await h.db.execute(sql.raw('DROP FUNCTION refuse()'));
    }
    expect(h.errors).toHaveLength(1);
    expect(h.api.calls.map((c) => [c.method, c.body.text])).toEqual([
      ['answerCallbackQuery', t('error-generic')],
    ]);
    expect(await processed()).toBe(0);
    expect(await outbound()).toEqual([]); // the queued answer rolled back with the work
    const [row] = await h.db.select().from(employees).where(eq(employees.id, sari.id));
    expect(row!.locale).toBe('id');
    const failure = h.logs.find((l) => l.msg === 'update failed') as { user_id: number; err: object };
    expect(failure.user_id).toBe(TEST_USER.id);
    expect(JSON.stringify(failure.err)).not.toContain('refused'); // driver messages may quote input
  });

  it('a chat that blocked the bot is marked unreachable once and never retried; the work stays', async () => {
    const sari = await linkedPerson();
    h.api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await h.send(commandMessage('bantuan'));
    expect(h.api.callsOf('sendMessage')).toHaveLength(1); // no "something went wrong" after it
    expect(await processed()).toBe(1);
    expect(await outbound()).toMatchObject([{ op: 'send', status: 'unreachable' }]);
    const [identity] = await h.db
      .select()
      .from(channelIdentities)
      .where(eq(channelIdentities.employeeId, sari.id));
    expect(identity!.unreachableAt).toBeInstanceOf(Date);
    expect(h.logs.filter((l) => l.msg === 'update failed')).toEqual([]);
    // Nothing is left for the sweeper to try again.
    expect(await h.platform.outbound.sweep()).toBe(0);
    expect(h.api.callsOf('sendMessage')).toHaveLength(1);
  });

  it('flood control (429) pauses the bot and then delivers the same message once', async () => {
    await linkedPerson();
    h.api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      retry_after: 1,
    });
    await h.send(commandMessage('bantuan'));
    expect(h.api.callsOf('sendMessage')).toHaveLength(2); // refused once, then sent
    expect(await outbound()).toMatchObject([{ op: 'send', status: 'sent', attempts: 1 }]);
    expect(h.logs.some((l) => l.msg === 'flood control: paused' && l.retry_after_ms === 1000)).toBe(true);
  });

  it('a network failure leaves the reply queued; the sweeper delivers it later, once', async () => {
    await linkedPerson();
    h.api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
    await h.send(commandMessage('bantuan'));
    expect(h.api.callsOf('sendMessage')).toHaveLength(1);
    const [queued] = await outbound();
    expect(queued).toMatchObject({ status: 'pending', attempts: 1 });
    expect(queued!.notBefore!.getTime()).toBeGreaterThan(Date.now());
    expect(await h.platform.outbound.sweep()).toBe(0); // backing off: not yet
    await h.db.update(outboundMessages).set({ notBefore: new Date(Date.now() - 1) });
    expect(await h.platform.outbound.sweep()).toBe(1);
    expect(await h.platform.outbound.sweep()).toBe(0);
    expect(h.sentTexts()).toHaveLength(2);
    expect(await outbound()).toMatchObject([{ status: 'sent', attempts: 2, externalId: expect.any(String) }]);
  });

  it('ignores "message is not modified" when removing old buttons', async () => {
    await linkedPerson();
    h.api.failNext('editMessageReplyMarkup', {
      error_code: 400,
      description:
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same',
    });
    await h.send(callbackQuery('st|lang|id'));
    expect(h.sentTexts()).toEqual([t('settings-language-set')]);
  });
});

describe('Telegram sender', () => {
  it('delivers every kind of operation in order through the Bot API and keeps the message id', async () => {
    const chatId = TEST_USER.id;
    const markup = { inline_keyboard: [[{ text: 'Ya', callback_data: 'checkin|n1|1|y' }]] };
    const ops: TelegramOp[] = [
      { op: 'answer-callback', callbackQueryId: 'q1', text: 'ok', alert: true },
      { op: 'edit-markup', chatId, messageId: 7 },
      { op: 'edit-text', chatId, messageId: 7, text: 'Pertanyaan berikutnya', markup },
      { op: 'send', chatId, text: 'Selesai', markup: { remove_keyboard: true } },
    ];
    const outbound = h.platform.outbound;
    const rows = await h.db.transaction((tx) =>
      outbound.enqueue(
        tx,
        ops.map((op) => toDraft(op, { botId: h.api.botInfo.id, fromId: chatId })),
      ),
    );
    await outbound.deliver(rows);
    await outbound.settled();
    expect(h.api.calls).toEqual([
      { method: 'answerCallbackQuery', body: { callback_query_id: 'q1', text: 'ok', show_alert: true } },
      { method: 'editMessageReplyMarkup', body: { chat_id: chatId, message_id: 7 } },
      {
        method: 'editMessageText',
        body: { chat_id: chatId, message_id: 7, text: 'Pertanyaan berikutnya', reply_markup: markup },
      },
      {
        method: 'sendMessage',
        body: { chat_id: chatId, text: 'Selesai', reply_markup: { remove_keyboard: true } },
      },
    ]);
    const stored = await h.db.select().from(outboundMessages).orderBy(outboundMessages.id);
    expect(stored.map((r) => [r.op, r.status, r.address])).toEqual([
      ['answer-callback', 'sent', String(chatId)],
      ['edit-markup', 'sent', String(chatId)],
      ['edit-text', 'sent', String(chatId)],
      ['send', 'sent', String(chatId)],
    ]);
    expect(stored.at(-1)!.externalId).toMatch(/^\d+$/);
  });
});
