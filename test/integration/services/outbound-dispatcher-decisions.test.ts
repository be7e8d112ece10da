/**
 * Decisions of the outbound dispatcher (src/services/outbound/dispatcher.ts) that
 * test/integration/outbound-dispatcher.test.ts leaves open, written against mutants that survived
 * it: which priority a row waits with at the rate limiter (and that an operation outside the
 * limits waits only after a 429), the metric each outcome counts, the lease a sweep takes, the
 * periodic sweeper, and a stop that does not wait past its grace. Storage is real; the limiter's
 * `acquire` and `pauseFor` are recorded instead of applied.
 */
import { asc } from 'drizzle-orm';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Metrics } from '../../../src/ops/metrics.js';
import type { ChannelSender, DeliveryResult } from '../../../src/services/outbound/delivery.js';
import { OutboundDispatcher } from '../../../src/services/outbound/dispatcher.js';
import { RateLimiters } from '../../../src/services/outbound/rate-limiter.js';
import type { OutboundDraft, OutboundRow } from '../../../src/storage/repositories/outbound.js';
import { outboundMessages } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';

const t = useTestDatabase();
const now = new Date('2026-03-02T02:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

// Each test's dispatcher is stopped after it, so that a sent row it records late (the buffer
// flushes on a timer) never lands on the next test's row of the same id.
const started: OutboundDispatcher[] = [];
beforeEach(() => truncateAll(t.db));
afterEach(async () => {
  await Promise.all(started.splice(0).map((d) => d.stop(1_000)));
});

function rig(
  script: Record<string, Array<DeliveryResult | Error>> = {},
  options: { rateLimited?: boolean; maxAttempts?: number; leaseMs?: number; metrics?: Metrics } = {},
) {
  const limiters = new RateLimiters({ perSecond: 0, perChatPerSecond: 0, perChatBurst: 1 });
  const limiter = limiters.for('telegram:bot1');
  const events: string[] = [];
  limiter.pauseFor = (ms: number) => void events.push(`pause ${ms}`);
  limiter.acquire = async (chat: string, priority: 0 | 1) => void events.push(`acquire ${chat} ${priority}`);
  const clock = { at: now };
  const calls: number[] = [];
  const sender: ChannelSender = {
    channel: 'telegram',
    sender: 'bot1',
    isRateLimited: () => options.rateLimited ?? true,
    async deliver(row: OutboundRow) {
      calls.push(row.id);
      events.push(`deliver ${row.address}`);
      const next = script[row.address]?.shift();
      if (next instanceof Error) throw next;
      return next ?? { status: 'sent', externalId: `m${row.id}` };
    },
  };
  const dispatcher = new OutboundDispatcher({
    db: t.db,
    logger: pino({ level: 'silent' }),
    limiters,
    clock: () => clock.at,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
    metrics: options.metrics,
  });
  dispatcher.register(sender);
  started.push(dispatcher);
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
  return { dispatcher, draft, rows, events, calls, clock };
}

async function counted(metrics: Metrics, name: string): Promise<Record<string, number>> {
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
  const out: Record<string, number> = {};
  for (const v of (metric?.values ?? []) as Array<{ labels: Record<string, string>; value: number }>) {
    if (v.value > 0) out[Object.values(v.labels).join('/')] = v.value;
  }
  return out;
}

describe('rate limiter use', () => {
  it('an interactive row waits at priority 0, a bulk row at 1, each before its call', async () => {
    const r = rig();
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a'), r.draft('b', { priority: 1 })]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    expect(r.events.filter((e) => e.endsWith(' a') || e.startsWith('acquire a'))).toEqual([
      'acquire a 0',
      'deliver a',
    ]);
    expect(r.events.filter((e) => e.endsWith(' b') || e.startsWith('acquire b'))).toEqual([
      'acquire b 1',
      'deliver b',
    ]);
  });

  it('after a 429 a rate-limited row waits again, once per try, with its priority', async () => {
    const r = rig({ a: [{ status: 'retry-after', ms: 700 }] });
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a', { priority: 1 })]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    expect(r.events).toEqual(['acquire a 1', 'deliver a', 'pause 700', 'acquire a 1', 'deliver a']);
  });

  it('an operation outside the limits does not wait, except after a 429', async () => {
    const r = rig({ a: [{ status: 'retry-after', ms: 50 }] }, { rateLimited: false });
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a'), r.draft('b', { priority: 1 })]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    expect(r.events.filter((e) => e.includes(' a'))).toEqual(['deliver a', 'acquire a 0', 'deliver a']);
    expect(r.events.filter((e) => e.includes(' b'))).toEqual(['deliver b']);
    expect((await r.rows()).map((row) => row.status)).toEqual(['sent', 'sent']);
  });

  it('a bulk row outside the limits waits at priority 1 after a 429', async () => {
    const r = rig({ a: [{ status: 'retry-after', ms: 50 }] }, { rateLimited: false });
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a', { priority: 1 })]);
    await r.dispatcher.deliver(written);
    expect(r.events).toEqual(['deliver a', 'pause 50', 'acquire a 1', 'deliver a']);
  });
});

