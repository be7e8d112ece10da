/**
 * PostgreSQL stops (or a connection is reset) while a transaction's statement runs. postgres.js
 * 3.4.9 then writes its ROLLBACK to the closed connection from a setImmediate callback and the
 * TypeError kills the process (porsager/postgres#1208); vitest reports it as an unhandled error.
 * dika's database layer keeps the transaction from answering with that ROLLBACK: the transaction
 * fails as "database unavailable", the process lives, and the pool works once the server is back.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { type OutageKind, type OutageProxy, startOutageProxy } from '../../bench/outage-proxy.js';
import { isDatabaseUnavailable } from '../../src/storage/availability.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { transaction } from '../../src/storage/transaction.js';
import { useTestDatabase } from '../support/database.js';
import { databaseUrlOf } from '../support/dika-process.js';
import { onPostgres } from '../support/pools.js';

const t = useTestDatabase();
let proxy: OutageProxy | undefined;
let database: Database | undefined;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  await database?.close();
  await proxy?.close();
  database = proxy = undefined;
});

async function throughProxy(): Promise<Database> {
  const url = new URL(await databaseUrlOf(t.db));
  proxy = await startOutageProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  database = await openDatabase({ url: url.toString(), migrate: false, max: 2 });
  return database;
}

async function cutMidStatement(kind: OutageKind, recover: () => Promise<void>): Promise<unknown> {
  const { db } = await throughProxy();
  await db.execute(sql`select 1`);
  const running = transaction(db, async (tx) => {
    await tx.execute(sql`select 1`);
    await tx.execute(sql`select pg_sleep(2)`);
  }).then(
    () => undefined,
    (error: unknown) => error,
  );
  await sleep(300);
  await proxy!.begin(kind);
  if (kind === 'hang') await sleep(300);
  await recover();
  const error = await running;
  await sleep(500); // the crash came from a setImmediate after the rejection
  return error;
}

describe.skipIf(!onPostgres)('a transaction whose connection dies under it', () => {
  it.each([
    ['PostgreSQL stopped (connection closed)', 'stop' as const, () => proxy!.recover()],
    ['connection reset after a hang', 'hang' as const, () => proxy!.recover('reset')],
  ])(
    '%s: the transaction fails as unavailable, the process lives, the pool recovers',
    async (_, kind, recover) => {
      const error = await cutMidStatement(kind, recover);
      expect(isDatabaseUnavailable(error)).toBe(true);
      const [row] = (await database!.db.execute(sql`select 42 as answer`)) as unknown as Array<{
        answer: number;
      }>;
      expect(row!.answer).toBe(42);
      const value = await transaction(database!.db, async (tx) => {
        await tx.execute(sql`select 1`);
        return 'committed';
      });
      expect(value).toBe('committed');
    },
  );

  it('reconnects within about a second of the server coming back, however many connects failed', async () => {
    const { db } = await throughProxy();
    await db.execute(sql`select 1`);
    await proxy!.begin('stop');
    // Every refused connect raises postgres.js's back-off (by default 3^n / 100 s, up to 20 s).
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      await db.execute(sql`select 1`).catch(() => undefined);
      await sleep(50);
    }
    await proxy!.recover();
    const back = Date.now();
    await expect
      .poll(
        async () =>
          db.execute(sql`select 1`).then(
            () => true,
            () => false,
          ),
        {
          timeout: 10_000,
          interval: 50,
        },
      )
      .toBe(true);
    expect(Date.now() - back).toBeLessThan(2_500);
  });
});
