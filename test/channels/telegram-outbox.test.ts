import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { flushOutbox } from '../../src/channels/telegram/outbox.js';
import { employees, processedEvents } from '../../src/storage/schema.js';
import { linkTelegram, seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, TEST_USER } from '../support/telegram-updates.js';

const h = useTelegramHarness();
const t = (key: string) => h.deps.translator.t('id', key);
const processed = async () => (await h.db.select().from(processedEvents)).length;

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
    const [row] = await h.db.select().from(employees).where(eq(employees.id, sari.id));
    expect(row!.locale).toBe('id');
    const failure = h.logs.find((l) => l.msg === 'update failed') as { user_id: number; err: object };
    expect(failure.user_id).toBe(TEST_USER.id);
    expect(JSON.stringify(failure.err)).not.toContain('refused'); // driver messages may quote input
  });

  it('a reply Telegram refuses (bot blocked) is logged once; the committed work is not undone', async () => {
    await linkedPerson();
    h.api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await h.send(commandMessage('bantuan'), { allowErrors: true });
    expect(h.api.callsOf('sendMessage')).toHaveLength(1); // no "something went wrong" after it
    expect(await processed()).toBe(1);
    expect(h.logs.filter((l) => l.msg === 'update failed')).toMatchObject([
      { err: { type: 'OutboxDeliveryError', cause: { method: 'sendMessage', error_code: 403 } } },
    ]);
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

describe('flushOutbox', () => {
  it('delivers every kind of operation in order through the Bot API', async () => {
    const chatId = TEST_USER.id;
    const markup = { inline_keyboard: [[{ text: 'Ya', callback_data: 'ck|1|y' }]] };
    await flushOutbox(
      h.bot.api,
      [
        { op: 'answer-callback', callbackQueryId: 'q1', text: 'ok', alert: true },
        { op: 'edit-markup', chatId, messageId: 7 },
        { op: 'edit-text', chatId, messageId: 7, text: 'Pertanyaan berikutnya', markup },
        { op: 'send', chatId, text: 'Selesai', markup: { remove_keyboard: true } },
      ],
      h.deps.logger,
    );
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
  });
});
