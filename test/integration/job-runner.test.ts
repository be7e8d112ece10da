/**
 * The job runner on a real database: exactly-once across runners, lease takeover, fencing of a
 * stale runner, rollback of a failed job, the budget, and the "Nanti" reminder end to end.
 * Races between separate connections only mean something on PostgreSQL (TEST_DATABASE_URL);
 * PGlite runs one statement at a time, so those tests are skipped there.
 */
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type JobHandler, type JobRunnerDeps, runDueJobs } from '../../src/scheduler/job-runner.js';
import { checkinSnoozeJob } from '../../src/scheduler/jobs/checkin-snooze.js';
import { SNOOZE_JOB } from '../../src/services/checkin-service.js';
import type { ChannelSender } from '../../src/services/outbound/delivery.js';
import type { ReplyRenderer } from '../../src/services/outbound/reply-renderer.js';
import { createPlatform, type Platform } from '../../src/services/platform.js';
import { type Database, type Db, openDatabase } from '../../src/storage/database.js';
import {
  claimDueJobs,
  finishJob,
  type JobRow,
  retryJob,
  scheduleJob,
} from '../../src/storage/repositories/jobs.js';
import { recordLeave } from '../../src/storage/repositories/leave.js';
import type { OutboundRow } from '../../src/storage/repositories/outbound.js';
import {
  auditLog,
  channelIdentities,
  checkins,
  conversations,
  employees,
  jobRuns,
  outboundMessages,
} from '../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const T = new Date('2026-03-04T04:00:00Z'); // Wednesday of 2026-W10, 11:00 WIB
const at = (ms: number) => new Date(T.getTime() + ms);
const MINUTE = 60_000;
const TEST_JOB = 'test-job';

const database = useTestDatabase();
beforeEach(() => truncateAll(database.db));

// ── rig ───────────────────────────────────────────────────────────────────────────────────────

/** Records what the queue hands to the platform. */
function fakeSender(): ChannelSender & { delivered: OutboundRow[] } {
  const delivered: OutboundRow[] = [];
  return {
    channel: 'telegram',
    sender: 'bot',
    delivered,
    isRateLimited: () => false,
    deliver: async (row) => {
      delivered.push(row);
      return { status: 'sent', externalId: String(delivered.length) };
    },
  };
}

/** One message per reply, carrying the prompt keys (what a real renderer would translate). */
const fakeRenderer: ReplyRenderer = {
  channel: 'telegram',
  render: (recipient, reply, priority) => [
    {
      channel: 'telegram',
      sender: 'bot',
      address: recipient.address,
      employeeId: recipient.employeeId,
      op: 'send',
      payload: { keys: reply.prompts.map((p) => p.key), locale: recipient.locale },
      priority,
    },
  ],
};

interface Rig {
  deps: JobRunnerDeps;
  platform: Platform;
  sender: ReturnType<typeof fakeSender>;
  logs: Array<Record<string, unknown>>;
}

function rig(db: Db, handlers: JobHandler[], options: Partial<JobRunnerDeps> = {}): Rig {
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const platform = createPlatform({ db, logger, messagesPerSecond: 0 });
  const sender = fakeSender();
  platform.outbound.register(sender);
  platform.renderers.register(fakeRenderer);
  const deps: JobRunnerDeps = {
    db,
    logger,
    handlers,
    outbound: platform.outbound,
    renderers: platform.renderers,
    dialogs: platform.dialogs,
    defaultLocale: 'id',
    worker: 'runner-1',
    ...options,
  };
  return { deps, platform, sender, logs };
}

/** A handler that counts its calls per job and writes one audit row in the job's transaction. */
function countingHandler(
  counts: Map<number, number>,
  before?: (job: JobRow) => Promise<void>,
  name = TEST_JOB,
): JobHandler {
  return {
    name,
    async handle(tx, job) {
      counts.set(job.id, (counts.get(job.id) ?? 0) + 1);
      await tx.insert(auditLog).values({
        actor: `job:${job.claimedBy}`,
        action: 'run',
        entity: 'job_runs',
        entityKey: String(job.id),
      });
      await before?.(job);
    },
  };
}

