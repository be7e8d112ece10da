/**
 * Interactive latency during a prompt fan-out, for `npm run bench:schedule`: a handful of linked
 * people keep sending `/status` through the real grammY bot (bot.handleUpdate: runOnce → handleEvent
 * → the durable outbound queue → the rate limiter at priority 0 → telegramSender to the stand-in),
 * built on the scheduler's own platform, so replies and prompts share one limiter and one pool, as
 * in src/main.ts. An update's latency is the time until bot.handleUpdate resolves, which is when its
 * reply was handed to the stand-in and answered (runOnce awaits the delivery).
 */
import type { Bot } from 'grammy';
import pino from 'pino';
import { createTelegramBot } from '../src/channels/telegram/bot.js';
import type { DikaContext } from '../src/channels/telegram/context.js';
import { Translator } from '../src/i18n/translator.js';
import type { ChannelSender } from '../src/services/outbound/delivery.js';
import type { Platform } from '../src/services/platform.js';
import type { Db } from '../src/storage/database.js';
import { TEST_SECRET, TEST_TOKEN } from '../test/support/telegram-harness.js';
import type { BotApiStandIn } from '../test/support/telegram-stand-in.js';
import { commandMessage, testUser } from '../test/support/telegram-updates.js';
import { type Summary, summarize } from './stats.js';

/** Pause of each person between a reply and their next update: 2–4 s (10 people: about 3 updates/s, a tenth of the 30/s). */
const PAUSE_MIN_MS = 2_000;
const PAUSE_SPREAD_MS = 2_000;

/** The real bot over the scheduler's platform (one limiter and one dispatcher, as the service). */
export function botOnPlatform(
  db: Db,
  platform: Platform,
  api: BotApiStandIn,
  errors: unknown[],
): Bot<DikaContext> {
  const logger = pino({ level: 'silent' });
  return createTelegramBot(
    TEST_TOKEN,
    {
      db,
      dialogs: platform.dialogs,
      outbound: platform.outbound,
      translator: new Translator('id'),
      logger,
      secret: TEST_SECRET,
      clock: () => new Date(),
      defaultLocale: 'id',
      defaultTimeZone: 'Asia/Jakarta',
    },
    { apiRoot: api.url, botInfo: api.botInfo, onUpdateError: (error) => void errors.push(error) },
  );
}

/** Counts the interactive messages (priority 0) handed to the real sender, to check every update got its reply. */
export function countingReplies(inner: ChannelSender): { sender: ChannelSender; replies: Replies } {
  const perChat = new Map<string, number>();
  return {
    sender: {
      ...inner,
      deliver: async (row) => {
        const result = await inner.deliver(row);
        if (row.priority === 0 && result.status === 'sent')
          perChat.set(row.address, (perChat.get(row.address) ?? 0) + 1);
        return result;
      },
    },
    replies: (chat) => perChat.get(chat) ?? 0,
  };
}

/** Interactive messages sent to one chat so far. */
export type Replies = (chat: string) => number;

export interface ProbeResult {
  /** Milliseconds from each update to its reply handed to the stand-in. */
  samples: number[];
  /** Updates whose reply did not reach the stand-in, or that the bot's error boundary caught. */
  failures: number;
}

/**
 * Starts `people` (Telegram user ids of linked employees) sending `/status` one after another, each
 * with a 1–2 s pause; `stop()` waits for the updates in flight and summarises their latencies.
 */
export function startProbe(
  bot: Bot<DikaContext>,
  userIds: readonly number[],
  replies: Replies,
  errors: unknown[],
): { stop: () => Promise<ProbeResult> } {
  const latencies: number[] = [];
  let stopped = false;
  let missing = 0;
  const errorsBefore = errors.length;
  const person = async (id: number, offsetMs: number) => {
    const from = testUser({ id, first_name: 'Pegawai', last_name: String(id) });
    await sleep(offsetMs); // staggered, so the people do not move in step
    while (!stopped) {
      const before = replies(String(id));
      const start = performance.now();
      await bot.handleUpdate(commandMessage('status', undefined, { from }));
      const elapsed = performance.now() - start;
      if (replies(String(id)) === before) missing++;
      latencies.push(elapsed);
      await sleep(PAUSE_MIN_MS + Math.random() * PAUSE_SPREAD_MS);
    }
  };
  const running = Promise.all(userIds.map((id, i) => person(id, (i * PAUSE_MIN_MS) / userIds.length)));
  return {
    stop: async () => {
      stopped = true;
      await running;
      return { samples: latencies, failures: missing + (errors.length - errorsBefore) };
    },
  };
}

/** Idle latency: the probe for `seconds` with nothing else running. */
export async function idleProbe(
  bot: Bot<DikaContext>,
  userIds: readonly number[],
  replies: Replies,
  errors: unknown[],
  seconds: number,
): Promise<ProbeResult> {
  const probe = startProbe(bot, userIds, replies, errors);
  await sleep(seconds * 1000);
  return probe.stop();
}

/** Fan-out ÷ idle for p50 and p95; the idle runs (before and after the fan-out) pooled as the baseline. */
export function compareLatency(idle: readonly ProbeResult[], busy: ProbeResult) {
  const idleMs = summarize(idle.flatMap((r) => r.samples));
  const busyMs = summarize(busy.samples);
  const round = (s: Summary) => ({
    updates: s.count,
    p50: Number(s.p50.toFixed(1)),
    p95: Number(s.p95.toFixed(1)),
    max: Number(s.max.toFixed(1)),
  });
  return {
    idleMs: round(idleMs),
    fanOutMs: round(busyMs),
    p50Ratio: Number((busyMs.p50 / idleMs.p50).toFixed(2)),
    p95Ratio: Number((busyMs.p95 / idleMs.p95).toFixed(2)),
    failures: [...idle, busy].reduce((n, r) => n + r.failures, 0),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
