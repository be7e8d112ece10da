/**
 * The outbound queue's statements one by one (src/storage/repositories/outbound.ts): which rows a
 * sweep may take, in what order, and what each recorded outcome changes. Written against mutants
 * `npm run mutate` left alive; the end-to-end path is in test/channels/telegram-outbox.test.ts.
 */
import { asc } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  claimOutbound,
  enqueueOutbound,
  markAddressUnreachable,
  type OutboundDraft,
  recordDelivery,
  recordSent,
} from '../../../src/storage/repositories/outbound.js';
import { channelIdentities, outboundMessages } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { seedEmployee } from '../../support/telegram-harness.js';

const t = useTestDatabase();
const now = new Date('2026-03-02T02:00:00Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const draft = (address: string, extra: Partial<OutboundDraft> = {}): OutboundDraft => ({
  channel: 'telegram',
  sender: 'bot1',
  address,
  op: 'send',
  payload: { text: `to ${address}` },
  priority: 0,
  ...extra,
});
const rows = () => t.db.select().from(outboundMessages).orderBy(asc(outboundMessages.id));

beforeEach(() => truncateAll(t.db));

describe('enqueueOutbound', () => {
  it('writes every field of each draft, leased to the writer', async () => {
    const sari = await seedEmployee(t.db);
    const written = await enqueueOutbound(
      t.db,
      [draft('1', { employeeId: sari.id, priority: 1, op: 'edit-text' }), draft('2', { channel: 'slack' })],
      at(60),
    );
    expect(written.map((r) => r.address)).toEqual(['1', '2']);
    expect(await rows()).toMatchObject([
      {
        channel: 'telegram',
        sender: 'bot1',
        address: '1',
        employeeId: sari.id,
        op: 'edit-text',
        payload: { text: 'to 1' },
        priority: 1,
        leaseUntil: at(60),
        status: 'pending',
        attempts: 0,
      },
      { channel: 'slack', address: '2', employeeId: null, priority: 0, leaseUntil: at(60) },
    ]);
  });
});

describe('claimOutbound', () => {
  it('takes pending rows whose lease and back-off have passed, interactive first, up to the limit', async () => {
    await enqueueOutbound(t.db, [draft('bulk', { priority: 1 })], now); // lease ends now: free
    await enqueueOutbound(t.db, [draft('held')], at(1)); // still leased
    await enqueueOutbound(t.db, [draft('a'), draft('b'), draft('c')], at(-1));
    const [waiting] = await enqueueOutbound(t.db, [draft('waiting')], at(-1));
    await recordDelivery(t.db, waiting!.id, { status: 'retry', error: 'x', notBefore: at(5) });
    const [due] = await enqueueOutbound(t.db, [draft('due')], at(-1));
    await recordDelivery(t.db, due!.id, { status: 'retry', error: 'x', notBefore: now });
    const [sent] = await enqueueOutbound(t.db, [draft('sent')], at(-1));
    await recordDelivery(t.db, sent!.id, { status: 'sent', now });

    const claimed = await t.db.transaction((tx) => claimOutbound(tx, { now, leaseUntil: at(30), limit: 4 }));
    expect(claimed.map((r) => r.address)).toEqual(['a', 'b', 'c', 'due']);
    expect(claimed.every((r) => r.leaseUntil?.getTime() === at(30).getTime())).toBe(true);
    // The rest of the free rows on the next sweep: the bulk one.
    const next = await t.db.transaction((tx) => claimOutbound(tx, { now, leaseUntil: at(30), limit: 10 }));
    expect(next.map((r) => r.address)).toEqual(['bulk']);
    expect(await t.db.transaction((tx) => claimOutbound(tx, { now, leaseUntil: at(30), limit: 10 }))).toEqual(
      [],
    );
  });
});

