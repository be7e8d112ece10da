import { describe, expect, it } from 'vitest';
import {
  type LimiterClock,
  RateLimiter,
  RateLimiters,
  type RateLimitOptions,
  TELEGRAM_LIMITS,
} from '../../src/services/outbound/rate-limiter.js';

/** Lets every pending promise continuation run (no real time passes on the limiter's clock). */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A clock that only moves when told to; `sleep` resolves when `advanceTo` passes its end. */
class ManualClock implements LimiterClock {
  time = 0;
  sleepCalls = 0;
  maxPendingSleeps = 0;
  private sleeps: { at: number; resolve: () => void }[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    this.sleepCalls++;
    return new Promise((resolve) => {
      this.sleeps.push({ at: this.time + ms, resolve });
      this.maxPendingSleeps = Math.max(this.maxPendingSleeps, this.sleeps.length);
    });
  }

  pendingSleeps(): number {
    return this.sleeps.length;
  }

  /** Moves time forward to `target`, ending each sleep at its own time, in order. */
  async advanceTo(target: number): Promise<void> {
    await flush();
    for (;;) {
      let next: { at: number; resolve: () => void } | undefined;
      for (const s of this.sleeps) if (s.at <= target && (!next || s.at < next.at)) next = s;
      if (!next) break;
      this.sleeps.splice(this.sleeps.indexOf(next), 1);
      this.time = Math.max(this.time, next.at);
      next.resolve();
      await flush();
    }
    this.time = Math.max(this.time, target);
    await flush();
  }

  advanceBy(ms: number): Promise<void> {
    return this.advanceTo(this.time + ms);
  }
}

interface Grant {
  id: string;
  at: number;
}

function setup(options: RateLimitOptions = TELEGRAM_LIMITS) {
  const clock = new ManualClock();
  const limiter = new RateLimiter(options, clock);
  const grants: Grant[] = [];
  const ask = (id: string, chat: string, priority: 0 | 1 = 1) => {
    void limiter.acquire(chat, priority).then(() => grants.push({ id, at: clock.now() }));
  };
  const ids = () => grants.map((g) => g.id);
  return { clock, limiter, grants, ask, ids };
}

