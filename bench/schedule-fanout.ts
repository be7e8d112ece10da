/**
 * `npm run bench:schedule`: the weekly schedule for 10,000 employees on PostgreSQL: planning time,
 * the Monday prompt fan-out with the rate limit off (prompts/s) and the Wednesday reminder with it
 * on (achieved ÷ configured, target ≥ 0.95), duplicates and omissions (both must be 0), the time of
 * a tick with nothing due, and peak RSS. Real code paths: runScheduleTick, the durable outbound
 * queue, telegramSender to the local Bot API stand-in. During both fan-outs a few linked people keep
 * sending `/status` through the real bot on the same platform: their reply latency ÷ the same
 * people's latency with nothing running (bench/schedule-interactive.ts). See bench/README.md
 * ("Weekly schedule").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { telegramSender } from '../src/channels/telegram/outbound-sender.js';
import { telegramReplyRenderer } from '../src/channels/telegram/reply-renderer.js';
import { Translator } from '../src/i18n/translator.js';
import type { ChannelSender } from '../src/services/outbound/delivery.js';
import { type Database, openDatabase } from '../src/storage/database.js';
import { scheduleRig, seedPeople } from '../test/support/schedule-rig.js';
import { startBotApiStandIn } from '../test/support/telegram-stand-in.js';
import { standInApi } from './rig.js';
import {
  botOnPlatform,
  compareLatency,
  countingReplies,
  idleProbe,
  type ProbeResult,
  startProbe,
} from './schedule-interactive.js';

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_ACHIEVED = 0.95;
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '30' },
    out: { type: 'string', default: 'bench/results/2026-12-01-schedule.json' },
    'probe-people': { type: 'string', default: '10' },
    'idle-seconds': { type: 'string', default: '15' },
  },
});
const PEOPLE = Number(values.people);
const RATE = Number(values.rate);
const PROBE_PEOPLE = Number(values['probe-people']);
const IDLE_SECONDS = Number(values['idle-seconds']);

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** Wraps the real sender to time each call (the rate-limited run measures first to last call). */
function timedSender(inner: ChannelSender, starts: number[]): ChannelSender {
  return {
    ...inner,
    deliver: (row) => {
      starts.push(performance.now());
      return inner.deliver(row);
    },
  };
}

/** Ticks a minute apart, as the cron does, until a tick finds nothing due; returns jobs done and ticks. */
async function drain(rig: ReturnType<typeof scheduleRig>, start: Date) {
  let done = 0;
  let ticks = 0;
  for (let now = start; ; now = new Date(now.getTime() + 60_000)) {
    const result = await rig.tick(now, 50_000);
    ticks++;
    done += result.done;
    if (result.claimed === 0) return { done, ticks, last: now };
  }
}

/** How many people got how many scheduled messages so far: `{ "1": 10000 }` after Monday. */
async function distribution(database: Database): Promise<Record<string, number>> {
  const rows = rowsOf<{ n: number; people: number }>(
    await database.db.execute(sql`
      select n, count(*)::int as people from (
        select e.id, count(o.id)::int as n from employees e
        left join outbound_messages o on o.employee_id = e.id and o.priority = 1
        group by e.id) per group by n order by n`),
  );
  return Object.fromEntries(rows.map((r) => [String(r.n), r.people]));
}

/** Duplicates and omissions when every person should have `expected` messages. */
function check(dist: Record<string, number>, expected: number) {
  let duplicates = 0;
  let omissions = 0;
  for (const [n, people] of Object.entries(dist)) {
    if (Number(n) > expected) duplicates += people * (Number(n) - expected);
    if (Number(n) < expected) omissions += people * (expected - Number(n));
  }
  return { distribution: dist, duplicates, omissions };
}

