/**
 * Long polling after a database outage: the batch that waited is tried again within
 * `maxOutageBackoffMs` of the database's return, not after the 30 s back-off of a failing
 * getUpdates (`npm run bench:outage` measured the backlog of a 30 s stop going through 22 s after
 * PostgreSQL was back, with the same ceiling for both).
 */
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createTelegramBot } from '../../src/channels/telegram/bot.js';
import type { TelegramDeps } from '../../src/channels/telegram/context.js';
import { telegramSender } from '../../src/channels/telegram/outbound-sender.js';
import { startSafePolling } from '../../src/channels/telegram/polling.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform } from '../../src/services/platform.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { linkTelegram, seedEmployee, TEST_SECRET, TEST_TOKEN } from '../support/telegram-harness.js';
import { type BotApiStandIn, startBotApiStandIn } from '../support/telegram-stand-in.js';
import { commandMessage } from '../support/telegram-updates.js';

const t = useTestDatabase();
const translator = new Translator('id');
const logger = pino({ level: 'silent' });
let api: BotApiStandIn;

beforeEach(async () => {
  await truncateAll(t.db);
  api = await startBotApiStandIn();
});
afterEach(async () => {
  await api.close();
});

it('a batch kept during an outage goes through promptly once the database is back', async () => {
  const me = await seedEmployee(t.db, { name: 'Sari' });
  await linkTelegram(t.db, me.id);
  let down = true;
  const platform = createPlatform({ db: t.db, logger, messagesPerSecond: 0 });
  platform.outbound.register(telegramSender(new Api(TEST_TOKEN, { apiRoot: api.url }), api.botInfo.id));
  const deps: TelegramDeps = {
    db: t.db,
    ...platform,
    translator,
    logger,
    secret: TEST_SECRET,
    clock: () => new Date('2026-03-04T02:00:00Z'),
    defaultLocale: 'id',
    defaultTimeZone: 'Asia/Jakarta',
  };
  const bot = createTelegramBot(TEST_TOKEN, deps, {
    apiRoot: api.url,
    botInfo: api.botInfo,
    // The database refuses every connection while `down`.
    first: async (_ctx, next) => {
      if (down) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      await next();
    },
  });
  const poller = startSafePolling(bot, {
    allowedUpdates: ['message', 'callback_query'],
    logger,
    timeoutSeconds: 1,
    minBackoffMs: 50,
    maxBackoffMs: 10_000, // a failing getUpdates may wait this long; a kept batch may not
    maxOutageBackoffMs: 100,
  });
  try {
    api.queueUpdates(commandMessage('bantuan'));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(api.callsOf('sendMessage')).toHaveLength(0);
    down = false;
    const back = Date.now();
    const answered = () => api.callsOf('sendMessage').some((m) => String(m.text).startsWith(helpText()));
    await vi.waitFor(() => expect(answered()).toBe(true), { timeout: 10_000, interval: 10 });
    // Doubling from 50 ms up to 10 s, the tries would come at 1.55 s and 3.15 s: 1.1 s too late.
    expect(Date.now() - back).toBeLessThan(600);
  } finally {
    await poller.stop();
  }
});

const helpText = () => translator.t('id', 'help-text');
