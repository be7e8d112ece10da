import type { Logger } from 'pino';
import { logFailure } from '../../logging/log-failure.js';
import { safeError } from '../../logging/safe-error.js';
import type { Metrics } from '../../ops/metrics.js';
import { isDatabaseUnavailable } from '../../storage/availability.js';
import type { Db, DbOrTx } from '../../storage/database.js';
import {
  claimOutbound,
  enqueueOutbound,
  markAddressUnreachable,
  type OutboundDraft,
  type OutboundRow,
  recordDelivery,
  recordSent,
} from '../../storage/repositories/outbound.js';
import type { ChannelSender, DeliveryResult } from './delivery.js';
import type { RateLimiters } from './rate-limiter.js';

export interface DispatcherOptions {
  db: Db;
  logger: Logger;
  limiters: RateLimiters;
  clock?: () => Date;
  /** How long a writer or sweeper holds rows before another process may deliver them. */
  leaseMs?: number;
  /** Attempts before a message is given up as failed. */
  maxAttempts?: number;
  /** Rows one sweep claims at a time. */
  sweepBatch?: number;
  metrics?: Metrics | undefined;
}

/** Back-off after a transient failure: 5 s, 10 s, 20 s… capped at 10 minutes. */
const backoffMs = (attempts: number) => Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 600_000);

/**
 * Delivers the durable outbound queue. The process that commits a row delivers it right away
 * (`deliver`), so an interactive reply never waits for a poll; `sweep` picks up rows whose lease
 * has passed (a crash after commit, a failed attempt). Messages to one chat go in id order; chats
 * run side by side through one rate limiter per bot.
 */
export class OutboundDispatcher {
  private readonly senders = new Map<string, ChannelSender>();
  private readonly clock: () => Date;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly sweepBatch: number;
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Rows sent but not yet marked; one UPDATE marks all of them (see `recordSentSoon`). */
  private sentBuffer: Array<{ id: number; externalId?: string | undefined }> = [];
  private recording: Promise<void> | undefined;

  constructor(private readonly options: DispatcherOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.sweepBatch = options.sweepBatch ?? 200;
  }

  register(sender: ChannelSender): void {
    this.senders.set(`${sender.channel}:${sender.sender}`, sender);
  }

  /** Writes drafts in the caller's transaction, leased to this process for immediate delivery. */
  enqueue(tx: DbOrTx, drafts: readonly OutboundDraft[]): Promise<OutboundRow[]> {
    if (drafts.length === 0) return Promise.resolve([]);
    return enqueueOutbound(tx, drafts, new Date(this.clock().getTime() + this.leaseMs));
  }

  /** Resolves once every message sent so far is marked as sent in the database. */
  async settled(): Promise<void> {
    while (this.recording || this.sentBuffer.length > 0) await (this.recording ?? this.flushSent());
  }

