/**
 * Retention on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): each rule removes
 * old rows and keeps recent ones and the ones still in use (pending messages, dialogs touched
 * lately, unfinished jobs), works in batches smaller than the backlog, and a rule of 0 days
 * touches nothing.
 */
import { asc, sql } from 'drizzle-orm';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  pruneRetention,
  type RetentionPolicy,
  retentionCutoffs,
} from '../../src/services/retention/prune-retention.js';
import type { Db } from '../../src/storage/database.js';
import { pruneExpired } from '../../src/storage/repositories/retention.js';
import {
  checkins,
  conversations,
  employees,
  evidence,
  jobRuns,
  krUpdates,
  outboundMessages,
  processedEvents,
} from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedKeyResults } from '../support/okr-seed.js';

const NOW = new Date('2026-06-01T03:17:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

/** Every rule on, with periods short enough to seed around. */
const POLICY: RetentionPolicy = {
  processedEvents: 30,
  outboundMessages: 30,
  conversations: 30,
  evidenceMetadata: 730,
  jobRuns: 90,
};
const OFF: RetentionPolicy = {
  processedEvents: 0,
  outboundMessages: 0,
  conversations: 0,
  evidenceMetadata: 0,
  jobRuns: 0,
};

const database = useTestDatabase();
beforeEach(() => truncateAll(database.db));

// ── seeding ───────────────────────────────────────────────────────────────────────────────────

let seeded = 0;
async function seedEmployee(db: Db): Promise<{ id: number }> {
  seeded += 1;
  const [row] = await db
    .insert(employees)
    .values({ nip: `19900101201503${String(seeded).padStart(4, '0')}`, name: `Pegawai ${seeded}` })
    .returning({ id: employees.id });
  return row!;
}

async function seedEvents(db: Db, ages: number[], prefix = 'e'): Promise<void> {
  await db
    .insert(processedEvents)
    .values(
      ages.map((age, i) => ({ platform: 'telegram', eventId: `${prefix}${i}`, processedAt: daysAgo(age) })),
    );
}

type OutboundStatus = 'pending' | 'sent' | 'failed' | 'unreachable' | 'dropped';
async function seedOutbound(db: Db, rows: Array<{ age: number; status: OutboundStatus }>): Promise<void> {
  await db.insert(outboundMessages).values(
    rows.map((r, i) => ({
      channel: 'telegram',
      address: `chat-${i}`,
      op: 'send',
      payload: { text: `pesan ${i}` },
      status: r.status,
      createdAt: daysAgo(r.age),
    })),
  );
}

/** One employee per dialog (one open conversation per person and kind). */
async function seedConversations(
  db: Db,
  rows: Array<{ created: number; prompted: number; updated: number }>,
): Promise<number[]> {
  const ids: number[] = [];
  for (const r of rows) {
    const person = await seedEmployee(db);
    const [row] = await db
      .insert(conversations)
      .values({
        employeeId: person.id,
        kind: 'checkin',
        channel: 'telegram',
        state: { step: 'value' },
        createdAt: daysAgo(r.created),
        promptedAt: daysAgo(r.prompted),
        updatedAt: daysAgo(r.updated),
      })
      .returning({ id: conversations.id });
    ids.push(row!.id);
  }
  return ids;
}

/** File evidence of the given ages (days) on one check-in, plus an old link. */
async function seedEvidence(db: Db, fileAges: number[]): Promise<void> {
  const person = await seedEmployee(db);
  const [kr] = await seedKeyResults(db, person.id, [
    { code: 'SDM-1', title: 'Dokumen selesai', unitLabel: 'dokumen', baseline: 0, target: 4 },
  ]);
  const [checkin] = await db
    .insert(checkins)
    .values({
      employeeId: person.id,
      isoWeek: '2024-W10',
      weekStart: '2024-03-04',
      channel: 'telegram',
      submittedAt: daysAgo(800),
    })
    .returning();
  const [update] = await db
    .insert(krUpdates)
    .values({ checkinId: checkin!.id, keyResultId: kr!.id, value: 2 })
    .returning();
  await db.insert(evidence).values([
    { krUpdateId: update!.id, kind: 'link', url: 'https://drive.example/bukti', createdAt: daysAgo(800) },
    ...fileAges.map((age, i) => ({
      krUpdateId: update!.id,
      kind: 'file',
      platform: 'telegram',
      fileId: `BQACAgIAAx-${i}`,
      fileUniqueId: `AgAD-${i}`,
      fileName: `laporan-${i}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 52_000,
      createdAt: daysAgo(age),
    })),
  ]);
}

type JobStatus = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';
async function seedJobs(
  db: Db,
  rows: Array<{ status: JobStatus; due: number; finished?: number }>,
): Promise<void> {
  await db.insert(jobRuns).values(
    rows.map((r, i) => ({
      job: 'checkin-snooze',
      periodKey: `2026-W${i}`,
      subject: `employee:${i}`,
      status: r.status,
      dueAt: daysAgo(r.due),
      finishedAt: r.finished === undefined ? null : daysAgo(r.finished),
    })),
  );
}

const countOf = async (db: Db, table: typeof processedEvents | typeof outboundMessages | typeof jobRuns) => {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table);
  return row!.n;
};

const prune = (policy: RetentionPolicy, options: { batchSize?: number; dryRun?: boolean } = {}) =>
  pruneRetention(database.db, { policy, now: NOW, ...options });

// ── the rules ─────────────────────────────────────────────────────────────────────────────────

describe('processed events', () => {
  it('forgets events past the period and keeps those inside it', async () => {
    await seedEvents(database.db, [31, 45, 29, 1]);
    const { counts } = await prune(POLICY);
    expect(counts.processedEvents).toBe(2);
    const left = await database.db.select().from(processedEvents).orderBy(asc(processedEvents.eventId));
    expect(left.map((e) => e.eventId)).toEqual(['e2', 'e3']);
  });
});

describe('outbound messages', () => {
  it('deletes old delivered, failed, unreachable and dropped rows, never a pending one', async () => {
    await seedOutbound(database.db, [
      { age: 40, status: 'sent' },
      { age: 40, status: 'failed' },
      { age: 40, status: 'unreachable' },
      { age: 40, status: 'dropped' },
      { age: 400, status: 'pending' },
      { age: 2, status: 'sent' },
    ]);
    const { counts } = await prune(POLICY);
    expect(counts.outboundMessages).toBe(4);
    const left = await database.db.select().from(outboundMessages).orderBy(asc(outboundMessages.id));
    expect(left.map((m) => [m.address, m.status])).toEqual([
      ['chat-4', 'pending'],
      ['chat-5', 'sent'],
    ]);
  });
});

describe('conversations', () => {
  it('deletes dialogs untouched for the period and keeps any touched since, however old', async () => {
    const [abandoned, promptedLately, answeredLately, fresh] = await seedConversations(database.db, [
      { created: 90, prompted: 45, updated: 45 },
      { created: 90, prompted: 3, updated: 60 },
      { created: 90, prompted: 60, updated: 3 },
      { created: 1, prompted: 1, updated: 1 },
    ]);
    const { counts } = await prune(POLICY);
    expect(counts.conversations).toBe(1);
    const left = await database.db.select({ id: conversations.id }).from(conversations);
    expect(left.map((c) => c.id).sort()).toEqual([promptedLately, answeredLately, fresh].sort());
    expect(left.map((c) => c.id)).not.toContain(abandoned);
  });
});

describe('evidence metadata', () => {
  it('clears file ids, name, type and size of old bukti dukung, keeping kind, link and platform', async () => {
    await seedEvidence(database.db, [800, 731, 700, 1]);
    const { counts } = await prune(POLICY);
    expect(counts.evidenceMetadata).toBe(2);
    const rows = await database.db.select().from(evidence).orderBy(asc(evidence.id));
    expect(rows).toHaveLength(5); // nothing deleted
    const [link, old1, old2, young1, young2] = rows;
    expect(link).toMatchObject({ kind: 'link', url: 'https://drive.example/bukti' });
    for (const row of [old1, old2]) {
      expect(row).toMatchObject({
        kind: 'file',
        platform: 'telegram',
        fileId: null,
        fileUniqueId: null,
        fileName: null,
        mimeType: null,
        sizeBytes: null,
      });
    }
    expect(young1).toMatchObject({ fileId: 'BQACAgIAAx-2', fileName: 'laporan-2.pdf', sizeBytes: 52_000 });
    expect(young2).toMatchObject({ fileUniqueId: 'AgAD-3', mimeType: 'application/pdf' });
    // Cleared rows are not counted (nor rewritten) again.
    expect((await prune(POLICY)).counts.evidenceMetadata).toBe(0);
  });

  it('clears a row holding only some of the metadata', async () => {
    await seedEvidence(database.db, []);
    const [link] = await database.db.select().from(evidence);
    await database.db.update(evidence).set({ sizeBytes: 10 }).where(sql`${evidence.id} = ${link!.id}`);
    expect((await prune(POLICY)).counts.evidenceMetadata).toBe(1);
    const [after] = await database.db.select().from(evidence);
    expect(after).toMatchObject({ kind: 'link', url: 'https://drive.example/bukti', sizeBytes: null });
  });
});

describe('job runs', () => {
  it('deletes jobs finished (or cancelled) before the period, never pending or running ones', async () => {
    await seedJobs(database.db, [
      { status: 'done', due: 120, finished: 120 },
      { status: 'failed', due: 100, finished: 95 },
      { status: 'cancelled', due: 100 },
      { status: 'done', due: 120, finished: 10 }, // finished late: kept
      { status: 'done', due: 5, finished: 5 },
      { status: 'pending', due: 200 },
      { status: 'running', due: 200 },
      { status: 'cancelled', due: -3 }, // was due in the future
    ]);
    const { counts } = await prune(POLICY);
    expect(counts.jobRuns).toBe(3);
    const left = await database.db.select().from(jobRuns).orderBy(asc(jobRuns.id));
    expect(left.map((j) => j.periodKey)).toEqual(['2026-W3', '2026-W4', '2026-W5', '2026-W6', '2026-W7']);
  });
});

// ── switches, batches, dry runs ───────────────────────────────────────────────────────────────

async function seedEverythingOld(db: Db, n: number): Promise<void> {
  await seedEvents(db, Array(n).fill(400));
  await seedOutbound(
    db,
    Array.from({ length: n }, () => ({ age: 400, status: 'sent' as const })),
  );
  await seedConversations(
    db,
    Array.from({ length: n }, () => ({ created: 400, prompted: 400, updated: 400 })),
  );
  await seedEvidence(db, Array(n).fill(800));
  await seedJobs(
    db,
    Array.from({ length: n }, () => ({ status: 'done' as const, due: 400, finished: 400 })),
  );
}

describe('every rule', () => {
  it('set to 0 days touches nothing', async () => {
    await seedEverythingOld(database.db, 3);
    expect(retentionCutoffs(OFF, NOW)).toEqual({});
    const { counts } = await prune(OFF);
    expect(Object.values(counts)).toEqual([0, 0, 0, 0, 0]);
    expect(await countOf(database.db, processedEvents)).toBe(3);
    expect(await countOf(database.db, outboundMessages)).toBe(3);
    expect(await countOf(database.db, jobRuns)).toBe(3);
    expect(await database.db.select().from(conversations)).toHaveLength(3);
    const files = await database.db.select().from(evidence).where(sql`${evidence.kind} = 'file'`);
    expect(files.every((f) => f.fileId !== null)).toBe(true);
  });

  it('switched off alone leaves its rows while the others prune', async () => {
    await seedEverythingOld(database.db, 2);
    const { counts } = await prune({ ...POLICY, outboundMessages: 0, evidenceMetadata: 0 });
    expect(counts).toEqual({
      processedEvents: 2,
      outboundMessages: 0,
      conversations: 2,
      evidenceMetadata: 0,
      jobRuns: 2,
    });
    expect(await countOf(database.db, outboundMessages)).toBe(2);
  });

  it.each([
    { n: 7, batchSize: 3 },
    { n: 6, batchSize: 3 }, // an exact multiple: the last, empty batch ends the loop
    { n: 5, batchSize: 1 },
  ])('works through $n rows in batches of $batchSize', async ({ n, batchSize }) => {
    await seedEverythingOld(database.db, n);
    // A row of each kind that must stay, so a batch never runs out of candidates by luck.
    await seedEvents(database.db, [1], 'recent');
    await seedOutbound(database.db, [{ age: 400, status: 'pending' }]);
    await seedConversations(database.db, [{ created: 400, prompted: 1, updated: 400 }]);
    const { counts } = await prune(POLICY, { batchSize });
    expect(counts).toEqual({
      processedEvents: n,
      outboundMessages: n,
      conversations: n,
      evidenceMetadata: n,
      jobRuns: n,
    });
    expect(await countOf(database.db, processedEvents)).toBe(1);
    expect(await countOf(database.db, outboundMessages)).toBe(1);
    expect(await countOf(database.db, jobRuns)).toBe(0);
    expect(await database.db.select().from(conversations)).toHaveLength(1);
    const files = await database.db.select().from(evidence).where(sql`${evidence.kind} = 'file'`);
    expect(files.every((f) => f.fileId === null && f.fileName === null)).toBe(true);
  });

  it('counts in a dry run and changes nothing', async () => {
    await seedEverythingOld(database.db, 4);
    await seedEvents(database.db, [1], 'recent');
    const dry = await prune(POLICY, { dryRun: true });
    expect(dry.counts).toEqual({
      processedEvents: 4,
      outboundMessages: 4,
      conversations: 4,
      evidenceMetadata: 4,
      jobRuns: 4,
    });
    expect(await countOf(database.db, processedEvents)).toBe(5);
    expect((await prune(POLICY)).counts).toEqual(dry.counts);
  });

  it('logs the counts per rule, whether it was a dry run, and how long it took; no row content', async () => {
    await seedEverythingOld(database.db, 2);
    const logs: Array<Record<string, unknown>> = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const timed = async (dryRun: boolean) => {
      const before = performance.now();
      const run = await pruneRetention(database.db, { policy: POLICY, now: NOW, log, dryRun });
      return { run, elapsed: performance.now() - before };
    };
    const runs = [await timed(true), await timed(false)];
    expect(
      logs.map(({ msg, dryRun, processedEvents, jobRuns }) => ({ msg, dryRun, processedEvents, jobRuns })),
    ).toEqual([
      { msg: 'retention applied', dryRun: true, processedEvents: 2, jobRuns: 2 },
      { msg: 'retention applied', dryRun: false, processedEvents: 2, jobRuns: 2 },
    ]);
    runs.forEach(({ run, elapsed }, i) => {
      expect(logs[i]!.ms).toBe(run.ms);
      // A duration within the call's own, not a clock reading.
      expect(run.ms).toBeGreaterThanOrEqual(0);
      expect(run.ms).toBeLessThanOrEqual(Math.ceil(elapsed));
    });
  });

  it('measures periods in days from now', async () => {
    const cutoffs = retentionCutoffs(POLICY, NOW);
    expect(cutoffs.processedEvents).toEqual(new Date('2026-05-02T03:17:00Z'));
    expect(cutoffs.evidenceMetadata).toEqual(new Date('2024-06-01T03:17:00Z'));
    expect(cutoffs.jobRuns).toEqual(new Date('2026-03-03T03:17:00Z'));
  });

  it('refuses a batch size that would never finish', async () => {
    await expect(pruneExpired(database.db, {}, { batchSize: 0 })).rejects.toThrow(/batchSize/);
  });
});
