/**
 * kill -9 of a real dika process in the middle of its work, in long polling and in webhook mode:
 * every update is handled exactly once by the process started after it (none lost, none doubled,
 * one reply each).
 *
 * "In the middle" is made exact, not timed: the test holds the dedupe row of some updates in a
 * transaction of its own (an uncommitted insert of the same processed_events key), so dika's
 * transaction for each of them blocks inside the database, and only those. Once every other
 * update has committed and been delivered and the held ones are seen waiting on their lock
 * (pg_stat_activity), dika gets SIGKILL: its open transactions die with its connections. The test
 * then rolls its holds back and starts a second process against the same database and stand-in.
 * One more update is caught later: committed, its reply on the way to Telegram (a proxy swallows
 * that sendMessage), so the process dies between the commit and the delivery. Its outbound row
 * stays leased to the dead process for 60 s; the test lets that lease pass by moving it, and the
 * second process's sweeper delivers the reply.
 * PostgreSQL only: the holds need a second connection, which the embedded PGlite does not allow.
 */
import type { Update } from 'grammy/types';
import postgres from 'postgres';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { outboundMessages, processedEvents } from '../../src/storage/schema.js';
import { type HoldProxy, startHoldProxy } from '../support/bot-api-hold-proxy.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { type DikaProcess, databaseUrlOf, freePort, startDika } from '../support/dika-process.js';
import { onPostgres } from '../support/pools.js';
import { TEST_SECRET, TEST_TOKEN } from '../support/telegram-harness.js';
import { type BotApiStandIn, startBotApiStandIn } from '../support/telegram-stand-in.js';
import { chatOf, eventId, expectExactlyOnce, figuresOf, seedTraffic } from './kill-9-traffic.js';

/** [person, update index]: blocked in its transaction when the first process is killed. */
const HELD: Array<[number, number]> = [
  [1, 1],
  [3, 0],
  [4, 2],
];
/** [person, update index]: committed, its reply in flight when the first process is killed. */
const REPLY_HELD: [number, number] = [0, 1];
const WEBHOOK_SECRET = 'webhook-secret-for-the-kill-test';

let t: ReturnType<typeof useTestDatabase>;
let url: string;
let api: BotApiStandIn;
let proxy: HoldProxy;
let holder: postgres.Sql | undefined;
const children: DikaProcess[] = [];

/** Hooks of the describe block below (skipped, database and all, without PostgreSQL). */
function useKillTestSetup(): void {
  t = useTestDatabase({ private: true });
  beforeAll(async () => {
    url = await databaseUrlOf(t.db);
  });
  beforeEach(async () => {
    await truncateAll(t.db);
    api = await startBotApiStandIn();
    proxy = await startHoldProxy(api.url);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) await child.kill9();
    await holder?.end({ timeout: 1 });
    holder = undefined;
    await proxy.close();
    await api.close();
  });
}

/** Takes the dedupe keys of the held updates in an open transaction: dika's inserts wait on them. */
async function hold(traffic: Update[][]): Promise<Update[]> {
  const held = HELD.map(([p, i]) => traffic[p]![i]!);
  holder = postgres(url, { max: 1, onnotice: () => {} });
  await holder`begin`;
  for (const update of held) {
    await holder`insert into processed_events (platform, event_id) values ('telegram', ${eventId(update)})`;
  }
  return held;
}
async function release(): Promise<void> {
  await holder!`rollback`;
  await holder!.end({ timeout: 1 });
  holder = undefined;
}

