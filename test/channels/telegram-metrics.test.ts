/** Metrics: what an operator sees, counted through the real bot, and who may see it. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../src/channels/telegram/bot.js';
import type { TelegramDeps } from '../../src/channels/telegram/context.js';
import { telegramSender } from '../../src/channels/telegram/outbound-sender.js';
import { Translator } from '../../src/i18n/translator.js';
import { Metrics, metricsRoute } from '../../src/ops/metrics.js';
import { createPlatform } from '../../src/services/platform.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { linkTelegram, seedEmployee, TEST_SECRET, TEST_TOKEN } from '../support/telegram-harness.js';
import { type BotApiStandIn, startBotApiStandIn } from '../support/telegram-stand-in.js';
import { commandMessage, TEST_USER, textMessage } from '../support/telegram-updates.js';

const t = useTestDatabase();
const logger = pino({ level: 'silent' });
let api: BotApiStandIn;
let metrics: Metrics;

function bot() {
  const platform = createPlatform({ db: t.db, logger, messagesPerSecond: 0, metrics });
  platform.outbound.register(telegramSender(new Api(TEST_TOKEN, { apiRoot: api.url }), api.botInfo.id));
  const deps: TelegramDeps = {
    db: t.db,
    ...platform,
    metrics,
    translator: new Translator('id'),
    logger,
    secret: TEST_SECRET,
    clock: () => new Date('2026-03-04T02:00:00Z'),
    defaultLocale: 'id',
    defaultTimeZone: 'Asia/Jakarta',
  };
  return createTelegramBot(TEST_TOKEN, deps, { apiRoot: api.url, botInfo: api.botInfo });
}
/** One sample's value by its name (histograms name theirs `…_count`, `…_sum`) and labels. */
const value = async (name: string, labels: Record<string, string>) => {
  type Sample = { metricName?: string; labels: Record<string, string>; value: number };
  const samples = (await metrics.registry.getMetricsAsJSON()).flatMap((m) =>
    (m.values as Sample[]).map((v) => ({ ...v, metricName: v.metricName ?? m.name })),
  );
  const entry = samples.find(
    (v) => v.metricName === name && Object.entries(labels).every(([k, x]) => v.labels[k] === x),
  );
  return entry?.value ?? 0;
};

beforeEach(async () => {
  await truncateAll(t.db);
  api = await startBotApiStandIn();
  metrics = new Metrics({ defaults: false });
});
afterEach(() => api.close());

describe('metrics', () => {
  it('count updates by kind and outcome, their latency, and every outbound result', async () => {
    const me = await seedEmployee(t.db);
    await linkTelegram(t.db, me.id);
    const b = bot();
    const help = commandMessage('bantuan');
    await b.handleUpdate(help);
    await b.handleUpdate(help); // redelivered
    api.failNext('sendMessage', { error_code: 429, retry_after: 0 });
    await b.handleUpdate(textMessage('halo'));
    const command = { source: 'telegram', kind: 'command' };
    expect(await value('dika_updates_total', { ...command, outcome: 'handled' })).toBe(1);
    expect(await value('dika_updates_total', { ...command, outcome: 'duplicate' })).toBe(1);
    expect(await value('dika_updates_total', { source: 'telegram', kind: 'text', outcome: 'handled' })).toBe(
      1,
    );
    expect(await value('dika_update_duration_seconds_count', command)).toBe(1);
    expect(await value('dika_outbound_messages_total', { channel: 'telegram', result: 'sent' })).toBe(2);
    expect(await value('dika_outbound_flood_control_total', { channel: 'telegram' })).toBe(1);
  });

  it('are served only with the token, and name no person or chat', async () => {
    const me = await seedEmployee(t.db);
    await linkTelegram(t.db, me.id);
    await bot().handleUpdate(commandMessage('bantuan'));
    const route = metricsRoute(metrics, 'token-for-the-dashboard');
    const server = createServer((req, res) => {
      if (!route(req, res)) res.writeHead(404).end();
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    try {
      expect((await fetch(url)).status).toBe(401);
      expect(
        (await fetch(url, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status,
      ).toBe(401);
      const ok = await fetch(url, { headers: { authorization: 'Bearer token-for-the-dashboard' } });
      expect(ok.status).toBe(200);
      const text = await ok.text();
      expect(text).toContain('dika_updates_total{source="telegram",kind="command",outcome="handled"} 1');
      expect(text).not.toContain(String(TEST_USER.id));
      expect(text).not.toContain(me.nip);
    } finally {
      server.close();
    }
  });
});
