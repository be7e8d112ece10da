/**
 * The rate limiter's bookkeeping (src/services/outbound/rate-limiter.ts): which chat buckets it
 * forgets and when, bulk pacing when the burst is a single message, timers that end with the
 * queue, limiters made by RateLimiters with their options, and the system clock. Written against
 * mutants `npm run mutate` left alive.
 */
import { describe, expect, it } from 'vitest';
import {
  type LimiterClock,
  RateLimiter,
  RateLimiters,
  type RateLimitOptions,
  TELEGRAM_LIMITS,
} from '../../../src/services/outbound/rate-limiter.js';

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Time moves only when told to; each sleep ends when time passes its end. */
class ManualClock implements LimiterClock {
  time = 0;
  sleepCalls = 0;
  private sleeps: { at: number; resolve: () => void }[] = [];
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    this.sleepCalls++;
    return new Promise((resolve) => this.sleeps.push({ at: this.time + ms, resolve }));
  }
  pendingSleeps(): number {
    return this.sleeps.length;
  }
  async advanceTo(target: number): Promise<void> {
    await flush();
    for (;;) {
      const due = this.sleeps.filter((s) => s.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.sleeps.splice(this.sleeps.indexOf(due), 1);
      this.time = Math.max(this.time, due.at);
      due.resolve();
      await flush();
    }
    this.time = Math.max(this.time, target);
    await flush();
  }
}

function setup(options: RateLimitOptions = TELEGRAM_LIMITS) {
  const clock = new ManualClock();
  const limiter = new RateLimiter(options, clock);
  const grants: Array<{ id: string; at: number }> = [];
  const ask = (id: string, chat: string, priority: 0 | 1 = 1) => {
    void limiter.acquire(chat, priority).then(() => grants.push({ id, at: clock.now() }));
  };
  return { clock, limiter, grants, ask };
}

