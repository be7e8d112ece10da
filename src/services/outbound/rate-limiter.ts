/**
 * In-process rate limiter for Bot API calls that send or edit a message.
 *
 * One {@link RateLimiter} per bot (see {@link RateLimiters}), shared by every sender in the process:
 * immediate replies after commit, the background sweeper and scheduled prompt waves.
 *
 * Two token buckets, both kept as a GCRA "theoretical arrival time" (one number each):
 * - the whole bot: `perSecond` messages a second, with a small burst of a tenth of a second's worth
 *   (3 at 30/s), so two replies that happen to coincide are not spaced out, while no one-second
 *   window gets much more than `perSecond`;
 * - each chat: `perChatPerSecond` a second after a burst of `perChatBurst`, so an interactive reply
 *   is not held back by the per-chat limit in normal use.
 *
 * A chat's bucket is forgotten once it is full again (it then behaves exactly like a new one): the
 * chat map is kept in order of last use and trimmed from its oldest end on every grant, so it only
 * holds chats that got a message in the last `perChatBurst / perChatPerSecond` seconds.
 *
 * Waiters sit in two FIFO queues, interactive (priority 0) before bulk (priority 1). A grant goes to
 * the first waiter whose chat has a token: a chat whose bucket is empty does not hold up the chats
 * queued behind it, and messages to one chat at one priority keep their order. Bulk waiters granted
 * from their queue (a fan-out being paced) leave the bot-wide burst's last token to interactive ones
 * (when the burst has more than one): a reply during a fan-out then goes at once instead of waiting
 * for the next token of the bulk pace (up to 1/perSecond; measured without this at 30/s: reply p50
 * 4.8× idle, see bench/README.md "Weekly schedule"). One pump timer wakes
 * the queues when the next waiter can go; when tokens are there and nobody is queued ahead, `acquire`
 * resolves at once, without a timer.
 */

export interface RateLimitOptions {
  /** Messages per second for the whole bot; 0 = no limit. */
  perSecond: number;
  /** Messages per second to one chat (Telegram: about 1). */
  perChatPerSecond: number;
  /** Messages one chat may get at once before perChatPerSecond applies. */
  perChatBurst: number;
}

/** Telegram's documented limits: about 30 messages a second per bot, about 1 a second per chat. */
export const TELEGRAM_LIMITS: RateLimitOptions = Object.freeze({
  perSecond: 30,
  perChatPerSecond: 1,
  perChatBurst: 3,
});

export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const systemClock: LimiterClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The bot-wide burst, in seconds of `perSecond`. */
const GLOBAL_BURST_SECONDS = 0.1;
/** Slack for float rounding when comparing a time with a computed ready time (ms). */
const EPSILON_MS = 1e-3;

interface Waiter {
  chat: string;
  resolve: () => void;
}

export class RateLimiter {
  private readonly clock: LimiterClock;
  /** Bot-wide limit off (`perSecond` 0): no bucket at all, only pauses apply. */
  private readonly unlimited: boolean;
  private readonly globalInterval: number;
  private readonly globalTolerance: number;
  /** The bot-wide tolerance for bulk waiters granted from their queue: one token less. */
  private readonly bulkQueueTolerance: number;
  private globalTat = Number.NEGATIVE_INFINITY;
  private readonly chatLimited: boolean;
  private readonly chatInterval: number;
  private readonly chatTolerance: number;
  /**
   * Chats whose bucket is not full, oldest use first, each with its theoretical arrival time: the
   * bucket is full again from that moment on.
   */
  private readonly chats = new Map<string, number>();
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private readonly interactive: Waiter[] = [];
  private readonly bulk: Waiter[] = [];
  /** Times the outstanding pump sleeps end (normally one; see `schedule`). */
  private readonly wakes: number[] = [];

  constructor(options: RateLimitOptions, clock: LimiterClock = systemClock) {
    this.clock = clock;
    const perSecond = finiteOrZero(options.perSecond);
    this.unlimited = perSecond <= 0;
    this.globalInterval = this.unlimited ? 0 : 1000 / perSecond;
    const globalBurst = Math.max(1, Math.ceil(perSecond * GLOBAL_BURST_SECONDS));
    this.globalTolerance = (globalBurst - 1) * this.globalInterval;
    this.bulkQueueTolerance = Math.max(0, this.globalTolerance - this.globalInterval);

    const perChat = finiteOrZero(options.perChatPerSecond);
    this.chatLimited = !this.unlimited && perChat > 0;
    this.chatInterval = this.chatLimited ? 1000 / perChat : 0;
    const chatBurst = Math.max(1, Math.floor(finiteOrZero(options.perChatBurst)));
    this.chatTolerance = (chatBurst - 1) * this.chatInterval;
  }

  /** Resolves when one message to `chat` may be sent. Priority 0 = interactive, 1 = bulk. */
  acquire(chat: string, priority: 0 | 1): Promise<void> {
    const queue = priority === 0 ? this.interactive : this.bulk;
    // Fast path: nobody of this or a higher priority is queued ahead and the tokens are there.
    const aheadEmpty = this.interactive.length === 0 && (priority === 0 || this.bulk.length === 0);
    if (aheadEmpty) {
      const now = this.clock.now();
      if (this.readyAt(chat) <= now + EPSILON_MS) {
        this.take(chat, now);
        return Promise.resolve();
      }
    }
    return new Promise<void>((resolve) => {
      queue.push({ chat, resolve });
      this.pump();
    });
  }

