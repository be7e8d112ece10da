/**
 * The outbound queue's edges that outbound-queue.test.ts leaves open: an empty batch, a batch
 * larger than one INSERT chunk, the order of a claimed batch when the table's order differs, and
 * (on PostgreSQL) a sweep passing rows another sweep holds. Written against mutants Stryker left
 * alive (bench/results/2026-12-01-mutation-3.txt).
 */
import { asc, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/storage/database.js';
import { openDatabase } from '../../../src/storage/database.js';
import {
  claimOutbound,
  enqueueOutbound,
  type OutboundDraft,
  type OutboundRow,
  recordDelivery,
} from '../../../src/storage/repositories/outbound.js';
import { outboundMessages } from '../../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../../support/database.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const t = useTestDatabase();
const now = new Date('2026-03-02T02:00:00Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const draft = (address: string, priority: 0 | 1 = 0): OutboundDraft => ({
  channel: 'telegram',
  sender: 'bot1',
  address,
  op: 'send',
  payload: { text: `to ${address}` },
  priority,
});
const claim = (limit: number) =>
  t.db.transaction((tx) => claimOutbound(tx, { now, leaseUntil: at(30), limit }));

beforeEach(() => truncateAll(t.db));

describe('enqueueOutbound', () => {
  it('writes nothing for an empty batch', async () => {
    expect(await enqueueOutbound(t.db, [], at(60))).toEqual([]);
    expect(await t.db.select().from(outboundMessages)).toEqual([]);
  });

  it('writes a batch larger than one INSERT chunk once, in order', async () => {
    const drafts = Array.from({ length: 5_001 }, (_, i) => draft(String(i)));
    const written = await enqueueOutbound(t.db, drafts, at(60));
    expect(written.map((r) => r.address)).toEqual(drafts.map((d) => d.address));
    const stored = await t.db
      .select({ address: outboundMessages.address })
      .from(outboundMessages)
      .orderBy(asc(outboundMessages.id));
    expect(stored.map((r) => r.address)).toEqual(drafts.map((d) => d.address));
  });
});

describe('claimOutbound', () => {
  it('hands a batch over interactive first, then by age, whatever order the table holds them in', async () => {
    // Written first, so stored first: bulk rows ahead of the interactive ones.
    const bulk = ['bulk-1', 'bulk-2', 'bulk-3', 'bulk-4'];
    const interactive = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const written = await enqueueOutbound(
      t.db,
      [...bulk.map((a) => draft(a, 1)), ...interactive.map((a) => draft(a))],
      at(-1),
    );
    // A retry rewrites its row, which moves it behind the others in the table.
    for (const row of written.filter((r) => ['bulk-1', 'a', 'b'].includes(r.address))) {
      await recordDelivery(t.db, row.id, { status: 'retry', error: 'timeout', notBefore: now });
    }
    const claimed = await claim(20);
    expect(claimed.map((r) => r.address)).toEqual([...interactive, ...bulk]);
  });
});

/** A connection pool of its own on the test database, as another replica would have. */
async function openPool(): Promise<Database> {
  const [row] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return openDatabase({ url: url.toString(), migrate: false, max: 2 });
}

describe('claimOutbound on two replicas', () => {
  let pools: Database[] = [];
  afterEach(async () => {
    await Promise.all(pools.map((p) => p.close()));
    pools = [];
  });

  // PGlite runs one statement at a time: two sweeps cannot overlap there.
  it.skipIf(!onPostgres)('a sweep passes rows another sweep holds instead of waiting for them', async () => {
    await enqueueOutbound(
      t.db,
      ['1', '2', '3', '4'].map((a) => draft(a)),
      at(-1),
    );
    pools = [await openPool(), await openPool()];
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let claimedFirst!: (rows: OutboundRow[]) => void;
    const first = new Promise<OutboundRow[]>((resolve) => {
      claimedFirst = resolve;
    });
    const holding = pools[0]!.db.transaction(async (tx) => {
      claimedFirst(await claimOutbound(tx, { now, leaseUntil: at(30), limit: 2 }));
      await firstHolds;
    });
    expect((await first).map((r) => r.address)).toEqual(['1', '2']);
    const second = await Promise.race([
      pools[1]!.db.transaction((tx) => claimOutbound(tx, { now, leaseUntil: at(30), limit: 2 })),
      new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 3_000)),
    ]);
    releaseFirst();
    await holding;
    expect(second === 'blocked' ? second : second.map((r) => r.address)).toEqual(['3', '4']);
  });
});
