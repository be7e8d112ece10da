/**
 * The event pipeline's promises on a real database: all or nothing (writes sent with COMMIT
 * included), about three round trips on PostgreSQL, and exactly once across replicas racing on
 * separate connections.
 */
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerDialog, openCheckin } from '../../src/services/checkin-service.js';
import { handleEvent } from '../../src/services/events/handle-event.js';
import type { OutboundRow } from '../../src/services/outbound/delivery.js';
import { identifyAccount } from '../../src/services/people/identity-service.js';
import { personOf } from '../../src/services/people/person.js';
import { createPlatform } from '../../src/services/platform.js';
import type { Database, Db } from '../../src/storage/database.js';
import { markEventAndLoad } from '../../src/storage/event-preload.js';
import { saveConversation } from '../../src/storage/repositories/conversations.js';
import { conversations, orgUnits, outboundMessages, processedEvents } from '../../src/storage/schema.js';
import { atCommit, transaction } from '../../src/storage/transaction.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { onPostgres, openPools } from '../support/pools.js';
import { linkTelegram, seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const logger = pino({ level: 'silent' });
const NOW = new Date('2026-03-04T02:00:00Z');

/** A platform whose "channel" records what it was asked to send. */
function platformOn(db: Db, sent: OutboundRow[]) {
  const platform = createPlatform({ db, logger, messagesPerSecond: 0 });
  platform.outbound.register({
    channel: 'test',
    sender: 'bot',
    isRateLimited: () => true,
    deliver: async (row) => {
      sent.push(row);
      return { status: 'sent', externalId: String(row.id) };
    },
  });
  return platform;
}
const draft = (text: string) => ({
  channel: 'test',
  sender: 'bot',
  address: '1',
  op: 'send',
  payload: { text },
  priority: 0 as const,
});

let pools: Database[] = [];
beforeEach(() => truncateAll(t.db));
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

describe('transaction with writes sent at COMMIT', () => {
  it('commits the work and the deferred writes together', async () => {
    await transaction(t.db, async (tx) => {
      await tx.insert(processedEvents).values({ platform: 'test', eventId: 'a' });
      await atCommit(tx, () => tx.insert(orgUnits).values({ name: 'Biro SDM', path: 'Biro SDM' }));
    });
    expect(await t.db.select().from(processedEvents)).toHaveLength(1);
    expect(await t.db.select().from(orgUnits)).toHaveLength(1);
  });

  it('a deferred write that fails undoes the whole transaction', async () => {
    await t.db.insert(orgUnits).values({ name: 'Biro SDM', path: 'Biro SDM' });
    await expect(
      transaction(t.db, async (tx) => {
        await tx.insert(processedEvents).values({ platform: 'test', eventId: 'b' });
        // The unique path is taken: this fails only at COMMIT time.
        await atCommit(tx, () => tx.insert(orgUnits).values({ name: 'Copy', path: 'Biro SDM' }));
      }),
    ).rejects.toThrow();
    expect(await t.db.select().from(processedEvents)).toEqual([]);
    expect(await t.db.select().from(orgUnits)).toHaveLength(1);
  });

  it('work that fails after registering a write sends neither', async () => {
    let ran = false;
    await expect(
      transaction(t.db, async (tx) => {
        await tx.insert(processedEvents).values({ platform: 'test', eventId: 'c' });
        await atCommit(tx, async () => {
          ran = true;
          await tx.insert(orgUnits).values({ name: 'X', path: 'X' });
        });
        throw new Error('step failed');
      }),
    ).rejects.toThrow('step failed');
    expect(ran).toBe(false);
    expect(await t.db.select().from(processedEvents)).toEqual([]);
    expect(await t.db.select().from(orgUnits)).toEqual([]);
  });

  it('leaves the connection clean for the next transaction after a failure', async () => {
    await expect(
      transaction(t.db, async (tx) => {
        await tx.execute(sql`select 1/0`);
      }),
    ).rejects.toThrow();
    await transaction(t.db, async (tx) => {
      await tx.insert(processedEvents).values({ platform: 'test', eventId: 'd' });
    });
    expect(await t.db.select().from(processedEvents)).toHaveLength(1);
  });

  it.skipIf(!onPostgres)('sends the writes registered for COMMIT in one flight with it', async () => {
    const seen: boolean[] = [];
    pools = await openPools(t.db, 1, { max: 1, onQuery: (roundTrip) => seen.push(roundTrip) });
    const db = pools[0]!.db;
    await db.execute(sql`select 1`); // the pool's connection is open
    seen.length = 0;
    await transaction(db, async (tx) => {
      await tx.insert(processedEvents).values({ platform: 'test', eventId: 'e' });
      await atCommit(tx, () => tx.insert(orgUnits).values({ name: 'Y', path: 'Y' }));
      await atCommit(tx, () => tx.insert(processedEvents).values({ platform: 'test', eventId: 'f' }));
    });
    // begin | insert | insert+insert+commit: five statements, three round trips.
    expect(seen).toEqual([true, true, true, false, false]);
    expect(await t.db.select().from(processedEvents)).toHaveLength(2);
  });
});

describe('the first statement: dedupe, sender and dialog at once', () => {
  const account = { platform: 'telegram' as const, workspace: '', externalUserId: '555' };

  it('finds the same employee row as a separate lookup, and nothing for a redelivery', async () => {
    const me = await seedEmployee(t.db, { name: 'Sari' });
    await linkTelegram(t.db, me.id, 555);
    const first = await transaction(t.db, (tx) =>
      markEventAndLoad(tx, { source: 'test', eventId: 'p1', account }),
    );
    expect(first.fresh).toBe(true);
    expect(first.employee).toEqual(await identifyAccount(t.db, account));
    expect(first.employee!.createdAt).toBeInstanceOf(Date);
    expect(first.conversation).toBeUndefined(); // not asked for
    const again = await transaction(t.db, (tx) =>
      markEventAndLoad(tx, { source: 'test', eventId: 'p1', account }),
    );
    expect(again).toEqual({ fresh: false, employee: undefined });
  });

  it('knows no stranger and no deactivated employee', async () => {
    const gone = await seedEmployee(t.db, { active: false });
    await linkTelegram(t.db, gone.id, 555);
    const result = await transaction(t.db, (tx) =>
      markEventAndLoad(tx, { source: 'test', eventId: 'p2', account, dialog: { kinds: ['checkin'] } }),
    );
    expect(result).toEqual({ fresh: true, employee: undefined });
    const other = { ...account, externalUserId: '999' };
    const stranger = await transaction(t.db, (tx) =>
      markEventAndLoad(tx, { source: 'test', eventId: 'p3', account: other }),
    );
    expect(stranger).toEqual({ fresh: true, employee: undefined });
  });

  it('locks the dialog of the kind asked for, or the one of several that asked last', async () => {
    const me = await seedEmployee(t.db);
    await linkTelegram(t.db, me.id, 555);
    const save = (kind: string) =>
      saveConversation(t.db, { employeeId: me.id, kind, channel: 'telegram', state: { kind, seq: 1 } });
    await save('checkin');
    await save('feedback');
    const load = (eventId: string, kinds: string[]) =>
      transaction(t.db, (tx) =>
        markEventAndLoad(tx, { source: 'test', eventId, account, dialog: { kinds } }),
      );
    expect((await load('k1', ['checkin'])).conversation).toMatchObject({ kind: 'checkin', version: 1 });
    expect((await load('k2', ['checkin', 'feedback'])).conversation).toMatchObject({
      kind: 'feedback',
      state: { kind: 'feedback', seq: 1 },
      channel: 'telegram',
    });
    await save('checkin'); // the check-in asks again: it is now the latest
    expect((await load('k3', ['checkin', 'feedback'])).conversation).toMatchObject({ kind: 'checkin' });
    expect((await load('k4', ['echo'])).conversation).toBeNull();
  });
});

describe('handleEvent', () => {
  it('queues the messages with the work and delivers them after the commit', async () => {
    const sent: OutboundRow[] = [];
    const platform = platformOn(t.db, sent);
    const outcome = await handleEvent(
      { db: t.db, logger, outbound: platform.outbound },
      { source: 'test', eventId: '1' },
      async (scope) => {
        scope.send(draft('halo'));
        scope.send(draft('apa kabar'));
        return 'ok';
      },
    );
    if (outcome.duplicate) throw new Error('unexpected duplicate');
    await outcome.delivered;
    await platform.outbound.settled();
    expect(sent.map((r) => (r.payload as { text: string }).text)).toEqual(['halo', 'apa kabar']);
    const rows = await t.db.select().from(outboundMessages).orderBy(outboundMessages.id);
    expect(rows.map((r) => [r.status, r.externalId])).toEqual([
      ['sent', String(rows[0]!.id)],
      ['sent', String(rows[1]!.id)],
    ]);
  });

  it.skipIf(!onPostgres)('one event delivered to two replicas at once runs once and sends once', async () => {
    pools = await openPools(t.db, 2);
    for (let round = 0; round < 10; round++) {
      const sent: OutboundRow[] = [];
      let runs = 0;
      const outcomes = await Promise.all(
        pools.map((pool) =>
          handleEvent(
            { db: pool.db, logger, outbound: platformOn(pool.db, sent).outbound },
            { source: 'test', eventId: `race-${round}` },
            async (scope) => {
              runs++;
              await scope.tx.execute(sql`select pg_sleep(0.02)`);
              scope.send(draft(`reply ${round}`));
            },
          ),
        ),
      );
      await Promise.all(outcomes.map((o) => (o.duplicate ? undefined : o.delivered)));
      expect(outcomes.filter((o) => !o.duplicate)).toHaveLength(1);
      expect(runs).toBe(1);
      expect(sent).toHaveLength(1);
    }
  });

  it.skipIf(!onPostgres)(
    'a double tap handled by two replicas advances the dialog once; the second is stale',
    async () => {
      const me = await seedEmployee(t.db, { timeZone: 'Asia/Makassar' });
      await seedKeyResults(t.db, me.id, THREE_KRS);
      pools = await openPools(t.db, 2);
      const person = personOf(me);
      const platforms = pools.map((pool) => platformOn(pool.db, []));
      const opened = await transaction(t.db, (tx) =>
        openCheckin(tx, platforms[0]!.dialogs, person, 'test', NOW),
      );
      const tap = { type: 'choice' as const, ...opened.buttons!, choice: 'go' };
      const replies = await Promise.all(
        pools.map((pool, i) =>
          handleEvent(
            { db: pool.db, logger, outbound: platforms[i]!.outbound },
            { source: 'test', eventId: `tap-${i}` }, // two updates: the person tapped twice
            (scope) => answerDialog(scope.tx, platforms[i]!.dialogs, person, tap, NOW),
          ),
        ),
      );
      const results = replies.map((r) => (r.duplicate ? undefined : r.result));
      expect(results.filter((r) => r?.refusal === 'stale-button')).toHaveLength(1);
      expect(results.filter((r) => r && !r.refusal)).toHaveLength(1);
      const [row] = await t.db.select().from(conversations).where(eq(conversations.employeeId, me.id));
      expect(row!.version).toBe(2); // opened (1), advanced once (2)
      expect((row!.state as { cursor: { at: string } }).cursor.at).toBe('value');
    },
  );

  it.skipIf(!onPostgres)(
    'the same double tap with the dialog locked in the first statement: still once',
    async () => {
      const me = await seedEmployee(t.db, { timeZone: 'Asia/Makassar' });
      await linkTelegram(t.db, me.id, 555);
      await seedKeyResults(t.db, me.id, THREE_KRS);
      pools = await openPools(t.db, 2);
      const person = personOf(me);
      const platforms = pools.map((pool) => platformOn(pool.db, []));
      const opened = await transaction(t.db, (tx) =>
        openCheckin(tx, platforms[0]!.dialogs, person, 'test', NOW),
      );
      const tap = { type: 'choice' as const, ...opened.buttons!, choice: 'go' };
      const account = { platform: 'telegram' as const, workspace: '', externalUserId: '555' };
      const replies = await Promise.all(
        pools.map((pool, i) =>
          handleEvent(
            { db: pool.db, logger, outbound: platforms[i]!.outbound },
            { source: 'test', eventId: `ptap-${i}`, preload: { account, dialog: { kinds: ['checkin'] } } },
            async (scope) => {
              const conversation = scope.preloaded!.conversation;
              // Hold the lock a moment, so the other replica really has to wait for it.
              await scope.tx.execute(sql`select pg_sleep(0.05)`);
              return answerDialog(scope.tx, platforms[i]!.dialogs, person, tap, NOW, conversation);
            },
          ),
        ),
      );
      const results = replies.map((r) => (r.duplicate ? undefined : r.result));
      expect(results.filter((r) => r?.refusal === 'stale-button')).toHaveLength(1);
      expect(results.filter((r) => r && !r.refusal)).toHaveLength(1);
      const [row] = await t.db.select().from(conversations).where(eq(conversations.employeeId, me.id));
      expect(row!.version).toBe(2); // opened (1), advanced once (2)
      expect((row!.state as { cursor: { at: string } }).cursor.at).toBe('value');
    },
  );
});