  /** A 429 said "retry after": nothing passes until then (extends, never shortens, a pause). */
  pauseFor(ms: number): void {
    if (!(ms > 0)) return;
    const until = this.clock.now() + ms;
    if (until > this.pausedUntil) this.pausedUntil = until;
    // Queued waiters keep their pending wake; it finds the pause and sleeps again until its end.
  }

  /** Messages waiting, by priority (for metrics). */
  waiting(): { interactive: number; bulk: number } {
    return { interactive: this.interactive.length, bulk: this.bulk.length };
  }

  /** @internal Chats with a bucket in memory (not yet full again); for tests and metrics. */
  trackedChats(): number {
    return this.chats.size;
  }

  /** The earliest time one message to `chat` may go, ignoring the queues. */
  private readyAt(chat: string, tolerance = this.globalTolerance): number {
    let at = this.pausedUntil;
    if (!this.unlimited) {
      at = Math.max(at, this.globalTat - tolerance);
      if (this.chatLimited) {
        const tat = this.chats.get(chat);
        if (tat !== undefined) at = Math.max(at, tat - this.chatTolerance);
      }
    }
    return at;
  }

  private take(chat: string, now: number): void {
    if (this.unlimited) return;
    this.globalTat = Math.max(this.globalTat, now) + this.globalInterval;
    if (!this.chatLimited) return;
    const previous = this.chats.get(chat);
    // Delete first so the map stays in order of last use.
    if (previous !== undefined) this.chats.delete(chat);
    this.chats.set(chat, Math.max(previous ?? now, now) + this.chatInterval);
    this.forgetFullBuckets(now);
  }

  /**
   * Drops buckets that are full again, from the least recently used end. The oldest entry not yet
   * full got its last message less than a burst's span ago, and so did every entry after it:
   * amortised O(1) per grant, and the map holds only recently used chats.
   */
  private forgetFullBuckets(now: number): void {
    for (const [chat, tat] of this.chats) {
      if (tat > now) return;
      this.chats.delete(chat);
    }
  }

  /** Grants every waiter that may go now, in priority then FIFO order, and schedules the next wake. */
  private pump(): void {
    const now = this.clock.now();
    if (this.pausedUntil <= now + EPSILON_MS) {
      this.grantFrom(this.interactive, now, this.globalTolerance);
      this.grantFrom(this.bulk, now, this.bulkQueueTolerance);
    }
    this.schedule(now);
  }

  private grantFrom(queue: Waiter[], now: number, tolerance: number): void {
    let kept = 0;
    let i = 0;
    for (; i < queue.length; i++) {
      if (!this.unlimited && this.globalTat - tolerance > now + EPSILON_MS) break;
      const waiter = queue[i]!;
      if (this.readyAt(waiter.chat, tolerance) <= now + EPSILON_MS) {
        this.take(waiter.chat, now);
        waiter.resolve();
      } else {
        queue[kept++] = waiter;
      }
    }
    if (kept === i) return;
    for (; i < queue.length; i++) queue[kept++] = queue[i]!;
    queue.length = kept;
  }

  /** Makes sure a pump runs when the first queued waiter can go; one sleep, not one per waiter. */
  private schedule(now: number): void {
    if (this.interactive.length === 0 && this.bulk.length === 0) return;
    const tolerance = this.interactive.length > 0 ? this.globalTolerance : this.bulkQueueTolerance;
    const globalReady = this.unlimited ? Number.NEGATIVE_INFINITY : this.globalTat - tolerance;
    const at = Math.max(
      this.pausedUntil,
      globalReady,
      Math.min(this.chatReady(this.interactive, now), this.chatReady(this.bulk, now)),
    );
    const ms = Math.max(1, Math.ceil(at - now - EPSILON_MS));
    const wake = now + ms;
    // A pending wake no later than this one pumps again and reschedules. A sleep cannot be
    // cancelled, so a pending wake later than needed is left to fire (and find nothing to do).
    for (const pending of this.wakes) if (pending <= wake) return;
    this.wakes.push(wake);
    const onWake = () => {
      const index = this.wakes.indexOf(wake);
      if (index >= 0) this.wakes.splice(index, 1);
      this.pump();
    };
    this.clock.sleep(ms).then(onWake, onWake);
  }

  /** The earliest time the per-chat limit lets some waiter in `queue` go. */
  private chatReady(queue: Waiter[], now: number): number {
    if (!this.chatLimited) return Number.NEGATIVE_INFINITY;
    let earliest = Number.POSITIVE_INFINITY;
    for (const waiter of queue) {
      const tat = this.chats.get(waiter.chat);
      if (tat === undefined) return Number.NEGATIVE_INFINITY;
      earliest = Math.min(earliest, tat - this.chatTolerance);
      if (earliest <= now) break;
    }
    return earliest;
  }
}

/** One limiter per sender key (a bot id), created on first use with the same options. */
export class RateLimiters {
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly options: RateLimitOptions;
  private readonly clock: LimiterClock | undefined;

  constructor(options: RateLimitOptions, clock?: LimiterClock) {
    this.options = { ...options };
    this.clock = clock;
  }

  for(senderKey: string): RateLimiter {
    let limiter = this.limiters.get(senderKey);
    if (!limiter) {
      limiter = new RateLimiter(this.options, this.clock);
      this.limiters.set(senderKey, limiter);
    }
    return limiter;
  }
}

function finiteOrZero(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}