  /**
   * Delivers committed rows now and resolves once they are sent; never throws (what fails stays
   * queued for the sweeper). Marking them sent follows a moment later, batched with the marks of
   * other chats (one statement instead of one per update, and the reply does not wait for it).
   */
  deliver(rows: readonly OutboundRow[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    const work = this.deliverRows(rows);
    this.inFlight.add(work);
    return work.finally(() => this.inFlight.delete(work));
  }

  /** Claims rows nobody holds and delivers them; returns how many were claimed. */
  async sweep(): Promise<number> {
    await this.settled(); // a row sent but not yet marked must not look undelivered
    let total = 0;
    for (;;) {
      const now = this.clock();
      const rows = await this.options.db.transaction((tx) =>
        claimOutbound(tx, {
          now,
          leaseUntil: new Date(now.getTime() + this.leaseMs),
          limit: this.sweepBatch,
        }),
      );
      if (rows.length === 0) break;
      total += rows.length;
      await this.deliver(rows);
      if (rows.length < this.sweepBatch) break;
    }
    await this.settled();
    return total;
  }

  /** Sweeps every `intervalMs` until stopped. */
  start(intervalMs = 2_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.sweeping) return;
      this.sweeping = this.sweep()
        .catch((error: unknown) => logFailure(this.options.logger, error, 'outbound sweep'))
        .finally(() => {
          this.sweeping = undefined;
        });
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops sweeping and waits (up to `graceMs`) for deliveries in flight. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const pending = [...this.inFlight, ...(this.sweeping ? [this.sweeping] : [])];
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(pending).then(() => this.settled()),
      new Promise((resolve) => {
        timeout = setTimeout(resolve, graceMs);
      }),
    ]);
    clearTimeout(timeout);
  }

  private async deliverRows(rows: readonly OutboundRow[]): Promise<void> {
    const byChat = new Map<string, OutboundRow[]>();
    for (const row of [...rows].sort((a, b) => a.id - b.id)) {
      const key = `${row.channel}:${row.sender}:${row.address}`;
      const list = byChat.get(key);
      if (list) list.push(row);
      else byChat.set(key, [row]);
    }
    const sent: Array<{ id: number; externalId?: string | undefined }> = [];
    await Promise.all([...byChat.values()].map((chat) => this.deliverChat(chat, sent)));
    if (sent.length > 0) this.recordSentSoon(sent);
  }

  /**
   * Queues sent marks for one UPDATE at the next turn of the event loop. A crash in the few
   * milliseconds before it runs would let the sweeper send those messages again: the price of
   * not making every reply wait for a write (a crash between the API call and any write has it).
   */
  private recordSentSoon(sent: Array<{ id: number; externalId?: string | undefined }>, delayMs = 0): void {
    this.sentBuffer.push(...sent);
    if (this.recording) return;
    const wait =
      delayMs > 0
        ? new Promise<void>((resolve) => setTimeout(resolve, delayMs))
        : new Promise<void>((resolve) => setImmediate(resolve));
    this.recording = wait.then(() => this.flushSent());
  }

  private async flushSent(): Promise<void> {
    const batch = this.sentBuffer;
    this.sentBuffer = [];
    let retryInMs = 0;
    try {
      // 65,535 bind parameters at 2 per row: flush in slices well below that.
      for (let i = 0; i < batch.length; i += 10_000)
        await recordSent(this.options.db, batch.slice(i, i + 10_000), this.clock());
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // Dropped, these marks would let the sweeper send the messages again once their lease
        // passes (measured: a double after a 30 s outage). Keep them until the database is back.
        this.sentBuffer = [...batch, ...this.sentBuffer];
        retryInMs = 1_000;
        this.options.logger.warn({ err: safeError(error) }, 'database unavailable: sent marks kept');
      } else this.options.logger.error({ err: safeError(error) }, 'could not record sent messages');
    } finally {
      this.recording = undefined;
      if (this.sentBuffer.length > 0) this.recordSentSoon([], retryInMs);
    }
  }

  /** One chat's rows, in order; stops at a failure so later messages never overtake earlier ones. */
  private async deliverChat(
    rows: OutboundRow[],
    sent: Array<{ id: number; externalId?: string | undefined }>,
  ): Promise<void> {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const result = await this.attempt(row);
      const now = this.clock();
      const log = this.options.logger;
      const count = (outcome: string) =>
        this.options.metrics?.outbound.inc({ channel: row.channel, result: outcome });
      try {
        switch (result.status) {
          case 'sent':
            count('sent');
            sent.push({ id: row.id, externalId: result.externalId });
            break;
          case 'dropped':
            count('dropped');
            log.debug({ outbound_id: row.id, op: row.op, reason: result.reason }, 'outbound dropped');
            await recordDelivery(this.options.db, row.id, { status: 'dropped', error: result.reason, now });
            break;
          case 'unreachable':
            count('unreachable');
            log.info({ outbound_id: row.id, channel: row.channel }, 'chat unreachable; not retried');
            await markAddressUnreachable(this.options.db, {
              channel: row.channel,
              address: row.address,
              now,
              error: result.reason,
            });
            return;
          case 'failed':
          case 'retry-after': {
            const reason = result.status === 'failed' ? result.reason : 'flood control';
            const permanent =
              (result.status === 'failed' && result.permanent) || row.attempts + 1 >= this.maxAttempts;
            count(permanent ? 'failed' : 'postponed');
            if (permanent) {
              log.warn({ outbound_id: row.id, op: row.op, reason }, 'outbound message failed');
              await recordDelivery(this.options.db, row.id, { status: 'failed', error: reason, now });
              break;
            }
            // Later messages to this chat wait with it, so the order the person reads is kept.
            const notBefore = new Date(now.getTime() + backoffMs(row.attempts + 1));
            for (const later of rows.slice(i)) {
              await recordDelivery(this.options.db, later.id, { status: 'retry', error: reason, notBefore });
            }
            log.warn({ outbound_id: row.id, op: row.op, reason }, 'outbound delivery postponed');
            return;
          }
        }
      } catch (error) {
        log.error({ outbound_id: row.id, err: safeError(error) }, 'could not record an outbound outcome');
        return;
      }
    }
  }

  /** Sends one row through its bot's rate limiter; a 429 pauses the bot and retries the same row. */
  private async attempt(row: OutboundRow): Promise<DeliveryResult> {
    const sender = this.senders.get(`${row.channel}:${row.sender}`);
    if (!sender) return { status: 'failed', reason: `no sender for ${row.channel}`, permanent: false };
    const limiter = this.options.limiters.for(`${row.channel}:${row.sender}`);
    const limited = sender.isRateLimited(row.op);
    for (let tries = 0; ; tries++) {
      if (limited) await limiter.acquire(row.address, row.priority === 0 ? 0 : 1);
      let result: DeliveryResult;
      try {
        result = await sender.deliver(row);
      } catch (error) {
        const safe = safeError(error);
        result = { status: 'failed', reason: safe.type ?? 'error', permanent: false };
      }
      if (result.status !== 'retry-after') return result;
      limiter.pauseFor(result.ms);
      this.options.metrics?.floodControl.inc({ channel: row.channel });
      this.options.logger.warn({ channel: row.channel, retry_after_ms: result.ms }, 'flood control: paused');
      if (tries >= 3) return result;
      if (!limited) await limiter.acquire(row.address, row.priority === 0 ? 0 : 1);
    }
  }
}
