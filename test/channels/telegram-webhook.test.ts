import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, type Context } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookServer } from '../../src/channels/telegram/webhook-server.js';
import { RetryLaterError } from '../../src/storage/availability.js';
import { processedEvents } from '../../src/storage/schema.js';
import { linkTelegram, seedEmployee, TEST_TOKEN, useTelegramHarness } from '../support/telegram-harness.js';
import { commandMessage, TEST_BOT_INFO } from '../support/telegram-updates.js';

const h = useTelegramHarness();
const SECRET = 'rahasia_webhook';
const PATH = '/hooks/telegram';
const processed = async () => (await h.db.select().from(processedEvents)).length;

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function serve<C extends Context>(bot: Bot<C>): Promise<string> {
  server = createWebhookServer(bot, { path: PATH, secretToken: SECRET });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function post(base: string, body: string | Buffer, options: { path?: string; secret?: string } = {}) {
  return fetch(`${base}${options.path ?? PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'X-Telegram-Bot-Api-Secret-Token': options.secret ?? SECRET,
    },
    body,
  });
}

/** A bot whose every update fails with `error`, as the error boundary lets a retryable one through. */
function failingBot(error: () => unknown): Bot {
  const bot = new Bot(TEST_TOKEN, { botInfo: TEST_BOT_INFO });
  bot.use(() => {
    throw error();
  });
  return bot;
}

describe('the webhook endpoint', () => {
  it('handles an update with the secret on its path; refuses a wrong secret (401) and other paths (404)', async () => {
    const sari = await seedEmployee(h.db);
    await linkTelegram(h.db, sari.id);
    const base = await serve(h.bot);
    const update = () => JSON.stringify(commandMessage('bantuan'));
    expect((await post(base, update(), { secret: 'salah' })).status).toBe(401);
    for (const path of ['/', '/telegram', '/hooks/telegram/x', '/hooks', '/HOOKS/TELEGRAM']) {
      expect((await post(base, update(), { path })).status, path).toBe(404);
    }
    expect((await fetch(`${base}${PATH}`)).status).toBe(404); // GET on the hook
    expect(await processed()).toBe(0);
    expect(h.sentTexts()).toEqual([]);

    expect((await post(base, update())).status).toBe(200);
    expect((await post(base, update(), { path: `${PATH}?via=proxy` })).status).toBe(200);
    expect(await processed()).toBe(2);
    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
  });

  it('refuses a body over 1 MB with 413, even with the secret, and handles nothing', async () => {
    const base = await serve(h.bot);
    const huge = JSON.stringify({ ...commandMessage('bantuan'), padding: 'x'.repeat(10 * 1024 * 1024) });
    expect((await post(base, huge)).status).toBe(413);
    expect(await processed()).toBe(0);
    // A real update with a long text still fits easily.
    const long = commandMessage('bantuan');
    long.message!.text = `/bantuan ${'kata '.repeat(800)}`;
    expect((await post(base, JSON.stringify(long))).status).toBe(200);
  });

  it('answers 413 to a streamed body as soon as it passes the limit, without waiting for its end', async () => {
    const base = new URL(await serve(h.bot));
    const status = await new Promise<number | string>((resolve) => {
      const req = request({
        host: base.hostname,
        port: base.port,
        path: PATH,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      // Chunked, never ended: a server reading to the end would never answer.
      req.write(`{"update_id":1,"padding":"${'x'.repeat(2 * 1024 * 1024)}`);
      setTimeout(() => {
        resolve('no answer');
        req.destroy();
      }, 3_000);
    });
    expect(status).toBe(413);
  });

  it('answers 400 to a body that is not JSON (it will never become valid)', async () => {
    const base = await serve(h.bot);
    for (const body of ['{"update_id": 1, "message": ', '', 'update_id=1']) {
      expect((await post(base, body)).status, body).toBe(400);
    }
    expect(await processed()).toBe(0);
  });

  it('answers 400 to an update without a numeric update_id, which would be deduplicated as undefined', async () => {
    const base = await serve(h.bot);
    const { update_id: _, ...withoutId } = commandMessage('bantuan');
    for (const body of [
      JSON.stringify(withoutId),
      JSON.stringify({ ...withoutId, update_id: '800000001' }),
      JSON.stringify({ ...withoutId, update_id: 1.5 }),
      JSON.stringify({ ...withoutId, update_id: -1 }),
      'null',
      '[]',
      '"update"',
    ]) {
      expect((await post(base, body)).status, body.slice(0, 40)).toBe(400);
    }
    expect(await processed()).toBe(0);
    expect(h.sentTexts()).toEqual([]);
    expect((await post(base, JSON.stringify(commandMessage('bantuan')))).status).toBe(200);
    expect((await post(base, JSON.stringify(commandMessage('bantuan')))).status).toBe(200);
    expect(await processed()).toBe(2);
    expect(h.sentTexts()).toHaveLength(2);
  });

  it('answers 503 when the database is unavailable, so Telegram delivers the update again', async () => {
    const unavailable = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const cases: Array<[string, () => unknown, number]> = [
      ['retry later', () => new RetryLaterError(unavailable), 503],
      ['connection refused', () => unavailable, 503],
      ['wrapped', () => new Error('query failed', { cause: unavailable }), 503],
      ['a bug', () => new TypeError('x is undefined'), 500],
    ];
    for (const [name, error, expected] of cases) {
      const base = await serve(failingBot(error));
      expect((await post(base, JSON.stringify(commandMessage('bantuan')))).status, name).toBe(expected);
      server!.closeAllConnections();
      await new Promise((resolve) => server!.close(resolve));
    }
    server = undefined;
  });

  it('answers 503 to an update still running after the timeout (Telegram sends it again), and lets it finish', async () => {
    let finished = false;
    const bot = new Bot(TEST_TOKEN, { botInfo: TEST_BOT_INFO });
    bot.use(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      finished = true;
    });
    server = createWebhookServer(bot, { path: PATH, secretToken: SECRET, timeoutMs: 50 });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await post(base, JSON.stringify(commandMessage('bantuan')))).status).toBe(503);
    expect(finished).toBe(false);
    await expect.poll(() => finished).toBe(true);
  });
});
