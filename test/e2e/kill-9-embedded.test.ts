/**
 * kill -9 of a real dika process on the embedded database (PGlite in a data folder), in long
 * polling: the default for a small office. PGlite is one connection in one process, so the test
 * cannot hold transactions open as the PostgreSQL test does; it catches the process with a reply
 * in flight instead (committed, its sendMessage swallowed by a proxy), the rest of the batch
 * handled, and kills it there. The folder is then reopened (a stale lock of a dead process), the
 * dead process's lease on that reply is let pass, and a second process finishes the batch.
 * Each update must be handled once, with one reply, and nothing committed may be lost on disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { outboundMessages, processedEvents } from '../../src/storage/schema.js';
import { type HoldProxy, startHoldProxy } from '../support/bot-api-hold-proxy.js';
import { type DikaProcess, freePort, startDika } from '../support/dika-process.js';
import { TEST_SECRET, TEST_TOKEN } from '../support/telegram-harness.js';
import { type BotApiStandIn, startBotApiStandIn } from '../support/telegram-stand-in.js';
import { chatOf, eventId, expectExactlyOnce, figuresOf, seedTraffic } from './kill-9-traffic.js';

/** [person, update index]: committed, its reply in flight when the first process is killed. */
const REPLY_HELD: [number, number] = [0, 1];

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** Opens the data folder in this process (dika must not be running), runs `work`, closes it. */
async function withFolder<T>(
  dataDir: string,
  work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
) {
  const database = await openDatabase({ dataDir });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

async function startEmbedded(dataDir: string, apiRoot: string, port: number): Promise<DikaProcess> {
  const child = await startDika(
    {
      DIKA_DATA_DIR: dataDir,
      DIKA_SECRET: TEST_SECRET,
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      TELEGRAM_RATE_LIMIT: '0',
      PORT: String(port),
    },
    { readyTimeoutMs: 40_000 },
  );
  cleanup.push(() => child.kill9());
  return child;
}

describe('kill -9 of a real dika process on the embedded database', () => {
  it('long polling: the batch is fetched again, each update handled once, nothing committed lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dika-kill9-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, 'data');
    const traffic: Update[][] = await withFolder(dataDir, (db) => seedTraffic(db));
    const all = traffic.flat();
    const api: BotApiStandIn = await startBotApiStandIn();
    cleanup.push(() => api.close());
    const proxy: HoldProxy = await startHoldProxy(api.url);
    cleanup.push(() => proxy.close());
    proxy.holdSendsTo(chatOf(traffic[REPLY_HELD[0]]!), REPLY_HELD[1]);
    api.queueUpdates(...all);

    // Every other chat is done; the held chat has one reply out and one swallowed.
    const port = await freePort();
    const first = await startEmbedded(dataDir, proxy.url, port);
    const committedByFirst = all.length - (traffic[REPLY_HELD[0]]!.length - REPLY_HELD[1] - 1);
    await vi.waitFor(
      () => {
        expect(proxy.held, first.tail()).toHaveLength(1);
        expect(api.callsOf('sendMessage')).toHaveLength(committedByFirst - 1);
      },
      { timeout: 20_000, interval: 50 },
    );
    // A barrier, not a pause: /readyz queries the one PGlite connection, behind the "sent" marks
    // the last replies queued just before it.
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    await first.kill9();

    // What the dead process committed is on disk; the swallowed reply waits for its lease.
    await withFolder(dataDir, async (db) => {
      expect(await db.select().from(processedEvents)).toHaveLength(committedByFirst);
      const pending = await db.select().from(outboundMessages).where(eqPending());
      expect(pending).toHaveLength(1);
      await db.update(outboundMessages).set({ leaseUntil: new Date(Date.now() - 1_000) });
    });

    const second = await startEmbedded(dataDir, api.url, await freePort());
    const confirmed = all.at(-1)!.update_id + 1;
    await vi.waitFor(
      () => {
        expect(api.callsOf('sendMessage').length, second.tail()).toBe(all.length);
        expect(api.callsOf('getUpdates').some((c) => Number(c.offset) === confirmed)).toBe(true);
      },
      { timeout: 20_000, interval: 50 },
    );
    await second.stop();

    await withFolder(dataDir, async (db) => {
      const handled = (await db.select({ id: processedEvents.eventId }).from(processedEvents)).map(
        (r) => r.id,
      );
      expect(await db.select().from(outboundMessages).where(eqPending())).toEqual([]);
      expectExactlyOnce(traffic, figuresOf(traffic, handled, api), api);
      expect(handled.sort()).toEqual(all.map(eventId).sort());
    });
  }, 120_000);
});

function eqPending() {
  return eq(outboundMessages.status, 'pending');
}
