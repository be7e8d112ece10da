/**
 * The event pipeline (src/services/events/handle-event.ts) on one connection: a redelivered event,
 * with or without a preload, runs no work and sends nothing again; work that fails marks nothing,
 * so the redelivery runs it; messages queued by the notifier travel with those of the reply; and
 * the updates metrics count each outcome. The races on two connections are in
 * test/integration/event-pipeline.test.ts (PostgreSQL only).
 */
import { asc } from 'drizzle-orm';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { Metrics } from '../../../src/ops/metrics.js';
import { handleEvent, type InboundEvent } from '../../../src/services/events/handle-event.js';
import { createNotifier } from '../../../src/services/outbound/notifier.js';
import { ReplyRenderers } from '../../../src/services/outbound/reply-renderer.js';
import { createPlatform } from '../../../src/services/platform.js';
import type { OutboundRow } from '../../../src/storage/repositories/outbound.js';
import { outboundMessages, processedEvents } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { linkTelegram, seedEmployee } from '../../support/telegram-harness.js';

const t = useTestDatabase();
const logger = pino({ level: 'silent' });

beforeEach(() => truncateAll(t.db));

function rig(metrics?: Metrics) {
  const sent: OutboundRow[] = [];
  const platform = createPlatform({
    db: t.db,
    logger,
    messagesPerSecond: 0,
    ...(metrics ? { metrics } : {}),
  });
  platform.outbound.register({
    channel: 'test',
    sender: 'bot',
    isRateLimited: () => false,
    deliver: async (row) => {
      sent.push(row);
      return { status: 'sent', externalId: `x${row.id}` };
    },
  });
  const renderers = new ReplyRenderers();
  renderers.register({
    channel: 'test',
    render: (recipient, _reply, priority) => [
      {
        channel: 'test',
        sender: 'bot',
        address: recipient.address,
        op: 'send',
        payload: { text: 'notice' },
        priority,
      },
    ],
  });
  const notifier = createNotifier({ outbound: platform.outbound, renderers, defaultLocale: 'id' });
  const deps = { db: t.db, logger, outbound: platform.outbound, ...(metrics ? { metrics } : {}) };
  const text = (row: OutboundRow) => (row.payload as { text: string }).text;
  const reply = (value: string) => ({
    channel: 'test',
    sender: 'bot',
    address: '1',
    op: 'send',
    payload: { text: value },
    priority: 0 as const,
  });
  const notice = (tx: Parameters<typeof notifier.notify>[0], address: string) =>
    notifier.notify(
      tx,
      { employeeId: 1, channel: 'test', address, locale: 'id', timeZone: 'Asia/Jakarta' },
      { prompts: [], open: false },
    );
  return { deps, sent, text, reply, notice, platform };
}

async function settle(outcome: Awaited<ReturnType<typeof handleEvent>>, r: ReturnType<typeof rig>) {
  if (!outcome.duplicate) await outcome.delivered;
  await r.platform.outbound.settled();
}

describe('redelivered events', () => {
  it('the second delivery of an event runs no work and sends nothing; another event id does', async () => {
    const r = rig();
    let runs = 0;
    const event: InboundEvent = { source: 'telegram:1', eventId: '42' };
    const work = async (scope: Parameters<Parameters<typeof handleEvent>[2]>[0]) => {
      runs++;
      scope.send(r.reply(`reply ${runs}`));
      return runs;
    };
    const first = await handleEvent(r.deps, event, work);
    await settle(first, r);
    expect(first).toMatchObject({ duplicate: false, result: 1 });
    const again = await handleEvent(r.deps, { ...event }, work);
    await settle(again, r);
    expect(again).toEqual({ duplicate: true });
    expect(runs).toBe(1);
    expect(r.sent.map(r.text)).toEqual(['reply 1']);
    // Same id from another source, and another id from the same source, are new events.
    const otherSource = await handleEvent(r.deps, { source: 'telegram:2', eventId: '42' }, work);
    const otherId = await handleEvent(r.deps, { source: 'telegram:1', eventId: '43' }, work);
    await settle(otherSource, r);
    await settle(otherId, r);
    expect(runs).toBe(3);
    expect(r.sent.map(r.text)).toEqual(['reply 1', 'reply 2', 'reply 3']);
    expect(await t.db.select().from(outboundMessages)).toHaveLength(3);
  });

  it('a redelivery with a preload is a duplicate too, and the first sees its sender', async () => {
    const r = rig();
    const me = await seedEmployee(t.db);
    await linkTelegram(t.db, me.id, 777);
    const account = { platform: 'telegram' as const, workspace: '', externalUserId: '777' };
    const seen: Array<number | undefined> = [];
    const event: InboundEvent = { source: 'telegram:1', eventId: '9', preload: { account } };
    const work = async (scope: Parameters<Parameters<typeof handleEvent>[2]>[0]) => {
      seen.push(scope.preloaded?.employee?.id);
      scope.send(r.reply('hi'));
    };
    const first = await handleEvent(r.deps, event, work);
    await settle(first, r);
    const again = await handleEvent(r.deps, event, work);
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ duplicate: true });
    expect(seen).toEqual([me.id]);
    expect(r.sent).toHaveLength(1);
  });

  it('work that fails marks nothing and queues nothing, so the redelivery runs it', async () => {
    const r = rig();
    const event: InboundEvent = { source: 'telegram:1', eventId: '7' };
    await expect(
      handleEvent(r.deps, event, async (scope) => {
        scope.send(r.reply('lost'));
        await r.notice(scope.tx, '2');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await t.db.select().from(processedEvents)).toEqual([]);
    expect(await t.db.select().from(outboundMessages)).toEqual([]);
    const retried = await handleEvent(r.deps, event, async (scope) => {
      scope.send(r.reply('kept'));
      return 'done';
    });
    await settle(retried, r);
    expect(retried).toMatchObject({ duplicate: false, result: 'done' });
    expect(r.sent.map(r.text)).toEqual(['kept']);
  });
});

