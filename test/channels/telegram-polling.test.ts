/**
 * Long polling that loses nothing: an update is confirmed to Telegram (by the next getUpdates
 * offset) only after it was recorded, so a process killed mid-batch or a database outage leaves
 * every update to be handled later, once.
 */
import { createServer, type Server, Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { Api, type Middleware } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTelegramBot } from '../../src/channels/telegram/bot.js';
import type { DikaContext, TelegramDeps } from '../../src/channels/telegram/context.js';
import { telegramSender } from '../../src/channels/telegram/outbound-sender.js';
import { startSafePolling } from '../../src/channels/telegram/polling.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform } from '../../src/services/platform.js';
import { type Database, type Db, openDatabase } from '../../src/storage/database.js';
import { processedEvents } from '../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { onPostgres } from '../support/pools.js';
import { linkTelegram, seedEmployee, TEST_SECRET, TEST_TOKEN } from '../support/telegram-harness.js';
import { type BotApiStandIn, startBotApiStandIn } from '../support/telegram-stand-in.js';
import { commandMessage, testUser } from '../support/telegram-updates.js';

const t = useTestDatabase();
const translator = new Translator('id');
const logger = pino({ level: process.env.DEBUG_POLL ? 'debug' : 'silent' });
const ALLOWED = ['message', 'callback_query'] as const;
let api: BotApiStandIn;

function botOn(db: Db, first?: Middleware<DikaContext>) {
  const platform = createPlatform({ db, logger, messagesPerSecond: 0 });
  platform.outbound.register(telegramSender(new Api(TEST_TOKEN, { apiRoot: api.url }), api.botInfo.id));
  const deps: TelegramDeps = {
    db,
    ...platform,
    translator,
    logger,
    secret: TEST_SECRET,
    clock: () => new Date('2026-03-04T02:00:00Z'),
    defaultLocale: 'id',
    defaultTimeZone: 'Asia/Jakarta',
  };
  return createTelegramBot(TEST_TOKEN, deps, {
    apiRoot: api.url,
    botInfo: api.botInfo,
    ...(first ? { first } : {}),
  });
}
const helpText = () => `${translator.t('id', 'help-text')}`;
const polling = { allowedUpdates: ALLOWED, logger, timeoutSeconds: 1, minBackoffMs: 20, maxBackoffMs: 200 };

beforeEach(async () => {
  await truncateAll(t.db);
  api = await startBotApiStandIn();
});
afterEach(async () => {
  await api.close();
});