describe('recordDelivery', () => {
  it('records a send once: a later outcome leaves the row as it is', async () => {
    const [row] = await enqueueOutbound(t.db, [draft('1')], now);
    await recordDelivery(t.db, row!.id, { status: 'sent', externalId: '42', now: at(1) });
    await recordDelivery(t.db, row!.id, { status: 'failed', error: 'late', now: at(2) });
    expect(await rows()).toMatchObject([
      { status: 'sent', externalId: '42', sentAt: at(1), attempts: 1, lastError: null },
    ]);
  });

  it('keeps a retried row pending, without its lease, with the error and the back-off', async () => {
    const [row] = await enqueueOutbound(t.db, [draft('1')], at(60));
    await recordDelivery(t.db, row!.id, { status: 'retry', error: 'timeout', notBefore: at(10) });
    await recordDelivery(t.db, row!.id, { status: 'retry', error: 'timeout again', notBefore: at(20) });
    expect(await rows()).toMatchObject([
      { status: 'pending', leaseUntil: null, notBefore: at(20), lastError: 'timeout again', attempts: 2 },
    ]);
  });

  it.each(['dropped', 'failed', 'unreachable'] as const)(
    'ends a row as %s with its error',
    async (status) => {
      const [row] = await enqueueOutbound(t.db, [draft('1')], now);
      const [other] = await enqueueOutbound(t.db, [draft('2')], now);
      await recordDelivery(t.db, row!.id, { status, error: 'why', now: at(3) });
      expect(await rows()).toMatchObject([
        { id: row!.id, status, lastError: 'why', sentAt: at(3), attempts: 1, externalId: null },
        { id: other!.id, status: 'pending', attempts: 0 },
      ]);
    },
  );
});

describe('markAddressUnreachable', () => {
  it('marks that chat’s identity and ends its pending rows, on that channel only', async () => {
    const sari = await seedEmployee(t.db);
    const budi = await seedEmployee(t.db);
    await t.db.insert(channelIdentities).values([
      { employeeId: sari.id, platform: 'telegram', externalUserId: '1', chatId: '1' },
      { employeeId: budi.id, platform: 'telegram', externalUserId: '2', chatId: '2' },
      { employeeId: sari.id, platform: 'slack', workspace: 'T1', externalUserId: 'U1', chatId: '1' },
    ]);
    const [done] = await enqueueOutbound(t.db, [draft('1')], now);
    await recordDelivery(t.db, done!.id, { status: 'sent', now });
    await enqueueOutbound(t.db, [draft('1'), draft('2'), draft('1', { channel: 'slack' })], now);

    await markAddressUnreachable(t.db, { channel: 'telegram', address: '1', now: at(5), error: 'blocked' });

    const identities = await t.db
      .select({
        platform: channelIdentities.platform,
        chatId: channelIdentities.chatId,
        at: channelIdentities.unreachableAt,
      })
      .from(channelIdentities)
      .orderBy(asc(channelIdentities.id));
    expect(identities).toEqual([
      { platform: 'telegram', chatId: '1', at: at(5) },
      { platform: 'telegram', chatId: '2', at: null },
      { platform: 'slack', chatId: '1', at: null },
    ]);
    expect((await rows()).map((r) => [r.channel, r.address, r.status, r.lastError])).toEqual([
      ['telegram', '1', 'sent', null],
      ['telegram', '1', 'unreachable', 'blocked'],
      ['telegram', '2', 'pending', null],
      ['slack', '1', 'pending', null],
    ]);
  });
});

describe('recordSent', () => {
  it('marks pending rows sent with their message ids, in one statement, and no other row', async () => {
    const [a, b, c, d] = await enqueueOutbound(t.db, [draft('1'), draft('2'), draft('3'), draft('4')], now);
    await recordDelivery(t.db, c!.id, { status: 'failed', error: 'x', now });
    await recordSent(
      t.db,
      [{ id: a!.id, externalId: '11' }, { id: b!.id }, { id: c!.id, externalId: '33' }],
      at(7),
    );
    await recordSent(t.db, [], at(8));
    expect((await rows()).map((r) => [r.id, r.status, r.externalId, r.sentAt, r.attempts])).toEqual([
      [a!.id, 'sent', '11', at(7), 1],
      [b!.id, 'sent', null, at(7), 1],
      [c!.id, 'failed', null, now, 1],
      [d!.id, 'pending', null, null, 0],
    ]);
  });
});