describe('what an event queues', () => {
  it('the reply’s messages and the notifier’s are delivered after the commit, all of them once', async () => {
    const r = rig();
    const outcome = await handleEvent(r.deps, { source: 's', eventId: '1' }, async (scope) => {
      await r.notice(scope.tx, '2');
      scope.send(r.reply('first'));
      scope.send(r.reply('second'));
      // Nothing is in the queue before the commit.
      expect(await scope.tx.select().from(outboundMessages)).toHaveLength(1);
    });
    if (outcome.duplicate) throw new Error('unexpected duplicate');
    expect(outcome.queued.map((row) => [row.address, r.text(row)])).toEqual([
      ['1', 'first'],
      ['1', 'second'],
      ['2', 'notice'],
    ]);
    await settle(outcome, r);
    expect(r.sent.map((row) => [row.address, r.text(row)]).sort()).toEqual([
      ['1', 'first'],
      ['1', 'second'],
      ['2', 'notice'],
    ]);
    const rows = await t.db.select().from(outboundMessages).orderBy(asc(outboundMessages.id));
    expect(rows.map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('only the notifier’s messages, without a reply, are delivered as well', async () => {
    const r = rig();
    const outcome = await handleEvent(r.deps, { source: 's', eventId: '2' }, async (scope) => {
      await r.notice(scope.tx, '3');
    });
    if (outcome.duplicate) throw new Error('unexpected duplicate');
    expect(outcome.queued.map((row) => row.address)).toEqual(['3']);
    await settle(outcome, r);
    expect(r.sent.map((row) => row.address)).toEqual(['3']);
  });

  it('nothing queued: nothing written, nothing delivered', async () => {
    const r = rig();
    const outcome = await handleEvent(r.deps, { source: 's', eventId: '3' }, async () => 5);
    if (outcome.duplicate) throw new Error('unexpected duplicate');
    expect(outcome.queued).toEqual([]);
    await settle(outcome, r);
    expect(await t.db.select().from(outboundMessages)).toEqual([]);
    expect(await t.db.select().from(processedEvents)).toHaveLength(1);
  });
});

describe('metrics', () => {
  async function values(metrics: Metrics, name: string) {
    const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
    return (metric?.values ?? []) as Array<{
      labels: Record<string, string>;
      value: number;
      metricName?: string;
    }>;
  }

  it('count handled, duplicate, failed and retry-later by source and kind; time handled ones only', async () => {
    const metrics = new Metrics({ defaults: false });
    const r = rig(metrics);
    await handleEvent(r.deps, { source: 's', eventId: '1', kind: 'button' }, async () => undefined);
    await handleEvent(r.deps, { source: 's', eventId: '1', kind: 'button' }, async () => undefined);
    await handleEvent(r.deps, { source: 's', eventId: '2' }, async () => {
      throw new Error('bug');
    }).catch(() => undefined);
    const outage = Object.assign(new Error('down'), { code: 'ECONNREFUSED' });
    await handleEvent(r.deps, { source: 's', eventId: '3', kind: 'text' }, async () => {
      throw outage;
    }).catch(() => undefined);
    const counts = (await values(metrics, 'dika_updates_total'))
      .filter((v) => v.value > 0)
      .map((v) => [v.labels.source, v.labels.kind, v.labels.outcome, v.value])
      .sort();
    expect(counts).toEqual([
      ['s', 'button', 'duplicate', 1],
      ['s', 'button', 'handled', 1],
      ['s', 'other', 'failed', 1],
      ['s', 'text', 'retry-later', 1],
    ]);
    const timed = (await values(metrics, 'dika_update_duration_seconds')).filter(
      (v) => v.metricName === 'dika_update_duration_seconds_count' && v.value > 0,
    );
    expect(timed.map((v) => [v.labels.source, v.labels.kind, v.value])).toEqual([['s', 'button', 1]]);
    const sum = (await values(metrics, 'dika_update_duration_seconds')).find(
      (v) => v.metricName === 'dika_update_duration_seconds_sum' && v.labels.kind === 'button',
    );
    expect(sum!.value).toBeGreaterThan(0);
    expect(sum!.value).toBeLessThan(60);
  });
});
