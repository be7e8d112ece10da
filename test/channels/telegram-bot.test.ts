import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callbackData, parseCallbackData } from '../../src/channels/telegram/callback-data.js';
import { registerCommands } from '../../src/channels/telegram/commands.js';
import { createWebhookServer } from '../../src/channels/telegram/start.js';
import { employees, processedEvents } from '../../src/storage/schema.js';
import { linkTelegram, seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, groupMessage, testUser } from '../support/telegram-updates.js';

const h = useTelegramHarness();
const t = (locale: 'id' | 'en', key: string, args?: Record<string, string>) =>
  h.deps.translator.t(locale, key, args);
const processed = async () => (await h.db.select().from(processedEvents)).length;

async function linkedPerson(overrides: Partial<typeof employees.$inferInsert> = {}) {
  const person = await seedEmployee(h.db, { name: 'Sari', ...overrides });
  await linkTelegram(h.db, person.id);
  return person;
}

describe('group chats', () => {
  it('answer a command or mention once with a private-chat link, write nothing, ignore chatter', async () => {
    await h.send(groupMessage('/checkin', { command: true }));
    await h.send(groupMessage('@dika_test_bot tolong bantu', {}));
    await h.send(groupMessage('selamat pagi semuanya', {}));
    await h.send(groupMessage('/checkin@other_bot', { command: true }));
    const replies = h.api.callsOf('sendMessage');
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatchObject({
      chat_id: -1_001_234_567_890,
      text: t('id', 'tg-group-private-only', { link: 'https://t.me/dika_test_bot' }),
    });
    expect(await processed()).toBe(0);
  });
});

describe('settings', () => {
  it('/bahasa switches the language; the next reply is English', async () => {
    const sari = await linkedPerson();
    await h.send(commandMessage('bahasa'));
    const prompt = h.api.callsOf('sendMessage')[0]!;
    expect(prompt.text).toBe(t('id', 'settings-language-prompt'));
    expect(
      prompt.reply_markup.inline_keyboard[0].map((b: { callback_data: string }) => b.callback_data),
    ).toEqual(['st|lang|id', 'st|lang|en']);
    h.api.reset();
    await h.send(callbackQuery('st|lang|en', { messageId: 5001 }));
    expect(h.api.calls.map((c) => c.method)).toEqual([
      'answerCallbackQuery',
      'editMessageReplyMarkup',
      'sendMessage',
    ]);
    expect(h.sentTexts()).toEqual([t('en', 'settings-language-set')]);
    const [row] = await h.db.select().from(employees).where(eq(employees.id, sari.id));
    expect(row!.locale).toBe('en');
    await h.send(commandMessage('bantuan'));
    expect(h.sentTexts()[1]).toBe(t('en', 'help-text'));
  });

  it('/zona stores the IANA zone of WITA', async () => {
    const sari = await linkedPerson();
    await h.send(commandMessage('zona'));
    expect(h.sentTexts()).toEqual([t('id', 'settings-timezone-prompt', { zone: 'WIB' })]);
    await h.send(callbackQuery('st|tz|WITA'));
    expect(h.sentTexts()[1]).toBe(t('id', 'settings-timezone-set', { zone: 'WITA' }));
    const [row] = await h.db.select().from(employees).where(eq(employees.id, sari.id));
    expect(row!.timeZone).toBe('Asia/Makassar');
  });
});

describe('/bantuan', () => {
  it('speaks Indonesian by default and English to English clients', async () => {
    await linkedPerson();
    await h.send(commandMessage('bantuan'));
    const english = testUser({ language_code: 'en-GB' });
    await h.send(commandMessage('bantuan', undefined, { from: english }));
    expect(h.sentTexts()).toEqual([
      t('id', 'help-text'),
      `${t('en', 'help-text')}\n\n${t('en', 'help-not-linked')}`,
    ]);
  });
});

describe('buttons', () => {
  it('forged, malformed or oversized callback data gets the stale-button answer, no error', async () => {
    await linkedPerson();
    for (const data of ['xx', 'st|lang|fr', `st|tz|${'W'.repeat(64)}`, 'st|lang|en|extra']) {
      await h.send(callbackQuery(data));
    }
    const answers = h.api.callsOf('answerCallbackQuery');
    expect(answers.map((a) => a.text)).toEqual(Array(4).fill(t('id', 'stale-button')));
    expect(h.sentTexts()).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it('callbackData counts bytes, not characters, against the 64-byte limit', () => {
    expect(callbackData('st', 'tz', 'WITA')).toBe('st|tz|WITA');
    expect(() => callbackData('ck', 'é'.repeat(31))).toThrow(/64/); // 3 + 62 bytes
    expect(() => callbackData('ck', 'a|b')).toThrow();
    expect(parseCallbackData(z.tuple([z.literal('ck'), z.string()]), `ck|${'a'.repeat(62)}`)).toBeUndefined();
  });
});

describe('delivery', () => {
  it('handles an update delivered twice once', async () => {
    await linkedPerson();
    const update = commandMessage('bantuan');
    await h.send(update);
    await h.send(structuredClone(update));
    expect(await processed()).toBe(1);
    expect(h.api.callsOf('sendMessage')).toHaveLength(1);
  });

  it('retries a sendMessage refused with 429 retry_after', async () => {
    await linkedPerson();
    h.api.failNext('sendMessage', { error_code: 429, retry_after: 1 });
    const started = Date.now();
    await h.send(commandMessage('bantuan'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(h.sentTexts()).toEqual([t('id', 'help-text'), t('id', 'help-text')]); // refused, then delivered
    expect(h.errors).toEqual([]);
  });

  it('sets the command menu in Indonesian (default) and English', async () => {
    await registerCommands(h.bot.api, h.deps.translator);
    const [id, en] = h.api.callsOf('setMyCommands');
    expect(id).toMatchObject({ scope: { type: 'all_private_chats' } });
    expect(id!.language_code).toBeUndefined();
    expect(en).toMatchObject({ scope: { type: 'all_private_chats' }, language_code: 'en' });
    expect(id!.commands.map((c: { command: string }) => c.command)).toEqual([
      'start',
      'checkin',
      'status',
      'riwayat',
      'cuti',
      'bahasa',
      'zona',
      'privasi',
      'rekap',
      'notifikasi',
      'evaluasi',
      'umpanbalik',
      '360',
      'hasil360',
      'bantuan',
      'batal',
    ]);
    expect(en!.commands[1].description).toBe(t('en', 'cmd-checkin'));
    expect(id!.commands[1].description).toBe(t('id', 'cmd-checkin'));
  });
});

describe('webhook server', () => {
  it('refuses requests without the secret token and handles those with it', async () => {
    await linkedPerson();
    const server = createWebhookServer(h.bot, { path: '/telegram', secretToken: 'rahasia_webhook' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const post = (headers: Record<string, string>) =>
        fetch(`${base}/telegram`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(commandMessage('bantuan')),
        });
      expect((await post({})).status).toBe(401);
      expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'salah' })).status).toBe(401);
      expect(await processed()).toBe(0);
      expect(h.sentTexts()).toEqual([]);
      expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'rahasia_webhook' })).status).toBe(200);
      expect(await processed()).toBe(1);
      expect(h.sentTexts()).toEqual([t('id', 'help-text')]);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
