/**
 * The outbound dispatcher with a scripted channel sender (src/services/outbound/dispatcher.ts):
 * what each delivery outcome records, that later messages to a chat wait behind a failed one,
 * flood control retried on the same row, back-off times, attempts given up, and sweeps in batches.
 * Storage is real; rate limits are off (perSecond 0), so no timer runs. Written against mutants
 * `npm run mutate` left alive, every value built inside its test.
 */
import { asc } from 'drizzle-orm';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelSender, DeliveryResult } from '../../src/services/outbound/delivery.js';
import { OutboundDispatcher } from '../../src/services/outbound/dispatcher.js';
import { RateLimiters } from '../../src/services/outbound/rate-limiter.js';
import type { OutboundDraft, OutboundRow } from '../../src/storage/repositories/outbound.js';
import { channelIdentities, outboundMessages } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const now = new Date('2026-03-02T02:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

beforeEach(() => truncateAll(t.db));

/** Answers each address with the scripted results in turn, then `sent`; records every call. */
function scriptedSender(script: Record<string, Array<DeliveryResult | Error>> = {}, rateLimited = true) {
  const calls: Array<{ id: number; address: string }> = [];
  const pauses: number[] = [];
  const sender: ChannelSender = {
    channel: 'telegram',
    sender: 'bot1',
    isRateLimited: () => rateLimited,
    async deliver(row: OutboundRow) {
      calls.push({ id: row.id, address: row.address });
      const next = script[row.address]?.shift();
      if (next instanceof Error) throw next;
      return next ?? { status: 'sent', externalId: `m${row.id}` };
    },
  };
  return { sender, calls, pauses };
}

function rig(options: { maxAttempts?: number; sweepBatch?: number; leaseMs?: number } = {}) {
  const limiters = new RateLimiters({ perSecond: 0, perChatPerSecond: 0, perChatBurst: 1 });
  const pauses: number[] = [];
  const limiter = limiters.for('telegram:bot1');
  // Recorded, not applied: a pause of `ms` would hold the next acquire in real time.
  limiter.pauseFor = (ms: number) => {
    pauses.push(ms);
  };
  const clock = { at: now };
  const dispatcher = new OutboundDispatcher({
    db: t.db,
    logger: pino({ level: 'silent' }),
    limiters,
    clock: () => clock.at,
    ...options,
  });
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
  return { dispatcher, draft, rows, pauses, clock };
}

describe('OutboundDispatcher.deliver', () => {
  it('sends rows in id order per chat and marks them sent with the platform’s id', async () => {
    const r = rig();
    const s = scriptedSender();
    r.dispatcher.register(s.sender);
    const written = await r.dispatcher.enqueue(t.db, [r.draft('1'), r.draft('2'), r.draft('1')]);
    expect(written.map((w) => w.leaseUntil)).toEqual([at(60_000), at(60_000), at(60_000)]);
    await r.dispatcher.deliver([...written].reverse());
    await r.dispatcher.settled();
    expect(s.calls.filter((c) => c.address === '1').map((c) => c.id)).toEqual([
      written[0]!.id,
      written[2]!.id,
    ]);
    expect((await r.rows()).map((row) => [row.status, row.externalId, row.sentAt, row.attempts])).toEqual([
      ['sent', `m${written[0]!.id}`, now, 1],
      ['sent', `m${written[1]!.id}`, now, 1],
      ['sent', `m${written[2]!.id}`, now, 1],
    ]);
  });

  it('nothing to enqueue or deliver: no rows, no calls', async () => {
    const r = rig();
    const s = scriptedSender();
    r.dispatcher.register(s.sender);
    expect(await r.dispatcher.enqueue(t.db, [])).toEqual([]);
    await r.dispatcher.deliver([]);
    expect(s.calls).toEqual([]);
  });

  it('dropped is recorded with its reason; the chat’s next message still goes', async () => {
    const r = rig();
    const s = scriptedSender({ '1': [{ status: 'dropped', reason: 'message is not modified' }] });
    r.dispatcher.register(s.sender);
    const written = await r.dispatcher.enqueue(t.db, [r.draft('1'), r.draft('1')]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    expect((await r.rows()).map((row) => [row.status, row.lastError, row.attempts])).toEqual([
      ['dropped', 'message is not modified', 1],
      ['sent', null, 1],
    ]);
  });

  it('unreachable marks the chat and its queued messages, and stops that chat only', async () => {
    const r = rig();
    const sari = await seedEmployee(t.db);
    await t.db
      .insert(channelIdentities)
      .values({ employeeId: sari.id, platform: 'telegram', externalUserId: '1', chatId: '1' });
    const s = scriptedSender({ '1': [{ status: 'unreachable', reason: 'bot was blocked' }] });
    r.dispatcher.register(s.sender);
    const written = await r.dispatcher.enqueue(t.db, [r.draft('1'), r.draft('1'), r.draft('2')]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    expect(s.calls.map((c) => c.id)).toEqual([written[0]!.id, written[2]!.id]);
    expect((await r.rows()).map((row) => [row.status, row.lastError])).toEqual([
      ['unreachable', 'bot was blocked'],
      ['unreachable', 'bot was blocked'],
      ['sent', null],
    ]);
    const [identity] = await t.db.select().from(channelIdentities);
    expect(identity!.unreachableAt).toEqual(now);
  });

  it('a transient failure postpones the row and every later one of the chat, with back-off', async () => {
    const r = rig();
    const s = scriptedSender({ '1': [{ status: 'failed', reason: 'ETIMEDOUT', permanent: false }] });
    r.dispatcher.register(s.sender);
    const written = await r.dispatcher.enqueue(t.db, [r.draft('1'), r.draft('1'), r.draft('2')]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    expect(s.calls.map((c) => c.id)).toEqual([written[0]!.id, written[2]!.id]);
    expect(
      (await r.rows()).map((row) => [row.status, row.lastError, row.notBefore, row.leaseUntil, row.attempts]),
    ).toEqual([
      ['pending', 'ETIMEDOUT', at(5_000), null, 1],
      ['pending', 'ETIMEDOUT', at(5_000), null, 1],
      ['sent', null, null, at(60_000), 1],
    ]);
  });

  it('back-off doubles with each attempt and stops at 10 minutes', async () => {
    const r = rig({ maxAttempts: 100 });
    const s = scriptedSender({
      a: [{ status: 'failed', reason: 'x', permanent: false }],
      b: [{ status: 'failed', reason: 'x', permanent: false }],
      c: [{ status: 'failed', reason: 'x', permanent: false }],
    });
    r.dispatcher.register(s.sender);
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a'), r.draft('b'), r.draft('c')]);
    await r.dispatcher.deliver([
      { ...written[0]!, attempts: 0 },
      { ...written[1]!, attempts: 2 },
      { ...written[2]!, attempts: 20 },
    ]);
    expect((await r.rows()).map((row) => row.notBefore)).toEqual([at(5_000), at(20_000), at(600_000)]);
  });

  it('a permanent failure, or the last attempt, gives the row up and the chat goes on', async () => {
    const r = rig({ maxAttempts: 3 });
    const s = scriptedSender({
      a: [{ status: 'failed', reason: 'Bad Request', permanent: true }],
      b: [{ status: 'failed', reason: 'ETIMEDOUT', permanent: false }],
      c: [{ status: 'failed', reason: 'ETIMEDOUT', permanent: false }],
    });
    r.dispatcher.register(s.sender);
    const written = await r.dispatcher.enqueue(t.db, [
      r.draft('a'),
      r.draft('a'),
      r.draft('b'),
      r.draft('c'),
    ]);
    await r.dispatcher.deliver([
      written[0]!,
      written[1]!,
      { ...written[2]!, attempts: 2 }, // third attempt of 3: given up
      { ...written[3]!, attempts: 1 }, // second of 3: postponed
    ]);
    await r.dispatcher.settled();
    expect((await r.rows()).map((row) => [row.status, row.lastError, row.sentAt])).toEqual([
      ['failed', 'Bad Request', now],
      ['sent', null, now],
      ['failed', 'ETIMEDOUT', now],
      ['pending', 'ETIMEDOUT', null],
    ]);
  });

  it('flood control pauses the bot and retries the same row, at most three more times', async () => {
    const r = rig();
    const flood = (ms: number): DeliveryResult => ({ status: 'retry-after', ms });
    const s = scriptedSender({ a: [flood(1000), flood(2000)], b: [flood(1), flood(2), flood(3), flood(4)] });
    r.dispatcher.register(s.sender);
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a'), r.draft('b')]);
    await r.dispatcher.deliver([written[0]!]);
    await r.dispatcher.settled();
    expect(s.calls.map((c) => c.address)).toEqual(['a', 'a', 'a']);
    expect(r.pauses).toEqual([1000, 2000]);
    await r.dispatcher.deliver([written[1]!]);
    await r.dispatcher.settled();
    expect(s.calls.filter((c) => c.address === 'b')).toHaveLength(4);
    expect(r.pauses).toEqual([1000, 2000, 1, 2, 3, 4]);
    expect((await r.rows()).map((row) => [row.status, row.lastError, row.notBefore])).toEqual([
      ['sent', null, null],
      ['pending', 'flood control', at(5_000)],
    ]);
  });

  it('flood control on an operation that is not rate limited retries too', async () => {
    const r = rig();
    const s = scriptedSender({ a: [{ status: 'retry-after', ms: 10 }] }, false);
    r.dispatcher.register(s.sender);
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a')]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    expect(s.calls).toHaveLength(2);
    expect((await r.rows())[0]!.status).toBe('sent');
  });

  it('a sender that throws, or none registered, is a transient failure', async () => {
    const r = rig();
    const s = scriptedSender({ a: [new TypeError('socket hang up')] });
    r.dispatcher.register(s.sender);
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a'), r.draft('b', { channel: 'slack' })]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    const stored = await r.rows();
    expect(stored.map((row) => [row.status, row.notBefore, row.attempts])).toEqual([
      ['pending', at(5_000), 1],
      ['pending', at(5_000), 1],
    ]);
    expect(stored[0]!.lastError).toBe('TypeError');
    expect(stored[1]!.lastError).toBe('no sender for slack');
  });
});

describe('OutboundDispatcher.sweep', () => {
  it('claims rows whose lease passed, in batches, and delivers them', async () => {
    const r = rig({ sweepBatch: 2 });
    const s = scriptedSender();
    r.dispatcher.register(s.sender);
    await r.dispatcher.enqueue(t.db, [r.draft('1'), r.draft('2'), r.draft('3'), r.draft('4'), r.draft('5')]);
    // The writer's lease (60 s) has passed.
    r.clock.at = at(60_000);
    expect(await r.dispatcher.sweep()).toBe(5);
    expect(s.calls.map((c) => c.address)).toEqual(['1', '2', '3', '4', '5']);
    expect((await r.rows()).map((row) => [row.status, row.sentAt])).toEqual(
      Array.from({ length: 5 }, () => ['sent', at(60_000)]),
    );
    expect(await r.dispatcher.sweep()).toBe(0);
  });

  it('leaves rows still leased to their writer', async () => {
    const r = rig();
    const s = scriptedSender();
    r.dispatcher.register(s.sender);
    await r.dispatcher.enqueue(t.db, [r.draft('1')]);
    r.clock.at = at(59_999);
    expect(await r.dispatcher.sweep()).toBe(0);
    expect(s.calls).toEqual([]);
    r.clock.at = at(60_000);
    expect(await r.dispatcher.sweep()).toBe(1);
  });

  it('stop waits for a delivery in flight', async () => {
    const r = rig();
    let release: () => void = () => {};
    const s = scriptedSender();
    const slow: ChannelSender = {
      ...s.sender,
      deliver: (row) =>
        new Promise((resolve) => {
          release = () => resolve({ status: 'sent', externalId: `m${row.id}` });
        }),
    };
    r.dispatcher.register(slow);
    const written = await r.dispatcher.enqueue(t.db, [r.draft('1')]);
    void r.dispatcher.deliver(written);
    await new Promise((resolve) => setImmediate(resolve));
    const stopped = r.dispatcher.stop(5_000);
    release();
    await stopped;
    expect((await r.rows())[0]!.status).toBe('sent');
  });
});
