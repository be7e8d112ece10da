/**
 * A reply delivered to Telegram while the database is unavailable: its "sent" mark cannot be
 * written. Dropped, the mark's absence made the sweeper send the reply again once its lease
 * passed (`npm run bench:outage` counted such a double after a 30 s outage). The dispatcher keeps
 * the marks and writes them when the database is back, and a sweep never resends those rows.
 */
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { telegramSender } from '../../src/channels/telegram/outbound-sender.js';
import { toDraft } from '../../src/channels/telegram/outbox.js';
import { createPlatform } from '../../src/services/platform.js';
import type { Db } from '../../src/storage/database.js';
import { outboundMessages } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { TEST_TOKEN } from '../support/telegram-harness.js';
import { type BotApiStandIn, startBotApiStandIn } from '../support/telegram-stand-in.js';
import { TEST_USER } from '../support/telegram-updates.js';

const t = useTestDatabase();
let api: BotApiStandIn;

beforeEach(async () => {
  await truncateAll(t.db);
  api = await startBotApiStandIn();
});
afterEach(async () => {
  await api.close();
});

it('keeps the sent marks through an outage: the sweeper does not send the reply again', async () => {
  let down = false;
  // Plain statements (the sent marks) fail while `down`; transactions go through.
  const flaky = new Proxy(t.db, {
    get: (target, property, receiver) =>
      property === 'execute' && down
        ? async () => {
            throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
          }
        : Reflect.get(target, property, receiver),
  }) as Db;
  const { outbound } = createPlatform({ db: flaky, logger: pino({ level: 'silent' }), messagesPerSecond: 0 });
  outbound.register(telegramSender(new Api(TEST_TOKEN, { apiRoot: api.url }), api.botInfo.id));
  const op = { op: 'send' as const, chatId: TEST_USER.id, text: 'Rencana hasil kerja Anda' };
  const rows = await t.db.transaction((tx) =>
    outbound.enqueue(tx, [toDraft(op, { botId: api.botInfo.id, fromId: TEST_USER.id })]),
  );

  down = true;
  await outbound.deliver(rows);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(api.callsOf('sendMessage')).toHaveLength(1);
  const [during] = await t.db.select().from(outboundMessages);
  expect(during!.status).toBe('pending'); // the mark could not be written

  down = false;
  await outbound.settled();
  const [after] = await t.db.select().from(outboundMessages);
  expect(after!.status).toBe('sent');
  // Its lease passes: a sweep finds nothing to deliver again.
  await t.db.update(outboundMessages).set({ leaseUntil: new Date(Date.now() - 1_000) });
  expect(await outbound.sweep()).toBe(0);
  expect(api.callsOf('sendMessage')).toHaveLength(1);
});