describe('RateLimiter', () => {
  it('lets a message through at once, without a timer, when tokens are there', async () => {
    const { clock, limiter, grants, ask } = setup();
    ask('a', 'chat-1', 0);
    ask('b', 'chat-2', 0);
    await flush();
    expect(grants).toEqual([
      { id: 'a', at: 0 },
      { id: 'b', at: 0 },
    ]);
    expect(clock.sleepCalls).toBe(0);
    expect(limiter.waiting()).toEqual({ interactive: 0, bulk: 0 });
  });

  it('spreads 100 messages to many chats at 30/s: done at about 3.3 s, not earlier', async () => {
    const { clock, grants, ask } = setup();
    for (let i = 0; i < 100; i++) ask(`m${i}`, `chat-${i}`);
    await flush();
    expect(grants.length).toBeLessThanOrEqual(3); // the small bot-wide burst

    await clock.advanceTo(3100);
    expect(grants.length).toBeLessThan(100);
    await clock.advanceTo(3400);
    expect(grants.length).toBe(100);

    const last = Math.max(...grants.map((g) => g.at));
    expect(last).toBeGreaterThanOrEqual(3200);
    expect(last).toBeLessThanOrEqual(3334);
    // Per simulated second after the first (which holds the burst): at most 30.
    for (let second = 1; second <= 3; second++) {
      const count = grants.filter((g) => g.at >= second * 1000 && g.at < (second + 1) * 1000).length;
      expect(count).toBeLessThanOrEqual(30);
    }
    // Any one-second window: at most 30 plus the burst of 3.
    for (const g of grants) {
      expect(grants.filter((h) => h.at >= g.at && h.at < g.at + 1000).length).toBeLessThanOrEqual(33);
    }
    // FIFO among waiters of one priority when every chat is free.
    expect(grants.map((g) => g.id)).toEqual(Array.from({ length: 100 }, (_, i) => `m${i}`));
    // One pump timer, not one per waiter, and no busy loop.
    expect(clock.maxPendingSleeps).toBe(1);
    expect(clock.sleepCalls).toBeLessThanOrEqual(100);
  });

  it('lets one chat have its burst, then one message a second', async () => {
    const { clock, grants, ask } = setup();
    for (let i = 0; i < 7; i++) ask(`m${i}`, 'chat-1');
    await clock.advanceTo(10_000);
    expect(grants.map((g) => g.at)).toEqual([0, 0, 0, 1000, 2000, 3000, 4000]);
  });

  it('refills a chat at one a second, up to the burst', async () => {
    const { clock, grants, ask } = setup();
    for (let i = 0; i < 3; i++) ask(`a${i}`, 'chat-1');
    await clock.advanceTo(1500); // one token back (at 1000), half of the next
    for (let i = 0; i < 3; i++) ask(`b${i}`, 'chat-1');
    await clock.advanceTo(10_000);
    expect(grants.map((g) => g.at)).toEqual([0, 0, 0, 1500, 2000, 3000]);
  });

  it('grants interactive waiters before bulk waiters queued earlier', async () => {
    const { clock, ids, ask, limiter } = setup({ perSecond: 1, perChatPerSecond: 1, perChatBurst: 3 });
    ask('bulk-1', 'b1');
    ask('bulk-2', 'b2');
    ask('bulk-3', 'b3');
    await flush();
    ask('reply-1', 'i1', 0);
    ask('reply-2', 'i2', 0);
    await flush();
    expect(ids()).toEqual(['bulk-1']);
    expect(limiter.waiting()).toEqual({ interactive: 2, bulk: 2 });
    await clock.advanceTo(10_000);
    expect(ids()).toEqual(['bulk-1', 'reply-1', 'reply-2', 'bulk-2', 'bulk-3']);
    expect(limiter.waiting()).toEqual({ interactive: 0, bulk: 0 });
  });

  it('lets an interactive reply pass queued bulk prompts at once when the bot has tokens', async () => {
    const { clock, ask, grants } = setup();
    // Bulk prompts to one chat: the first 3 go, the rest wait for that chat's tokens.
    for (let i = 0; i < 5; i++) ask(`bulk-${i}`, 'chat-1');
    await clock.advanceTo(100);
    ask('reply', 'chat-2', 0);
    await flush();
    expect(grants.at(-1)).toEqual({ id: 'reply', at: 100 });
  });

  it('lets a reply go at once while a fan-out is paced at the bot-wide limit', async () => {
    const { clock, ask, grants } = setup();
    for (let i = 0; i < 60; i++) ask(`bulk-${i}`, `chat-${i}`);
    await clock.advanceTo(510); // between two grants of the bulk pace (every 33.3 ms)
    const bulkSoFar = grants.length;
    ask('reply', 'chat-reply', 0);
    await flush();
    expect(grants.at(-1)).toEqual({ id: 'reply', at: 510 });
    await clock.advanceTo(3_000);
    expect(grants).toHaveLength(61);
    expect(bulkSoFar).toBeGreaterThanOrEqual(15); // the fan-out still ran at the limit before the reply
    // The reply took a token of the bot-wide budget: no one-second window got more than 30 + the burst.
    for (const g of grants) {
      expect(grants.filter((h) => h.at >= g.at && h.at < g.at + 1000).length).toBeLessThanOrEqual(33);
    }
  });

  it('holds everyone during a pause; a shorter second pause does not shorten it', async () => {
    const { clock, limiter, grants, ask } = setup();
    limiter.pauseFor(5000);
    ask('bulk', 'chat-1');
    ask('reply', 'chat-2', 0);
    await clock.advanceTo(1000);
    limiter.pauseFor(1000); // would end at 2000: ignored
    ask('late', 'chat-3', 0);
    await clock.advanceTo(4999);
    expect(grants).toEqual([]);
    expect(limiter.waiting()).toEqual({ interactive: 2, bulk: 1 });
    await clock.advanceTo(5100);
    expect(grants).toEqual([
      { id: 'reply', at: 5000 },
      { id: 'late', at: 5000 },
      // The burst's last token is kept for replies; a queued bulk message takes the next one.
      { id: 'bulk', at: 5034 },
    ]);
  });

  it('extends a pause with a longer one, and holds the fast path too', async () => {
    const { clock, limiter, grants, ask } = setup();
    limiter.pauseFor(5000);
    await clock.advanceTo(1000);
    limiter.pauseFor(6000); // now ends at 7000
    await clock.advanceTo(6000);
    ask('reply', 'chat-1', 0); // nothing queued, tokens there, but paused
    await clock.advanceTo(6999);
    expect(grants).toEqual([]);
    await clock.advanceTo(7000);
    expect(grants).toEqual([{ id: 'reply', at: 7000 }]);
  });

  it('keeps the order of messages to one chat', async () => {
    const { clock, grants, ask } = setup({ perSecond: 5, perChatPerSecond: 1, perChatBurst: 2 });
    for (let i = 0; i < 6; i++) {
      ask(`a${i}`, 'chat-a');
      ask(`b${i}`, 'chat-b');
      ask(`x${i}`, `other-${i}`);
    }
    await clock.advanceTo(20_000);
    expect(grants).toHaveLength(18);
    const order = (prefix: string) => grants.filter((g) => g.id.startsWith(prefix)).map((g) => g.id);
    expect(order('a')).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
    expect(order('b')).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
    // and each chat still gets at most its burst, then one a second
    const times = grants.filter((g) => g.id.startsWith('a')).map((g) => g.at);
    for (let i = 2; i < times.length; i++) expect(times[i]! - times[i - 2]!).toBeGreaterThanOrEqual(1000);
  });

  it('does not let a chat that has used its burst hold up other chats queued behind it', async () => {
    const { clock, grants, ask } = setup();
    for (let i = 0; i < 6; i++) ask(`a${i}`, 'chat-a');
    ask('b', 'chat-b');
    ask('c', 'chat-c');
    await clock.advanceTo(500);
    expect(grants.map((g) => g.id)).toEqual(['a0', 'a1', 'a2', 'b', 'c']);
    expect(grants.find((g) => g.id === 'c')!.at).toBeLessThan(200);
    await clock.advanceTo(3000);
    expect(grants.map((g) => g.id)).toEqual(['a0', 'a1', 'a2', 'b', 'c', 'a3', 'a4', 'a5']);
  });

  it('waits for the bot-wide limit, not busily, when every waiter is held by its chat', async () => {
    const { clock, grants, ask } = setup();
    for (let i = 0; i < 4; i++) ask(`a${i}`, 'chat-a');
    await clock.advanceTo(999);
    expect(grants).toHaveLength(3);
    expect(clock.sleepCalls).toBe(1); // one sleep, straight to 1000
    await clock.advanceTo(1000);
    expect(grants).toHaveLength(4);
  });

  it('wakes earlier than a pending wake when a newcomer can go sooner', async () => {
    const { clock, grants, ask } = setup();
    for (let i = 0; i < 4; i++) ask(`a${i}`, 'chat-a'); // a3 waits for chat-a until 1000
    await clock.advanceTo(10);
    ask('b', 'chat-b'); // only the bot-wide burst is spent; a queued bulk waiter leaves its last token to replies
    await clock.advanceTo(999);
    expect(grants.map((g) => g.id)).toEqual(['a0', 'a1', 'a2', 'b']);
    expect(grants.at(-1)!.at).toBe(67);
    expect(clock.maxPendingSleeps).toBe(2);
    await clock.advanceTo(1000);
    expect(grants.at(-1)).toEqual({ id: 'a3', at: 1000 });
  });

  it('has no limit and no timer with perSecond 0', async () => {
    const { clock, limiter, grants, ask } = setup({ perSecond: 0, perChatPerSecond: 1, perChatBurst: 3 });
    for (let i = 0; i < 10_000; i++) ask(`m${i}`, i % 2 === 0 ? 'chat-1' : `chat-${i}`, i % 3 === 0 ? 0 : 1);
    await flush();
    expect(grants).toHaveLength(10_000);
    expect(grants.every((g) => g.at === 0)).toBe(true);
    expect(clock.sleepCalls).toBe(0);
    expect(limiter.trackedChats()).toBe(0);
    expect(limiter.waiting()).toEqual({ interactive: 0, bulk: 0 });
  });

  it('still honours a 429 pause with perSecond 0', async () => {
    const { clock, limiter, grants, ask } = setup({ perSecond: 0, perChatPerSecond: 1, perChatBurst: 3 });
    limiter.pauseFor(2000);
    ask('m', 'chat-1');
    await clock.advanceTo(1999);
    expect(grants).toEqual([]);
    await clock.advanceTo(2000);
    expect(grants).toEqual([{ id: 'm', at: 2000 }]);
  });

  it('forgets a chat bucket once it is full again, so memory stays bounded', async () => {
    const { clock, limiter, grants, ask } = setup({ perSecond: 1000, perChatPerSecond: 1, perChatBurst: 3 });
    let peak = 0;
    for (let batch = 0; batch < 100; batch++) {
      for (let i = 0; i < 100; i++) ask(`m${batch}-${i}`, `chat-${batch * 100 + i}`);
      await clock.advanceBy(200);
      peak = Math.max(peak, limiter.trackedChats());
    }
    expect(grants).toHaveLength(10_000);
    // A bucket is full again 1 s after one message, so only the chats of the last second are kept.
    expect(peak).toBeLessThanOrEqual(600);
    await clock.advanceBy(5000);
    ask('again', 'chat-0');
    await flush();
    expect(limiter.trackedChats()).toBe(1);
    // A forgotten bucket behaves like a full one: the burst is there again.
    for (let i = 0; i < 3; i++) ask(`burst-${i}`, 'chat-0');
    await flush();
    expect(grants.slice(-3).map((g) => g.at)).toEqual([clock.now(), clock.now(), clock.now()]);
  });

  it('keeps a chat bucket that is not full yet', async () => {
    const { clock, limiter, grants, ask } = setup();
    for (let i = 0; i < 4; i++) ask(`a${i}`, 'chat-a');
    await clock.advanceTo(1000);
    expect(grants).toHaveLength(4);
    ask('b', 'chat-b'); // a grant trims full buckets; chat-a is still refilling
    await flush();
    expect(limiter.trackedChats()).toBe(2);
    await clock.advanceTo(4000);
    ask('c', 'chat-c');
    await flush();
    expect(limiter.trackedChats()).toBe(1);
  });
});

describe('RateLimiters', () => {
  it('gives one limiter per sender key, each with its own limits and pauses', async () => {
    const clock = new ManualClock();
    const limiters = new RateLimiters(TELEGRAM_LIMITS, clock);
    expect(limiters.for('telegram:1')).toBe(limiters.for('telegram:1'));
    expect(limiters.for('telegram:2')).not.toBe(limiters.for('telegram:1'));

    limiters.for('telegram:1').pauseFor(5000);
    const granted: string[] = [];
    void limiters
      .for('telegram:1')
      .acquire('chat', 0)
      .then(() => granted.push('bot-1'));
    void limiters
      .for('telegram:2')
      .acquire('chat', 0)
      .then(() => granted.push('bot-2'));
    await clock.advanceTo(100);
    expect(granted).toEqual(['bot-2']);
    await clock.advanceTo(5000);
    expect(granted).toEqual(['bot-2', 'bot-1']);
  });
});

describe('TELEGRAM_LIMITS', () => {
  it('matches Telegram: 30 messages a second per bot, 1 a second per chat after a burst of 3', () => {
    expect(TELEGRAM_LIMITS).toEqual({ perSecond: 30, perChatPerSecond: 1, perChatBurst: 3 });
  });
});
