/**
 * A scheduler instance for the weekly-schedule tests and bench: the real platform (dialogs,
 * durable outbound queue, rate limiter) with a sender that records what reached the "platform",
 * and `tick(now)` doing what the every-minute cron does (ensure planning, run what is due).
 */
import { sql } from 'drizzle-orm';
import pino from 'pino';
import type { JobRunnerDeps, RunResult } from '../../src/scheduler/job-runner.js';
import { runScheduleTick } from '../../src/scheduler/schedule-tick.js';
import { defaultJobHandlers, JOB_CONCURRENCY } from '../../src/scheduler/start-scheduler.js';
import type { ChannelSender } from '../../src/services/outbound/delivery.js';
import type { ReplyRenderer } from '../../src/services/outbound/reply-renderer.js';
import { createPlatform, type Platform } from '../../src/services/platform.js';
import type { Db } from '../../src/storage/database.js';
import type { OutboundRow } from '../../src/storage/repositories/outbound.js';

/** Row arrays from db.execute differ by driver (postgres.js: array; PGlite: { rows }); no vitest here (the bench uses this too). */
const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

export interface ScheduleRig {
  deps: JobRunnerDeps;
  platform: Platform;
  delivered: OutboundRow[];
  tick(now: Date, budgetMs?: number): Promise<RunResult>;
}

/** One message per reply, carrying the prompt keys (what a real renderer would translate). */
const keysRenderer: ReplyRenderer = {
  channel: 'telegram',
  render: (recipient, reply, priority) => [
    {
      channel: 'telegram',
      sender: 'bot',
      address: recipient.address,
      employeeId: recipient.employeeId,
      op: 'send',
      payload: {
        keys: reply.prompts.map((p) => p.key),
        args: reply.prompts.map((p) => p.args ?? null),
        lines: reply.prompts.map((p) => p.lines?.map((l) => l.args ?? null) ?? null),
        files: (reply.attachments ?? []).map((a) => a.fileName),
      },
      priority,
    },
  ],
};

export function scheduleRig(
  db: Db,
  options: {
    worker?: string;
    messagesPerSecond?: number;
    sender?: ChannelSender;
    batch?: number;
    concurrency?: number;
  } = {},
): ScheduleRig {
  const logger = pino({ level: 'silent' });
  const platform = createPlatform({ db, logger, messagesPerSecond: options.messagesPerSecond ?? 0 });
  const delivered: OutboundRow[] = [];
  const sender: ChannelSender = options.sender ?? {
    channel: 'telegram',
    sender: 'bot',
    isRateLimited: () => false,
    deliver: async (row) => {
      delivered.push(row);
      return { status: 'sent', externalId: String(delivered.length) };
    },
  };
  platform.outbound.register(sender);
  platform.renderers.register(keysRenderer);
  const deps: JobRunnerDeps = {
    db,
    logger,
    handlers: defaultJobHandlers(),
    outbound: platform.outbound,
    renderers: platform.renderers,
    dialogs: platform.dialogs,
    defaultLocale: 'id',
    worker: options.worker ?? 'runner-1',
    ...(options.batch ? { batch: options.batch } : {}),
    concurrency: options.concurrency ?? JOB_CONCURRENCY,
  };
  return {
    deps,
    platform,
    delivered,
    async tick(now, budgetMs = 120_000) {
      return runScheduleTick(deps, now, budgetMs);
    },
  };
}

/**
 * `count` active employees in `timeZone`, each with a linked Telegram chat unless `linked` is false,
 * and one key result of period 2026 unless `indicators` is false (someone with nothing to report
 * gets the weekly prompt, but no reminder or last call).
 */
export async function seedPeople(
  db: Db,
  input: {
    count: number;
    timeZone?: string;
    linked?: boolean;
    firstNip?: number;
    supervisorId?: number;
    indicators?: boolean;
  },
): Promise<number[]> {
  const first = input.firstNip ?? 1;
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`
      insert into employees (nip, name, time_zone, supervisor_id)
      select lpad(g::text, 18, '0'), 'Pegawai ' || g, ${input.timeZone ?? 'Asia/Jakarta'}, ${input.supervisorId ?? null}::int
      from generate_series(${first}::int, ${first + input.count - 1}::int) g
      returning id`),
  );
  const ids = rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  if (input.linked !== false) {
    await db.execute(sql`
      insert into channel_identities (employee_id, platform, workspace, external_user_id, chat_id)
      select id, 'telegram', '', (700000000 + id)::text, (700000000 + id)::text
      from employees where id = any(${`{${ids.join(',')}}`}::int[])`);
  }
  if (input.indicators !== false) {
    const owners = `{${ids.join(',')}}`;
    await db.execute(sql`
      insert into performance_periods (code, year, starts_on, ends_on)
      values ('2026', 2026, '2026-01-01', '2026-12-31') on conflict (code) do nothing`);
    await db.execute(sql`
      insert into objectives (owner_id, period_id, title)
      select e.id, p.id, 'Meningkatnya kualitas layanan kepegawaian'
      from employees e, performance_periods p where p.code = '2026' and e.id = any(${owners}::int[])`);
    await db.execute(sql`
      insert into key_results (code, objective_id, owner_id, period_id, title, unit_label, baseline, target, accumulation)
      select 'SDM-' || o.owner_id, o.id, o.owner_id, o.period_id, 'Rancangan peraturan selesai', 'dokumen', 0, 12, 'cumulative'
      from objectives o where o.owner_id = any(${owners}::int[])`);
  }
  return ids;
}

/** Outbound rows per person (priority 1 = scheduled), as `employee_id → count`. */
export async function outboundPerPerson(db: Db): Promise<Map<number, number>> {
  const rows = rowsOf<{ employee_id: number; n: number }>(
    await db.execute(
      sql`select employee_id, count(*)::int as n from outbound_messages where priority = 1 group by employee_id`,
    ),
  );
  return new Map(rows.map((r) => [Number(r.employee_id), Number(r.n)]));
}
