/**
 * How the rate limiter reads its options (src/services/outbound/rate-limiter.ts): a per-chat rate of
 * 0 means no per-chat limit, the per-chat rate sets the spacing, and options that are not positive
 * finite numbers turn a limit off instead of breaking it. Found by `npm run mutate`.
 */
import { describe, expect, it } from 'vitest';
import {
  type LimiterClock,
  RateLimiter,
  type RateLimitOptions,
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

function grantTimes(options: RateLimitOptions, chats: string[]) {
  const clock = new ManualClock();
  const limiter = new RateLimiter(options, clock);
  const times: number[] = [];
  for (const chat of chats) void limiter.acquire(chat, 1).then(() => times.push(clock.now()));
  return { clock, limiter, times };
}

describe('RateLimiter options', () => {
  it('has no per-chat limit with perChatPerSecond 0: one chat gets the bot-wide rate', async () => {
    const { clock, times } = grantTimes(
      { perSecond: 10, perChatPerSecond: 0, perChatBurst: 1 },
      Array(4).fill('c'),
    );
    await clock.advanceTo(10_000);
    // 10/s bot-wide with a burst of one: every 100 ms, not one a second or never.
    expect(times).toEqual([0, 100, 200, 300]);
  });

  it('spaces one chat’s messages by its own rate', async () => {
    const { clock, times } = grantTimes(
      { perSecond: 30, perChatPerSecond: 2, perChatBurst: 1 },
      Array(4).fill('c'),
    );
    await clock.advanceTo(10_000);
    expect(times).toEqual([0, 500, 1000, 1500]);
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -5],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('treats a %s bot-wide rate as no limit', async (_name, perSecond) => {
    const { clock, times, limiter } = grantTimes(
      { perSecond, perChatPerSecond: 1, perChatBurst: 1 },
      Array(5).fill('c'),
    );
    await clock.advanceTo(0);
    expect(times).toEqual([0, 0, 0, 0, 0]);
    expect(clock.sleepCalls).toBe(0);
    expect(limiter.trackedChats()).toBe(0);
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -1],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('treats a %s per-chat rate as no per-chat limit', async (_name, perChatPerSecond) => {
    const { clock, times } = grantTimes(
      { perSecond: 10, perChatPerSecond, perChatBurst: 1 },
      Array(3).fill('c'),
    );
    await clock.advanceTo(10_000);
    expect(times).toEqual([0, 100, 200]);
  });

  it('reads a burst that is not a positive number as one message', async () => {
    const { clock, times } = grantTimes(
      { perSecond: 30, perChatPerSecond: 1, perChatBurst: Number.NaN },
      Array(3).fill('c'),
    );
    await clock.advanceTo(10_000);
    expect(times).toEqual([0, 1000, 2000]);
  });
});