async function main() {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? DEFAULT_POSTGRES_URL;
  const name = `dika_bench_schedule_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const api = await startBotApiStandIn();
  const database = await openDatabase({ url: target.toString(), max: 10 }); // as the service (default pool)
  try {
    const ids = await seedPeople(database.db, { count: PEOPLE });
    // seedPeople links employee `id` to Telegram user and chat 700000000 + id.
    const probeUsers = ids.slice(0, PROBE_PEOPLE).map((id) => 700_000_000 + id);
    const errors: unknown[] = [];
    const result: Record<string, unknown> = { people: PEOPLE, backend: 'postgres', node: process.version };

    // 1. Planning: Monday 00.05 WIB, the planning job of the zone plans the whole week.
    const starts: number[] = [];
    const counted = countingReplies(timedSender(telegramSender(standInApi(api), api.botInfo.id), starts));
    const sender = counted.sender;
    const renderer = telegramReplyRenderer(new Translator('id'), api.botInfo.id);
    const off = scheduleRig(database.db, { sender, messagesPerSecond: 0 });
    off.platform.renderers.register(renderer);
    let t0 = performance.now();
    await off.tick(wib('2026-03-02', '00:05'));
    result.planningMs = Math.round(performance.now() - t0);
    result.plannedRows = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from job_runs`),
    )[0]!.n;

    // Interactive latency around and during a fan-out: idle before, during, idle after.
    const duringFanOut = async <T>(bot: ReturnType<typeof botOnPlatform>, work: () => Promise<T>) => {
      const before = await idleProbe(bot, probeUsers, counted.replies, errors, IDLE_SECONDS);
      const probe = startProbe(bot, probeUsers, counted.replies, errors);
      const value = await work();
      const busy = await probe.stop();
      return { value, before, busy };
    };
    const latency = async (bot: ReturnType<typeof botOnPlatform>, before: ProbeResult, busy: ProbeResult) =>
      compareLatency([before, await idleProbe(bot, probeUsers, counted.replies, errors, IDLE_SECONDS)], busy);

    // 2. Fan-out with the rate limit off: every prompt due at 09.00.
    const offBot = botOnPlatform(database.db, off.platform, api, errors);
    let fanOutStarted = 0;
    const mondayRun = await duringFanOut(offBot, () => {
      fanOutStarted = performance.now();
      return drain(off, wib('2026-03-02', '09:00'));
    });
    const monday = mondayRun.value;
    const offMs = performance.now() - fanOutStarted;
    result.fanOutOff = {
      done: monday.done,
      ticks: monday.ticks,
      ms: Math.round(offMs),
      promptsPerSecond: Math.round((PEOPLE / offMs) * 1000),
      standInCalls: api.callsOf('sendMessage').length,
      repliesAmongThem: mondayRun.busy.samples.length + mondayRun.before.samples.length,
    };

    const afterMonday = check(await distribution(database), 1);

    result.interactiveLimitOff = await latency(offBot, mondayRun.before, mondayRun.busy);

    // 3. A tick with nothing due (median of 10), after the fan-out.
    const idle: number[] = [];
    for (let i = 0; i < 10; i++) {
      t0 = performance.now();
      await off.tick(new Date(monday.last.getTime() + (i + 1) * 60_000));
      idle.push(performance.now() - t0);
    }
    idle.sort((a, b) => a - b);
    result.idleTickMs = { median: Number(idle[5]!.toFixed(1)), max: Number(idle[9]!.toFixed(1)) };

    // 4. Fan-out with the rate limit on: the Wednesday reminder, to everyone (nobody submitted).
    api.reset();
    const on = scheduleRig(database.db, { sender, messagesPerSecond: RATE });
    on.platform.renderers.register(renderer);
    const onBot = botOnPlatform(database.db, on.platform, api, errors);
    const wednesdayRun = await duringFanOut(onBot, () => {
      starts.length = 0; // replies of the idle probe are not part of the fan-out
      t0 = performance.now();
      return drain(on, wib('2026-03-04', '09:00'));
    });
    const wednesday = wednesdayRun.value;
    const span = (starts[starts.length - 1]! - starts[0]!) / 1000;
    result.fanOutOn = {
      done: wednesday.done,
      ticks: wednesday.ticks,
      configuredPerSecond: RATE,
      ms: Math.round(performance.now() - t0),
      achievedPerSecond: Math.round((starts.length - 1) / span),
      achievedOverConfigured: Number(((starts.length - 1) / span / RATE).toFixed(3)),
      target: TARGET_ACHIEVED,
      // The limit is bot-wide: the probe's replies took their share of the calls counted above.
      repliesAmongThem: wednesdayRun.busy.samples.length,
    };
    result.interactiveLimitOn = await latency(onBot, wednesdayRun.before, wednesdayRun.busy);
    result.interactiveErrors = errors.length;

    const afterWednesday = check(await distribution(database), 2);
    result.exactlyOnce = { afterMonday, afterWednesday };
    result.duplicates = afterMonday.duplicates + afterWednesday.duplicates;
    result.omissions = afterMonday.omissions + afterWednesday.omissions;
    result.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const text = JSON.stringify(result, null, 2);
    console.log(text);
    mkdirSync(dirname(values.out!), { recursive: true });
    writeFileSync(values.out!, `${text}\n`);
  } finally {
    await database.close();
    await api.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await main();