describe('RateLimiter bookkeeping', () => {
  it('forgets buckets oldest use first: a chat used again moves to the young end', async () => {
    const { clock, limiter, ask } = setup({ perSecond: 1000, perChatPerSecond: 1, perChatBurst: 3 });
    ask('a1', 'chat-a'); // chat-a full again at 1000
    ask('b1', 'chat-b'); // chat-b full again at 1000
    await clock.advanceTo(500);
    ask('a2', 'chat-a'); // chat-a now full again at 2000, and the most recently used
    await clock.advanceTo(1500);
    ask('c1', 'chat-c'); // trims from the old end: chat-b goes, chat-a (not full) stops the trim
    await flush();
    expect(limiter.trackedChats()).toBe(2);
  });

  it('a bucket full again exactly now is forgotten', async () => {
    const { clock, limiter, ask } = setup({ perSecond: 1000, perChatPerSecond: 1, perChatBurst: 3 });
    ask('a', 'chat-a'); // full again at 1000
    await clock.advanceTo(1000);
    ask('b', 'chat-b');
    await flush();
    expect(limiter.trackedChats()).toBe(1);
  });

  it('keeps no buckets at all without a per-chat limit', async () => {
    const { clock, limiter, ask, grants } = setup({ perSecond: 1000, perChatPerSecond: 0, perChatBurst: 3 });
    for (let i = 0; i < 5; i++) ask(`m${i}`, 'chat-a');
    await clock.advanceTo(100);
    expect(grants).toHaveLength(5);
    expect(limiter.trackedChats()).toBe(0);
  });

  it('with a burst of one, queued bulk messages go one interval apart, not two', async () => {
    const { clock, ask, grants } = setup({ perSecond: 10, perChatPerSecond: 100, perChatBurst: 10 });
    for (let i = 0; i < 4; i++) ask(`m${i}`, `chat-${i}`);
    await clock.advanceTo(1000);
    expect(grants.map((g) => g.at)).toEqual([0, 100, 200, 300]);
  });

  it('bulk messages with nobody queued take the whole burst at once; a queued one leaves the last token', async () => {
    const { clock, ask, grants } = setup(); // burst 3 at 30/s: a token every 33.3 ms
    for (let i = 0; i < 4; i++) ask(`b${i}`, `chat-${i}`);
    await flush();
    expect(grants.map((g) => [g.id, g.at])).toEqual([
      ['b0', 0],
      ['b1', 0],
      ['b2', 0],
    ]);
    expect(clock.sleepCalls).toBe(1);
    await clock.advanceTo(200);
    // Queued, b3 waits until two tokens are back (66.7 ms), keeping one for a reply.
    expect(grants.at(-1)).toEqual({ id: 'b3', at: 67 });
  });

  it('a bulk newcomer behind a queued bulk message does not take the burst’s last token', async () => {
    const { clock, ask, grants } = setup();
    for (let i = 0; i < 4; i++) ask(`a${i}`, 'chat-a'); // a3 queued for chat-a's bucket
    await clock.advanceTo(40); // two tokens back at 66.7 ms, one at 33.3 ms
    ask('b', 'chat-b');
    await flush();
    expect(grants.map((g) => g.id)).toEqual(['a0', 'a1', 'a2']);
    await clock.advanceTo(200);
    expect(grants.at(-1)).toEqual({ id: 'b', at: 67 });
  });

  it('a queued interactive message wakes for the first token back, not the second', async () => {
    const { clock, ask, grants } = setup();
    for (let i = 0; i < 4; i++) ask(`r${i}`, `chat-${i}`, 0);
    await clock.advanceTo(200);
    expect(grants.map((g) => g.at)).toEqual([0, 0, 0, 34]);
  });

  it('options that are not finite numbers: no bot-wide limit, a burst of one', async () => {
    const nanRate = setup({ perSecond: Number.NaN, perChatPerSecond: 1, perChatBurst: 3 });
    for (let i = 0; i < 5; i++) nanRate.ask(`m${i}`, 'chat-a');
    await flush();
    expect(nanRate.grants).toHaveLength(5);
    const nanBurst = setup({ perSecond: 1000, perChatPerSecond: 1, perChatBurst: Number.NaN });
    for (let i = 0; i < 3; i++) nanBurst.ask(`m${i}`, 'chat-a');
    await nanBurst.clock.advanceTo(5000);
    expect(nanBurst.grants.map((g) => g.at)).toEqual([0, 1000, 2000]);
    const endless = setup({ perSecond: 1000, perChatPerSecond: 1, perChatBurst: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 3; i++) endless.ask(`m${i}`, 'chat-a');
    await endless.clock.advanceTo(5000);
    expect(endless.grants.map((g) => g.at)).toEqual([0, 1000, 2000]);
  });

  it('sleeps no more once the queue is empty', async () => {
    const { clock, limiter, ask, grants } = setup();
    for (let i = 0; i < 4; i++) ask(`a${i}`, 'chat-a');
    await clock.advanceTo(5000);
    expect(grants.map((g) => g.at)).toEqual([0, 0, 0, 1000]);
    expect(clock.sleepCalls).toBe(1);
    expect(clock.pendingSleeps()).toBe(0);
    expect(limiter.waiting()).toEqual({ interactive: 0, bulk: 0 });
    // A later wait schedules a new wake (the finished one was forgotten).
    for (let i = 0; i < 4; i++) ask(`b${i}`, 'chat-b');
    await clock.advanceTo(10_000);
    expect(grants.slice(4).map((g) => g.at)).toEqual([5000, 5000, 5000, 6000]);
    expect(clock.sleepCalls).toBe(2);
  });

  it('a pause of zero, a negative or no number changes nothing', async () => {
    const { clock, limiter, ask, grants } = setup();
    clock.time = 1000;
    limiter.pauseFor(0);
    limiter.pauseFor(-500);
    limiter.pauseFor(Number.NaN);
    ask('m', 'chat-a', 0);
    await flush();
    expect(grants).toEqual([{ id: 'm', at: 1000 }]);
    expect(clock.sleepCalls).toBe(0);
  });
});

describe('RateLimiters', () => {
  it('builds each limiter with the given options, copied when constructed', async () => {
    const clock = new ManualClock();
    const options: RateLimitOptions = { perSecond: 1000, perChatPerSecond: 1, perChatBurst: 2 };
    const limiters = new RateLimiters(options, clock);
    options.perChatBurst = 10;
    const limiter = limiters.for('telegram:1');
    const at: number[] = [];
    for (let i = 0; i < 3; i++) void limiter.acquire('chat', 1).then(() => at.push(clock.now()));
    await clock.advanceTo(5000);
    expect(at).toEqual([0, 0, 1000]);
  });
});

describe('RateLimiter on the system clock', () => {
  it('waits in real time for a chat’s next token', async () => {
    const limiter = new RateLimiter({ perSecond: 1000, perChatPerSecond: 50, perChatBurst: 1 });
    const started = Date.now();
    await limiter.acquire('chat', 0);
    await limiter.acquire('chat', 0);
    // 20 ms a message to one chat; allow for timer rounding.
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });
});