describe('safe long polling', () => {
  it('a process that dies in the middle of a batch loses none of it', async () => {
    const me = await seedEmployee(t.db, { name: 'Sari' });
    await linkTelegram(t.db, me.id);
    const updates = [commandMessage('bantuan'), commandMessage('bantuan'), commandMessage('bantuan')];
    // The first process handles the first update, then "dies" while the second is in hand.
    const dying = botOn(t.db, async (ctx, next) => {
      if (ctx.update.update_id === updates[1]!.update_id) await new Promise(() => {});
      await next();
    });
    api.queueUpdates(...updates);
    const first = startSafePolling(dying, polling);
    await vi.waitFor(() => expect(api.callsOf('sendMessage')).toHaveLength(1), { timeout: 5_000 });
    void first.stop(); // never resolves: its batch hangs, as in a killed process

    const restarted = startSafePolling(botOn(t.db), polling);
    const confirmed = updates[2]!.update_id + 1;
    try {
      await vi.waitFor(() => expect(api.callsOf('sendMessage')).toHaveLength(3), { timeout: 5_000 });
      // The restarted process confirms the whole batch with its next fetch.
      await vi.waitFor(
        () => expect(api.callsOf('getUpdates').some((c) => Number(c.offset) === confirmed)).toBe(true),
        { timeout: 5_000 },
      );
    } finally {
      await restarted.stop();
    }
    expect(api.callsOf('sendMessage').map((m) => String(m.text).startsWith(helpText()))).toEqual([
      true,
      true,
      true,
    ]);
    expect(await t.db.select().from(processedEvents)).toHaveLength(3); // each recorded once
  });

  it('keeps a batch while the database is unavailable and handles it, in order, when it is back', async () => {
    const me = await seedEmployee(t.db, { name: 'Sari' });
    await linkTelegram(t.db, me.id);
    // The database refuses connections three times, then is back.
    let failures = 3;
    const refusing = new Proxy(t.db, {
      get: (target, property, receiver) =>
        property === 'transaction' && failures-- > 0
          ? async () => {
              throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
            }
          : Reflect.get(target, property, receiver),
    });
    const flaky = botOn(refusing);
    api.queueUpdates(commandMessage('bantuan'), commandMessage('status'));
    const poller = startSafePolling(flaky, polling);
    try {
      await vi.waitFor(() => expect(api.callsOf('sendMessage').length).toBeGreaterThanOrEqual(3), {
        timeout: 5_000,
      });
    } finally {
      await poller.stop();
    }
    const texts = api.callsOf('sendMessage').map((m) => String(m.text));
    // Told once that it will be processed by itself, never "try again"; then both answers, in order.
    expect(texts.filter((x) => x === translator.t('id', 'db-unavailable-queued'))).toHaveLength(1);
    expect(texts).not.toContain(translator.t('id', 'error-generic'));
    expect(texts.at(-2)!.startsWith(helpText())).toBe(true);
    expect(await t.db.select().from(processedEvents)).toHaveLength(2);
  });
});

describe('a real database outage (PostgreSQL behind a proxy that cuts every connection)', () => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it.skipIf(!onPostgres)(
    '20 people answer during a 1.5 s outage: all handled once, nobody told to retry',
    async () => {
      const [row] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
      const server = new URL(process.env.TEST_DATABASE_URL!);
      const proxy = await startCuttableProxy({ host: server.hostname, port: Number(server.port || 5432) });
      const url = new URL(server);
      url.port = String(proxy.port);
      url.pathname = `/${row!.name}`;
      try {
        database = await openDatabase({ url: url.toString(), migrate: false, max: 4 });
        const people = Array.from({ length: 20 }, (_, i) =>
          testUser({ id: 700_000 + i, first_name: `P${i}` }),
        );
        for (const user of people) {
          const e = await seedEmployee(t.db);
          await linkTelegram(t.db, e.id, user.id);
        }
        const poller = startSafePolling(botOn(database.db), polling);
        try {
          await database.db.execute(sql`select 1`);
          proxy.cut();
          api.queueUpdates(...people.map((from) => commandMessage('bantuan', undefined, { from })));
          await new Promise((resolve) => setTimeout(resolve, 1_500));
          proxy.restore();
          await vi.waitFor(
            () =>
              expect(
                api.callsOf('sendMessage').filter((m) => String(m.text).startsWith(helpText())),
              ).toHaveLength(20),
            { timeout: 20_000, interval: 100 },
          );
        } finally {
          await poller.stop();
        }
        const texts = api.callsOf('sendMessage').map((m) => String(m.text));
        expect(texts).not.toContain(translator.t('id', 'error-generic'));
        const notices = api
          .callsOf('sendMessage')
          .filter((m) => m.text === translator.t('id', 'db-unavailable-queued'));
        expect(new Set(notices.map((m) => m.chat_id)).size).toBe(notices.length); // at most once each
        expect(await t.db.select().from(processedEvents)).toHaveLength(20);
      } finally {
        await proxy.close();
      }
    },
    40_000,
  );
});

/** A TCP proxy to PostgreSQL that can cut every connection and refuse new ones: an outage. */
async function startCuttableProxy(target: { host: string; port: number }) {
  let up = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (!up) return client.destroy();
    const upstream = new Socket();
    upstream.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut: () => {
      up = false;
      for (const s of sockets) s.destroy();
    },
    restore: () => {
      up = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