describe('postponing', () => {
  it('a failure postpones that row and later ones, never an earlier row of the chat already sent', async () => {
    const r = rig({
      a: [
        { status: 'sent', externalId: 'ok' },
        { status: 'failed', reason: 'ETIMEDOUT', permanent: false },
      ],
    });
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a'), r.draft('a'), r.draft('a')]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    expect(
      (await r.rows()).map((row) => [row.status, row.externalId, row.lastError, row.notBefore, row.attempts]),
    ).toEqual([
      ['sent', 'ok', null, null, 1],
      ['pending', null, 'ETIMEDOUT', at(5_000), 1],
      ['pending', null, 'ETIMEDOUT', at(5_000), 1],
    ]);
  });
});

describe('metrics', () => {
  it('count each outcome by channel and result, and each 429', async () => {
    const metrics = new Metrics({ defaults: false });
    const r = rig(
      {
        drop: [{ status: 'dropped', reason: 'too late' }],
        gone: [{ status: 'unreachable', reason: 'blocked' }],
        bad: [{ status: 'failed', reason: 'Bad Request', permanent: true }],
        slow: [{ status: 'failed', reason: 'ETIMEDOUT', permanent: false }],
        flood: [{ status: 'retry-after', ms: 5 }],
      },
      { metrics },
    );
    const written = await r.dispatcher.enqueue(t.db, [
      r.draft('ok'),
      r.draft('drop'),
      r.draft('gone'),
      r.draft('bad'),
      r.draft('slow'),
      r.draft('flood'),
    ]);
    await r.dispatcher.deliver(written);
    await r.dispatcher.settled();
    expect(await counted(metrics, 'dika_outbound_messages_total')).toEqual({
      'telegram/sent': 2,
      'telegram/dropped': 1,
      'telegram/unreachable': 1,
      'telegram/failed': 1,
      'telegram/postponed': 1,
    });
    expect(await counted(metrics, 'dika_outbound_flood_control_total')).toEqual({ telegram: 1 });
  });

  it('the last attempt counts as failed, not postponed', async () => {
    const metrics = new Metrics({ defaults: false });
    // Four 429s in a row end the attempt as flood control; this is the row's second and last.
    const flood = { status: 'retry-after', ms: 1 } as const;
    const r = rig({ a: [flood, flood, flood, flood] }, { metrics, maxAttempts: 2 });
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a')]);
    await r.dispatcher.deliver([{ ...written[0]!, attempts: 1 }]);
    await r.dispatcher.settled();
    expect(await counted(metrics, 'dika_outbound_messages_total')).toEqual({ 'telegram/failed': 1 });
    expect((await r.rows()).map((row) => [row.status, row.lastError])).toEqual([['failed', 'flood control']]);
  });
});

describe('sweeping', () => {
  it('a sweep leases the rows it claims for leaseMs from now', async () => {
    const r = rig({ a: [{ status: 'failed', reason: 'ETIMEDOUT', permanent: false }] }, { leaseMs: 30_000 });
    let leased: Date | null | undefined;
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a')]);
    expect(written[0]!.leaseUntil).toEqual(at(30_000));
    // The sender sees the claimed row as the database holds it during the sweep.
    r.dispatcher.register({
      channel: 'telegram',
      sender: 'bot1',
      isRateLimited: () => false,
      async deliver(row) {
        leased = (await r.rows()).find((x) => x.id === row.id)?.leaseUntil;
        return { status: 'sent' };
      },
    });
    r.clock.at = at(30_000);
    expect(await r.dispatcher.sweep()).toBe(1);
    expect(leased).toEqual(at(60_000));
  });

  it('start sweeps every interval until stopped, and a second start adds no timer', async () => {
    const r = rig();
    await r.dispatcher.enqueue(t.db, [r.draft('a')]);
    r.clock.at = at(60_000);
    r.dispatcher.start(5);
    r.dispatcher.start(100_000);
    for (let i = 0; i < 400 && r.calls.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 5));
    await r.dispatcher.stop();
    expect(r.calls).toHaveLength(1);
    expect((await r.rows())[0]!.status).toBe('sent');
    // Stopped: a row due now is left for the next sweeper.
    await r.dispatcher.enqueue(t.db, [r.draft('b')]);
    r.clock.at = at(200_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(r.calls).toHaveLength(1);
  });

  it('stop gives up waiting for a hung delivery after its grace', async () => {
    const r = rig();
    r.dispatcher.register({
      channel: 'telegram',
      sender: 'bot1',
      isRateLimited: () => false,
      deliver: () => new Promise<DeliveryResult>(() => {}),
    });
    const written = await r.dispatcher.enqueue(t.db, [r.draft('a')]);
    void r.dispatcher.deliver(written);
    const started = Date.now();
    await r.dispatcher.stop(30);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await r.rows())[0]!.status).toBe('pending');
  });
});
