/**
 * `npm run bench:schedule`: the weekly schedule for 10,000 employees on PostgreSQL: planning time,
 * the Monday prompt fan-out with the rate limit off (prompts/s) and the Wednesday reminder with it
 * on (achieved ÷ configured, target ≥ 0.95), duplicates and omissions (both must be 0), the time of
 * a tick with nothing due, and peak RSS. Real code paths: runScheduleTick, the durable outbound
 * queue, telegramSender to the local Bot API stand-in. See bench/README.md ("Weekly schedule").
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

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_ACHIEVED = 0.95;
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '30' },
    out: { type: 'string', default: 'bench/results/2026-12-01-schedule.json' },
  },
});
const PEOPLE = Number(values.people);
const RATE = Number(values.rate);

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
    await seedPeople(database.db, { count: PEOPLE });
    const result: Record<string, unknown> = { people: PEOPLE, backend: 'postgres', node: process.version };

    // 1. Planning: Monday 00.05 WIB, the planning job of the zone plans the whole week.
    const starts: number[] = [];
    const sender = timedSender(telegramSender(standInApi(api), api.botInfo.id), starts);
    const renderer = telegramReplyRenderer(new Translator('id'), api.botInfo.id);
    const off = scheduleRig(database.db, { sender, messagesPerSecond: 0 });
    off.platform.renderers.register(renderer);
    let t0 = performance.now();
    await off.tick(wib('2026-03-02', '00:05'));
    result.planningMs = Math.round(performance.now() - t0);
    result.plannedRows = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from job_runs`),
    )[0]!.n;

    // 2. Fan-out with the rate limit off: every prompt due at 09.00.
    t0 = performance.now();
    const monday = await drain(off, wib('2026-03-02', '09:00'));
    const offMs = performance.now() - t0;
    result.fanOutOff = {
      done: monday.done,
      ticks: monday.ticks,
      ms: Math.round(offMs),
      promptsPerSecond: Math.round((PEOPLE / offMs) * 1000),
      standInCalls: api.callsOf('sendMessage').length,
    };

    const afterMonday = check(await distribution(database), 1);

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
    starts.length = 0;
    const on = scheduleRig(database.db, { sender, messagesPerSecond: RATE });
    on.platform.renderers.register(renderer);
    t0 = performance.now();
    const wednesday = await drain(on, wib('2026-03-04', '09:00'));
    const span = (starts[starts.length - 1]! - starts[0]!) / 1000;
    result.fanOutOn = {
      done: wednesday.done,
      ticks: wednesday.ticks,
      configuredPerSecond: RATE,
      ms: Math.round(performance.now() - t0),
      achievedPerSecond: Math.round((starts.length - 1) / span),
      achievedOverConfigured: Number(((starts.length - 1) / span / RATE).toFixed(3)),
      target: TARGET_ACHIEVED,
    };

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
