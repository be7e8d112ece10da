import { describe, expect, it } from 'vitest';
import { conversations, outboundMessages, processedEvents } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { linkTelegram, seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import {
  callbackQuery,
  commandMessage,
  editedTextMessage,
  TEST_GROUP,
  testUser,
  textMessage,
} from '../support/telegram-updates.js';

const h = useTelegramHarness();
const t = (locale: 'id' | 'en', key: string) => h.deps.translator.t(locale, key);
const processed = async () => (await h.db.select().from(processedEvents)).length;

async function linkedPerson(locale: 'id' | 'en' = 'id') {
  const person = await seedEmployee(h.db, { name: 'Sari', locale });
  await linkTelegram(h.db, person.id);
  return person;
}

describe('an edited message', () => {
  it('tells a linked person it was not processed, through the outbox, and changes no answer', async () => {
    const sari = await linkedPerson();
    await seedKeyResults(h.db, sari.id, THREE_KRS);
    await h.send(commandMessage('checkin'));
    const start = h.api.callsOf('sendMessage').at(-1)!;
    const go = (start.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
      .flat()
      .find((b) => b.callback_data.endsWith('|go'))!;
    await h.send(callbackQuery(go.callback_data, { messageId: 5001, messageText: start.text }));
    const answer = textMessage('2');
    await h.send(answer);
    const before = await h.db.select().from(conversations);
    h.api.reset();

    await h.send(editedTextMessage('3', { messageId: answer.message!.message_id }));

    expect(h.sentTexts()).toEqual([t('id', 'tg-edited-message')]);
    expect(h.api.callsOf('sendMessage')[0]).toMatchObject({ chat_id: answer.message!.chat.id });
    expect(await h.db.select().from(conversations)).toEqual(before);
    const queued = (await h.db.select().from(outboundMessages).orderBy(outboundMessages.id)).at(-1);
    expect(queued).toMatchObject({ status: 'sent', employeeId: sari.id, payload: { op: 'send' } });
  });

  it('answers in the person’s language, also for an edited command', async () => {
    await linkedPerson('en');
    await h.send(editedTextMessage('/checkin'));
    expect(h.sentTexts()).toEqual([t('en', 'tg-edited-message')]);
  });

  it('is answered once: a redelivered edit sends nothing', async () => {
    await linkedPerson();
    const edit = editedTextMessage('65%');
    await h.send(edit);
    await h.send(edit);
    expect(h.sentTexts()).toEqual([t('id', 'tg-edited-message')]);
  });

  it('gets a stranger the linking instructions, as any other message does', async () => {
    await h.send(editedTextMessage('halo', { from: testUser() }));
    expect(h.sentTexts()).toEqual([t('id', 'link-instructions')]);
  });

  it('in a group, or from a live location, gets no answer and writes nothing', async () => {
    await linkedPerson();
    await h.send(editedTextMessage('/checkin@dika_test_bot', { chat: TEST_GROUP }));
    await h.send(editedTextMessage('@dika_test_bot tolong', { chat: TEST_GROUP }));
    await h.send(editedTextMessage('', { location: { latitude: -6.1754, longitude: 106.8272 } }));
    await h.send(
      editedTextMessage('', { from: testUser(), location: { latitude: -6.1754, longitude: 106.8272 } }),
    );
    expect(h.api.calls.map((c) => c.method)).toEqual([]);
    expect(await processed()).toBe(0);
  });
});