/** dika transactions of this database that wait on a lock: the held updates, in flight. */
async function waitingOnLocks(): Promise<number> {
  const [row] = await holder!.unsafe<[{ n: number }]>(
    `select count(*)::int as n from pg_stat_activity
     where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
  );
  return row.n;
}

/**
 * What the first process commits: every chat's updates before its first held one, and the update
 * whose reply is held (its chat's later updates wait behind that reply).
 */
function committedByFirst(traffic: Update[][]): Update[] {
  return traffic.flatMap((updates, p) => {
    const stuck = [...HELD, REPLY_HELD].filter(([q]) => q === p).map(([, i]) => i);
    const first = Math.min(...stuck, updates.length);
    return updates.slice(0, p === REPLY_HELD[0] && first === REPLY_HELD[1] ? first + 1 : first);
  });
}

async function committed(): Promise<string[]> {
  return (await t.db.select({ id: processedEvents.eventId }).from(processedEvents)).map((r) => r.id);
}
async function undelivered(): Promise<number> {
  const rows = await t.db.select({ status: outboundMessages.status }).from(outboundMessages);
  return rows.filter((r) => r.status === 'pending').length;
}

function dikaEnv(extra: Record<string, string>): Record<string, string> {
  return {
    DATABASE_URL: url,
    DIKA_SECRET: TEST_SECRET,
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    TELEGRAM_RATE_LIMIT: '0',
    ...extra,
  };
}
async function start(extra: Record<string, string>): Promise<DikaProcess> {
  const child = await startDika(dikaEnv(extra));
  children.push(child);
  return child;
}

/**
 * Kills the first process once it is stuck exactly where the test holds it: the unheld updates
 * committed and delivered, one reply swallowed on its way out, the held transactions waiting on
 * their locks. Then lets the dead process's lease on that reply pass (60 s in production).
 */
async function killMidBatch(first: DikaProcess, traffic: Update[][]): Promise<void> {
  const done = committedByFirst(traffic).map(eventId).sort();
  await vi.waitFor(
    async () => {
      expect((await committed()).sort(), first.tail()).toEqual(done);
      expect(proxy.held).toHaveLength(1);
      expect(await undelivered()).toBe(1);
      expect(await waitingOnLocks()).toBe(HELD.length);
    },
    { timeout: 15_000, interval: 50 },
  );
  await first.kill9();
  children.splice(children.indexOf(first), 1);
  expect(api.callsOf('sendMessage')).toHaveLength(done.length - 1);
  await release();
  await t.db.update(outboundMessages).set({ leaseUntil: new Date(Date.now() - 1_000) });
}

async function expectExactlyOnceHandled(traffic: Update[][]): Promise<void> {
  expectExactlyOnce(traffic, figuresOf(traffic, await committed(), api), api);
}

describe.skipIf(!onPostgres)('kill -9 of a real dika process', () => {
  useKillTestSetup();

  it('long polling: a batch cut short is fetched again and each update is handled once', async () => {
    const traffic = await seedTraffic(t.db);
    const all = traffic.flat();
    await hold(traffic);
    proxy.holdSendsTo(chatOf(traffic[REPLY_HELD[0]]!), REPLY_HELD[1]);
    api.queueUpdates(...all);
    const first = await start({ PORT: String(await freePort()), TELEGRAM_API_ROOT: proxy.url });
    await killMidBatch(first, traffic);

    const second = await start({ PORT: String(await freePort()) });
    const confirmed = all.at(-1)!.update_id + 1;
    await vi.waitFor(
      async () => {
        expect((await committed()).length, second.tail()).toBe(all.length);
        expect(await undelivered()).toBe(0);
        // The offset moves past the batch only now: Telegram may forget it.
        expect(api.callsOf('getUpdates').some((c) => Number(c.offset) === confirmed)).toBe(true);
      },
      { timeout: 15_000, interval: 50 },
    );
    await second.stop();
    children.splice(children.indexOf(second), 1);
    await expectExactlyOnceHandled(traffic);
  }, 60_000);

  it('webhook: updates whose answer never came are delivered again and each is handled once', async () => {
    const traffic = await seedTraffic(t.db);
    await hold(traffic);
    proxy.holdSendsTo(chatOf(traffic[REPLY_HELD[0]]!), REPLY_HELD[1]);
    const firstPort = await freePort();
    const first = await start({ ...webhookEnv(firstPort), TELEGRAM_API_ROOT: proxy.url });
    // Telegram sends a chat's next update only after the previous one was answered.
    const answered = new Set<number>();
    const deliveries = traffic.map(async (updates) => {
      for (const update of updates) {
        const status = await post(firstPort, update).catch(() => 0); // 0: the connection died
        if (status !== 200) return;
        answered.add(update.update_id);
      }
    });
    await killMidBatch(first, traffic);
    await Promise.all(deliveries);
    // The update whose reply was in flight committed, but its answer never came either.
    expect(answered.size).toBe(committedByFirst(traffic).length - 1);

    // Telegram delivers every update that was not answered 200 again, each chat in order.
    const secondPort = await freePort();
    const second = await start(webhookEnv(secondPort));
    const statuses = await Promise.all(
      traffic.map(async (updates) => {
        const codes: number[] = [];
        for (const update of updates.filter((u) => !answered.has(u.update_id))) {
          codes.push(await post(secondPort, update));
        }
        return codes;
      }),
    );
    expect(statuses.flat().every((code) => code === 200)).toBe(true);
    // The swallowed reply goes out from the second process's sweeper (every 2 s).
    await vi.waitFor(async () => expect(await undelivered()).toBe(0), { timeout: 10_000, interval: 50 });
    await second.stop();
    children.splice(children.indexOf(second), 1);
    await expectExactlyOnceHandled(traffic);
  }, 60_000);
});

function webhookEnv(port: number): Record<string, string> {
  return {
    PORT: String(port),
    TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
    TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
  };
}

async function post(port: number, update: Update): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
    body: JSON.stringify(update),
  });
  await response.arrayBuffer();
  return response.status;
}