async function seedJobs(db: Db, count: number, dueAt = T, job = TEST_JOB): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => ({
    job,
    periodKey: 'P1',
    subject: String(i + 1),
    dueAt,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insert(jobRuns).values(rows.slice(i, i + 500));
}

const jobsByStatus = async (db: Db) =>
  rowsOf<{ status: string; n: number }>(
    await db.execute(sql`select status, count(*)::int as n from job_runs group by status order by status`),
  );

/** Separate connection pools on the test database, as separate processes would have. */
async function openPools(db: Db, count: number): Promise<Database[]> {
  const [row] = rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`));
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return Promise.all(
    Array.from({ length: count }, () => openDatabase({ url: url.toString(), migrate: false, max: 3 })),
  );
}

let pools: Database[] = [];
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

// ── exactly once ──────────────────────────────────────────────────────────────────────────────

describe('runDueJobs: exactly once', () => {
  it.skipIf(!onPostgres)(
    'three runners on three connection pools handle 1,000 due jobs in one budget, none twice',
    async () => {
      const db = database.db;
      await seedJobs(db, 1_000);
      pools = await openPools(db, 3);
      const counts = new Map<number, number>();
      const results = await Promise.all(
        pools.map((pool, i) =>
          runDueJobs(rig(pool.db, [countingHandler(counts)], { worker: `runner-${i}` }).deps, T, 60_000),
        ),
      );

      expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(1_000);
      expect(results.reduce((sum, r) => sum + r.claimed, 0)).toBe(1_000);
      for (const r of results) expect(r).toMatchObject({ failed: 0, released: 0, lost: 0 });
      // SKIP LOCKED lets all three work side by side instead of queueing behind one another.
      for (const r of results) expect(r.claimed).toBeGreaterThan(0);
      expect(counts.size).toBe(1_000);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      expect(await jobsByStatus(db)).toEqual([{ status: 'done', n: 1_000 }]);
      const [audit] = rowsOf<{ rows: number; jobs: number }>(
        await db.execute(
          sql`select count(*)::int as rows, count(distinct entity_key)::int as jobs from audit_log`,
        ),
      );
      expect(audit).toEqual({ rows: 1_000, jobs: 1_000 });
      const attempts = await db.select({ attempts: jobRuns.attempts }).from(jobRuns);
      expect(attempts.every((r) => r.attempts === 1)).toBe(true);
    },
  );

  it('runners sharing one database handle 1,000 due jobs, none twice', async () => {
    const db = database.db;
    await seedJobs(db, 1_000);
    const counts = new Map<number, number>();
    const results = await Promise.all(
      [1, 2, 3].map((i) =>
        runDueJobs(rig(db, [countingHandler(counts)], { worker: `r${i}` }).deps, T, 60_000),
      ),
    );
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(1_000);
    expect(counts.size).toBe(1_000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await jobsByStatus(db)).toEqual([{ status: 'done', n: 1_000 }]);
  });

  it.skipIf(!onPostgres)('a claimer passes rows another claimer holds instead of waiting', async () => {
    await seedJobs(database.db, 30);
    pools = await openPools(database.db, 2);
    const claimed = deferred();
    const done = deferred();
    let first: JobRow[] = [];
    const holding = pools[0]!.db
      .transaction(async (tx) => {
        first = await claimDueJobs(tx, {
          jobs: [TEST_JOB],
          now: T,
          limit: 10,
          worker: 'a',
          leaseUntil: at(MINUTE),
        });
        claimed.resolve();
        await done.promise;
        tx.rollback();
      })
      .catch(() => {});
    await claimed.promise;
    const second = await Promise.race([
      pools[1]!.db.transaction((tx) =>
        claimDueJobs(tx, { jobs: [TEST_JOB], now: T, limit: 10, worker: 'b', leaseUntil: at(MINUTE) }),
      ),
      new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 3_000)),
    ]);
    done.resolve();
    await holding;
    expect(second).not.toBe('blocked');
    const ids = new Set(first.map((j) => j.id));
    expect(second).toHaveLength(10);
    expect((second as JobRow[]).some((j) => ids.has(j.id))).toBe(false);
  });

  it('does not take jobs that are not due, finished, cancelled or of another name', async () => {
    const db = database.db;
    await seedJobs(db, 1, at(MINUTE));
    await db.insert(jobRuns).values([
      { job: TEST_JOB, periodKey: 'P2', subject: 'done', dueAt: T, status: 'done' },
      { job: TEST_JOB, periodKey: 'P2', subject: 'cancelled', dueAt: T, status: 'cancelled' },
      { job: TEST_JOB, periodKey: 'P2', subject: 'failed', dueAt: T, status: 'failed' },
      { job: 'other-job', periodKey: 'P2', subject: 'x', dueAt: T },
    ]);
    const counts = new Map<number, number>();
    expect(await runDueJobs(rig(db, [countingHandler(counts)]).deps, T, 10_000)).toMatchObject({
      claimed: 0,
    });
    expect(counts.size).toBe(0);
  });
});

// ── leases ────────────────────────────────────────────────────────────────────────────────────

describe('runDueJobs: leases', () => {
  const runningRow = (overrides: Partial<typeof jobRuns.$inferInsert>) => ({
    job: TEST_JOB,
    periodKey: 'P1',
    subject: '1',
    dueAt: at(-10 * MINUTE),
    status: 'running',
    attempts: 1,
    claimedBy: 'crashed',
    claimedAt: at(-10 * MINUTE),
    ...overrides,
  });

  it('takes over a running job whose lease has passed', async () => {
    const db = database.db;
    await db.insert(jobRuns).values(runningRow({ leaseUntil: at(-1_000) }));
    const counts = new Map<number, number>();
    const result = await runDueJobs(
      rig(db, [countingHandler(counts)], { worker: 'rescuer' }).deps,
      T,
      10_000,
    );
    expect(result).toMatchObject({ claimed: 1, done: 1 });
    const [row] = await db.select().from(jobRuns);
    expect(row).toMatchObject({ status: 'done', claimedBy: 'rescuer', attempts: 2, leaseUntil: null });
  });

  it('leaves a running job alone while its lease holds', async () => {
    const db = database.db;
    await db.insert(jobRuns).values(runningRow({ leaseUntil: at(1_000) }));
    const counts = new Map<number, number>();
    expect(await runDueJobs(rig(db, [countingHandler(counts)]).deps, T, 10_000)).toMatchObject({
      claimed: 0,
    });
    const [row] = await db.select().from(jobRuns);
    expect(row).toMatchObject({ status: 'running', claimedBy: 'crashed', attempts: 1 });
  });

  it('treats a running row from before leases as leased for one lease length after its claim', async () => {
    const db = database.db;
    await db
      .insert(jobRuns)
      .values([
        runningRow({ subject: 'recent', claimedAt: at(-MINUTE), leaseUntil: null }),
        runningRow({ subject: 'old', claimedAt: at(-60 * MINUTE), leaseUntil: null }),
      ]);
    const counts = new Map<number, number>();
    const deps = rig(db, [countingHandler(counts)], { leaseMs: 5 * MINUTE }).deps;
    expect(await runDueJobs(deps, T, 10_000)).toMatchObject({ claimed: 1, done: 1 });
    const rows = await db.select().from(jobRuns).orderBy(jobRuns.subject);
    expect(rows.map((r) => [r.subject, r.status])).toEqual([
      ['old', 'done'],
      ['recent', 'running'],
    ]);
  });

  it("a stale runner's late finish or retry does not overwrite the new owner's result", async () => {
    const db = database.db;
    await seedJobs(db, 1);
    const claim = (worker: string, now: Date) =>
      db.transaction((tx) =>
        claimDueJobs(tx, {
          jobs: [TEST_JOB],
          now,
          limit: 10,
          worker,
          leaseUntil: new Date(now.getTime() + MINUTE),
        }),
      );
    const [stale] = await claim('slow', T);
    expect(await claim('other', at(30_000))).toEqual([]); // lease still held
    const [owner] = await claim('rescuer', at(2 * MINUTE));
    expect(owner).toMatchObject({ id: stale!.id, attempts: 2, claimedBy: 'rescuer' });
    expect(await finishJob(db, owner!, at(2 * MINUTE))).toBe(true);

    expect(await finishJob(db, stale!, at(3 * MINUTE), 'Error')).toBe(false);
    expect(await retryJob(db, stale!, { dueAt: at(10 * MINUTE), error: 'Error' })).toBe(false);
    const [row] = await db.select().from(jobRuns);
    expect(row).toMatchObject({ status: 'done', claimedBy: 'rescuer', attempts: 2, lastError: null });
    expect(row!.finishedAt).toEqual(at(2 * MINUTE));
  });

  it('the same worker re-taking its own expired job fences its earlier claim by attempt', async () => {
    const db = database.db;
    await seedJobs(db, 1);
    const claim = (now: Date) =>
      db.transaction((tx) =>
        claimDueJobs(tx, {
          jobs: [TEST_JOB],
          now,
          limit: 10,
          worker: 'w',
          leaseUntil: new Date(now.getTime() + MINUTE),
        }),
      );
    const [first] = await claim(T);
    const [second] = await claim(at(2 * MINUTE));
    expect(await finishJob(db, first!, at(2 * MINUTE))).toBe(false);
    expect(await finishJob(db, second!, at(2 * MINUTE))).toBe(true);
  });

  it.skipIf(!onPostgres)(
    'a runner whose job was taken over mid-run rolls its work back; the new owner’s stands',
    async () => {
      await seedJobs(database.db, 1);
      pools = await openPools(database.db, 2);
      const counts = new Map<number, number>();
      const inside = deferred();
      const gate = deferred();
      const slow = countingHandler(counts, async (job) => {
        if (job.claimedBy !== 'slow') return;
        inside.resolve();
        await gate.promise;
      });
      const slowRun = runDueJobs(
        rig(pools[0]!.db, [slow], { worker: 'slow', leaseMs: MINUTE }).deps,
        T,
        60_000,
      );
      await inside.promise;
      // Two minutes on: the slow runner's lease has passed, as if it had hung.
      const rescue = await runDueJobs(
        rig(pools[1]!.db, [slow], { worker: 'rescuer', leaseMs: MINUTE }).deps,
        at(2 * MINUTE),
        60_000,
      );
      gate.resolve();
      const late = await slowRun;

      expect(rescue).toMatchObject({ claimed: 1, done: 1 });
      expect(late).toMatchObject({ claimed: 1, done: 0, lost: 1, failed: 0 });
      const [row] = await database.db.select().from(jobRuns);
      expect(row).toMatchObject({ status: 'done', claimedBy: 'rescuer', attempts: 2, lastError: null });
      expect(await database.db.select({ actor: auditLog.actor }).from(auditLog)).toEqual([
        { actor: 'job:rescuer' },
      ]);
    },
  );

  it.skipIf(!onPostgres)('a job cancelled while it runs rolls back, messages included', async () => {
    const db = database.db;
    const me = await seedPerson(db, { link: true });
    await db.insert(jobRuns).values({ job: TEST_JOB, periodKey: 'P1', subject: String(me.id), dueAt: T });
    pools = await openPools(db, 1);
    const inside = deferred();
    const gate = deferred();
    const notifying: JobHandler = {
      name: TEST_JOB,
      async handle(tx, job, ctx) {
        await ctx.notify(tx, Number(job.subject), {
          prompts: [{ key: 'checkin-reminder', expects: 'none' }],
          open: false,
        });
        inside.resolve();
        await gate.promise;
      },
    };
    const r = rig(pools[0]!.db, [notifying]);
    const running = runDueJobs(r.deps, T, 60_000);
    await inside.promise;
    await db
      .update(jobRuns)
      .set({ status: 'cancelled' })
      .where(eq(jobRuns.subject, String(me.id)));
    gate.resolve();
    expect(await running).toMatchObject({ claimed: 1, lost: 1, done: 0 });
    expect(await db.select().from(outboundMessages)).toEqual([]);
    expect(r.sender.delivered).toEqual([]);
    expect(await db.select({ status: jobRuns.status }).from(jobRuns)).toEqual([{ status: 'cancelled' }]);
  });
});

// ── failures and the budget ───────────────────────────────────────────────────────────────────

describe('runDueJobs: failures and budget', () => {
  it('a failing handler rolls back its writes and messages and records only the error kind', async () => {
    const db = database.db;
    const me = await seedPerson(db, { link: true });
    await db.insert(jobRuns).values({ job: TEST_JOB, periodKey: 'P1', subject: String(me.id), dueAt: T });
    const failing: JobHandler = {
      name: TEST_JOB,
      async handle(tx, job, ctx) {
        await tx.insert(auditLog).values({ actor: 'job', action: 'run', entity: 'job_runs', entityKey: '1' });
        expect(
          await ctx.notify(tx, Number(job.subject), {
            prompts: [{ key: 'checkin-reminder', expects: 'none' }],
            open: false,
          }),
        ).toBe(true);
        throw new Error('jawaban Sari: gaji saya 5 juta');
      },
    };
    const r = rig(db, [failing], { maxAttempts: 3 });

    expect(await runDueJobs(r.deps, T, 10_000)).toMatchObject({ claimed: 1, done: 0, failed: 1 });
    expect(await db.select().from(auditLog)).toEqual([]);
    expect(await db.select().from(outboundMessages)).toEqual([]);
    expect(r.sender.delivered).toEqual([]);
    let [row] = await db.select().from(jobRuns);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Error', leaseUntil: null });
    // Back-off: a minute after the attempt (plus the few ms the tick took).
    expect(row!.dueAt.getTime() - T.getTime()).toBeGreaterThanOrEqual(MINUTE);
    expect(row!.dueAt.getTime() - T.getTime()).toBeLessThan(MINUTE + 5_000);
    expect(await runDueJobs(r.deps, at(30_000), 10_000)).toMatchObject({ claimed: 0 });

    expect(await runDueJobs(r.deps, at(2 * MINUTE), 10_000)).toMatchObject({ failed: 1 });
    expect(await runDueJobs(r.deps, at(10 * MINUTE), 10_000)).toMatchObject({ failed: 1 });
    [row] = await db.select().from(jobRuns);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'Error' });
    expect(row!.finishedAt).not.toBeNull();
    expect(await runDueJobs(r.deps, at(60 * MINUTE), 10_000)).toMatchObject({ claimed: 0 });

    expect(JSON.stringify(r.logs)).not.toContain('gaji');
    expect(r.logs.filter((l) => l.msg === 'job failed')).toHaveLength(3);
  });

  it('a job cut off by an unreachable database is kept for its retry and logged as a warning, not an error', async () => {
    const db = database.db;
    await seedJobs(db, 1);
    const cut: JobHandler = {
      name: TEST_JOB,
      async handle() {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      },
    };
    const r = rig(db, [cut]);
    expect(await runDueJobs(r.deps, T, 10_000)).toMatchObject({ claimed: 1, failed: 1 });
    const [row] = await db.select().from(jobRuns);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Error:ECONNREFUSED' });
    expect(r.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
    expect(r.logs.filter((l) => l.msg === 'database unavailable: job postponed')).toHaveLength(1);
  });

  it('a database error is recorded by type and SQL state', async () => {
    const db = database.db;
    await seedJobs(db, 1);
    const broken: JobHandler = {
      name: TEST_JOB,
      async handle(tx) {
        await tx.insert(employees).values({ nip: '1', name: 'x', locale: 'xx' }); // violates the locale check
      },
    };
    await runDueJobs(rig(db, [broken]).deps, T, 10_000);
    const [row] = await db.select().from(jobRuns);
    expect(row!.lastError).toMatch(/^\w+:23514$/);
    expect(row!.lastError).not.toContain('xx');
  });

  it('gives back what it claimed but could not start before the budget ran out', async () => {
    const db = database.db;
    await seedJobs(db, 30);
    const counts = new Map<number, number>();
    const slow = countingHandler(counts, () => new Promise((resolve) => setTimeout(resolve, 25)));
    const deps = rig(db, [slow], { batch: 10 }).deps;
    const first = await runDueJobs(deps, T, 100);
    expect(first.done).toBeGreaterThan(0);
    expect(first.done).toBeLessThan(30);
    expect(first.claimed).toBe(first.done + first.released);
    expect(first.released).toBeGreaterThan(0);
    const statuses = await jobsByStatus(db);
    expect(statuses).toEqual([
      { status: 'done', n: first.done },
      { status: 'pending', n: 30 - first.done },
    ]);
    const released = await db.select().from(jobRuns).where(eq(jobRuns.status, 'pending'));
    expect(released.every((j) => j.attempts === 0 && j.claimedBy === null && j.leaseUntil === null)).toBe(
      true,
    );

    const rest = await runDueJobs(deps, at(MINUTE), 60_000);
    expect(first.done + rest.done).toBe(30);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('does not start a claimed job whose lease is nearly over', async () => {
    const db = database.db;
    await seedJobs(db, 3);
    const counts = new Map<number, number>();
    const slow = countingHandler(counts, () => new Promise((resolve) => setTimeout(resolve, 500)));
    // A 1 s lease: the third job would start after 1 s, with less than a fifth of it left.
    const result = await runDueJobs(rig(db, [slow], { leaseMs: 1_000 }).deps, T, 60_000);
    expect(result).toMatchObject({ claimed: 3, done: 2, released: 1 });
  });
});

// ── the "Nanti" reminder ──────────────────────────────────────────────────────────────────────

let nips = 0;
async function seedPerson(
  db: Db,
  options: { link?: boolean; timeZone?: string; chatId?: string } = {},
): Promise<typeof employees.$inferSelect> {
  nips++;
  const [me] = await db
    .insert(employees)
    .values({
      nip: `1990010120150300${String(nips).padStart(2, '0')}`,
      name: `Pegawai ${nips}`,
      timeZone: options.timeZone ?? 'Asia/Jakarta',
    })
    .returning();
  if (options.link) {
    await db.insert(channelIdentities).values({
      employeeId: me!.id,
      platform: 'telegram',
      workspace: '',
      externalUserId: options.chatId ?? String(555_000_000 + nips),
      chatId: options.chatId ?? String(555_000_000 + nips),
    });
  }
  return me!;
}

describe('checkin-snooze', () => {
  async function snoozed(options: { timeZone?: string; chatId?: string } = {}) {
    const db = database.db;
    const me = await seedPerson(db, { link: true, ...options });
    await seedKeyResults(
      db,
      me.id,
      THREE_KRS.map((kr) => ({ ...kr, code: `${kr.code}-${me.id}` })),
    );
    // A channel in the payload (as the old scheduler read it) is ignored: recipientOf decides.
    await scheduleJob(db, {
      job: SNOOZE_JOB,
      periodKey: '2026-W10',
      subject: String(me.id),
      dueAt: T,
      payload: { channel: 'slack' },
    });
    return me;
  }

  it('asks again once, on the person’s own chat, when the time comes', async () => {
    const db = database.db;
    const me = await snoozed({ chatId: '777' });
    const r = rig(db, [checkinSnoozeJob]);

    expect(await runDueJobs(r.deps, at(-MINUTE), 10_000)).toMatchObject({ claimed: 0 });
    expect(await runDueJobs(r.deps, at(30_000), 10_000)).toMatchObject({ claimed: 1, done: 1, failed: 0 });
    const queued = await db.select().from(outboundMessages);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ channel: 'telegram', address: '777', employeeId: me.id, priority: 1 });
    const keys = (queued[0]!.payload as { keys: string[] }).keys;
    expect(keys[0]).toBe('checkin-reminder');
    expect(keys.length).toBeGreaterThan(1); // the check-in's own opening follows
    expect(r.sender.delivered.map((d) => d.id)).toEqual([queued[0]!.id]);
    // Recorded after delivery (on PostgreSQL this needs recordSent to pass its Date as a string).
    expect(queued[0]!.status).toBe('sent');
    expect(await db.select({ kind: conversations.kind }).from(conversations)).toEqual([{ kind: 'checkin' }]);
    expect(await db.select({ status: jobRuns.status }).from(jobRuns)).toEqual([{ status: 'done' }]);

    expect(await runDueJobs(r.deps, at(5 * MINUTE), 10_000)).toMatchObject({ claimed: 0 });
    expect(await db.select().from(outboundMessages)).toHaveLength(1);
    expect(r.sender.delivered).toHaveLength(1);
  });

  const skipped: Array<[string, (me: { id: number }) => Promise<void>, Date]> = [
    [
      'the week is already submitted',
      async (me) => {
        await database.db.insert(checkins).values({
          employeeId: me.id,
          isoWeek: '2026-W10',
          weekStart: '2026-03-02',
          channel: 'telegram',
          submittedAt: at(-MINUTE),
        });
      },
      T,
    ],
    [
      'the person is on leave',
      (me) =>
        recordLeave(database.db, {
          employeeId: me.id,
          startsOn: '2026-03-04',
          endsOn: '2026-03-06',
          source: 'import',
        }),
      T,
    ],
    ['the week is over', async () => {}, new Date('2026-03-09T02:00:00Z')],
    [
      'the person was deactivated',
      async (me) => {
        await database.db.update(employees).set({ active: false }).where(eq(employees.id, me.id));
      },
      T,
    ],
    [
      'the person blocked the bot',
      async (me) => {
        await database.db
          .update(channelIdentities)
          .set({ unreachableAt: T })
          .where(eq(channelIdentities.employeeId, me.id));
      },
      T,
    ],
  ];
  it.each(skipped)('is skipped, and done, when %s', async (_name, arrange, now) => {
    const db = database.db;
    const me = await snoozed();
    await arrange(me);
    const r = rig(db, [checkinSnoozeJob]);
    expect(await runDueJobs(r.deps, now, 10_000)).toMatchObject({ claimed: 1, done: 1 });
    expect(await db.select().from(outboundMessages)).toEqual([]);
    expect(await db.select().from(conversations)).toEqual([]);
    expect(await db.select({ status: jobRuns.status }).from(jobRuns)).toEqual([{ status: 'done' }]);
  });

  it('judges the week in the person’s zone', async () => {
    const db = database.db;
    // Sunday 8 March 23:30 WIB = Monday 01:30 WIT: W10 is over in Jayapura.
    const late = new Date('2026-03-08T16:30:00Z');
    const jakarta = await snoozed();
    const jayapura = await snoozed({ timeZone: 'Asia/Jayapura' });
    await runDueJobs(rig(db, [checkinSnoozeJob]).deps, late, 10_000);
    const queued = await db.select({ employeeId: outboundMessages.employeeId }).from(outboundMessages);
    expect(queued).toEqual([{ employeeId: jakarta.id }]);
    expect(jayapura.id).not.toBe(jakarta.id);
  });
});
