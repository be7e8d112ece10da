/**
 * Opening, inspecting and closing a 360° cycle on a real database: assignment rows, one
 * invitation job per rater, the reminder and close jobs, refusals (twice, overlapping, k < 3),
 * the audit rows, the CLI, and the close (flush with force, drafts dropped).
 */
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/scheduler/job-runner.js';
import { defaultJobHandlers } from '../../src/scheduler/start-scheduler.js';
import { closeCycleIn, openFeedbackCycle } from '../../src/services/feedback/cycle-service.js';
import { pressInvitation } from '../../src/services/feedback/questionnaire-service.js';
import { personOf } from '../../src/services/people/person.js';
import { createPlatform } from '../../src/services/platform.js';
import type { Db } from '../../src/storage/database.js';
import {
  auditLog,
  feedbackAnswers,
  feedbackAssignments,
  feedbackCycles,
  feedbackPending,
  jobRuns,
} from '../../src/storage/schema.js';
import { runCliCaptured } from '../support/cli.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { dialogs, fillQuestionnaire, NOW, openCycle, openDraft, seedUnit } from './feedback-seed.js';

const t = useTestDatabase();
beforeEach(() => truncateAll(t.db));

const base = {
  period: '2026-Q4',
  unitPath: null,
  closesOn: '2026-12-18',
  peersPerRatee: 4,
  maxPeerRequests: 6,
  includeSelf: false,
  minRaters: 3,
  actor: 'cli:test',
  now: NOW,
};

describe('feedback open', () => {
  it('assigns appraiser, peers and subordinates and schedules one invitation per rater', async () => {
    const { head, staff } = await seedUnit(t.db, 5);
    const outcome = await openFeedbackCycle(t.db, base);
    expect(outcome).toMatchObject({ status: 'opened', ratees: 6, raters: 6 });
    const rows = await t.db.select().from(feedbackAssignments);
    const count = (relation: string) => rows.filter((r) => r.relation === relation).length;
    expect(count('appraiser')).toBe(5);
    expect(count('subordinate')).toBe(5);
    expect(count('peer')).toBe(20); // 5 colleagues × 4 peers
    expect(rows.every((r) => r.status === 'asked')).toBe(true);
    expect(rows.filter((r) => r.rateeId === head.id).every((r) => r.relation === 'subordinate')).toBe(true);

    const jobs = await t.db.select().from(jobRuns);
    const invites = jobs.filter((j) => j.job === 'feedback-invite');
    expect(invites.map((j) => Number(j.subject)).sort()).toEqual([head.id, ...staff.map((s) => s.id)].sort());
    expect(jobs.find((j) => j.job === 'feedback-close')?.dueAt.toISOString()).toBe(
      '2026-12-18T17:00:00.000Z',
    );
    // Three working days before Friday 18 December: Tuesday 15 December, 09.00 WIB.
    expect(jobs.find((j) => j.job === 'feedback-remind-plan')?.dueAt.toISOString()).toBe(
      '2026-12-15T02:00:00.000Z',
    );

    const [audit] = await t.db.select().from(auditLog);
    expect(audit).toMatchObject({ action: 'feedback-open', entity: 'feedback_cycle', actor: 'cli:test' });
  });

  it('refuses to open the same period twice, an overlapping unit, and k below 3', async () => {
    await seedUnit(t.db, 3);
    expect((await openFeedbackCycle(t.db, base)).status).toBe('opened');
    expect((await openFeedbackCycle(t.db, base)).status).toBe('already-open');
    expect((await openFeedbackCycle(t.db, { ...base, unitPath: 'Biro Umum' })).status).toBe('overlap');
    expect((await openFeedbackCycle(t.db, { ...base, period: '2027-Q1', minRaters: 2 })).status).toBe(
      'k-too-low',
    );
    expect(await t.db.select().from(feedbackCycles)).toHaveLength(1);
  });

  it('a unit cycle rates only the subtree', async () => {
    await seedUnit(t.db, 3, 'Biro Umum/Bagian Keuangan');
    const other = await seedUnit(t.db, 3, 'Biro Hukum');
    await openCycle(t.db, { unit: 'Biro Umum' });
    const rated = new Set((await t.db.select().from(feedbackAssignments)).map((r) => r.rateeId));
    for (const s of [other.head, ...other.staff]) expect(rated.has(s.id)).toBe(false);
    expect(rated.size).toBe(4);
  });
});

describe('feedback close', () => {
  it('writes out what is pending below k, drops open drafts, refuses later submissions', async () => {
    const { staff } = await seedUnit(t.db, 4);
    const cycleId = await openCycle(t.db, { peers: 3 });
    const runner = dialogs();
    const ratee = staff[0]!;
    await fillQuestionnaire(t.db, runner, staff[1]!, cycleId, ratee.id, { score: 4 });
    await fillQuestionnaire(t.db, runner, staff[2]!, cycleId, ratee.id, { score: 2 });
    expect(await t.db.select().from(feedbackPending)).toHaveLength(2);
    expect(await t.db.select().from(feedbackAnswers)).toHaveLength(0);
    // A third colleague starts but does not send.
    await t.db.transaction((tx) =>
      pressInvitation(tx, runner, personOf(staff[3]!), 'terminal', { cycleId, rateeId: ratee.id }),
    );
    expect(await openDraft(t.db, personOf(staff[3]!))).toBeDefined();

    const result = await t.db.transaction((tx) =>
      closeCycleIn(tx, cycleId, { actor: 'scheduler', now: NOW }),
    );
    expect(result).toEqual({ closed: true, flushed: 2, drafts: 1 });
    expect(await t.db.select().from(feedbackPending)).toHaveLength(0);
    expect(await t.db.select().from(feedbackAnswers)).toHaveLength(42);
    expect(await openDraft(t.db, personOf(staff[3]!))).toBeUndefined();
    const [cycle] = await t.db.select().from(feedbackCycles).where(eq(feedbackCycles.id, cycleId));
    expect(cycle!.status).toBe('closed');
    expect(await fillQuestionnaire(t.db, runner, staff[3]!, cycleId, ratee.id, { score: 5 })).toEqual([
      'refused',
    ]);
    const actions = (await t.db.select().from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(['feedback-open', 'feedback-close']);
  });
});

describe('npm run dika -- feedback', () => {
  it('opens, shows counts per group, refuses a second open, closes', async () => {
    const { staff, head } = await seedUnit(t.db, 3);
    const env = { ...process.env, DIKA_LOCALE: 'id' };
    // The CLI opens its own database: point it at the test one.
    const [db] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
    if (!process.env.TEST_DATABASE_URL || !db) return; // PGlite in memory cannot be shared with the CLI
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${db.name}`;
    const cliEnv = { ...env, DATABASE_URL: url.toString() };
    const opened = await runCliCaptured(
      cliEnv,
      'feedback',
      'open',
      '2026-Q4',
      '--close-at',
      '2099-12-18',
      '--k',
      '3',
    );
    expect(opened.code).toBe(0);
    expect(opened.out).toContain('dibuka sampai 2099-12-18: 4 pegawai dinilai');
    const again = await runCliCaptured(cliEnv, 'feedback', 'open', '2026-Q4');
    expect(again.code).toBe(1);
    expect(again.err).toContain('sudah pernah dibuka');
    const low = await runCliCaptured(cliEnv, 'feedback', 'open', '2027-Q1', '--k', '2');
    expect(low.code).toBe(2);
    expect(low.err).toContain('paling sedikit 3');
    const [cycle] = await t.db.select().from(feedbackCycles);
    await fillQuestionnaire(t.db, dialogs(), staff[0]!, cycle!.id, head.id, { score: 5 });
    const status = await runCliCaptured(cliEnv, 'feedback', 'status', '2026-Q4');
    expect(status.out).toContain('bawahan: 1 dari 3 sudah mengisi');
    expect(status.out).toContain('pejabat penilai: 0 dari 3 sudah mengisi');
    expect(status.out).not.toContain(staff[0]!.name);
    const closed = await runCliCaptured(cliEnv, 'feedback', 'close', '2026-Q4');
    expect(closed.code).toBe(0);
    expect(closed.out).toContain('ditutup');
  });
});

function jobDeps(db: Db) {
  const logger = pino({ level: 'silent' });
  const platform = createPlatform({ db, logger, messagesPerSecond: 0 });
  return {
    db,
    logger,
    handlers: defaultJobHandlers(),
    outbound: platform.outbound,
    renderers: platform.renderers,
    dialogs: platform.dialogs,
    defaultLocale: 'id' as const,
    worker: 'w1',
  };
}

describe("the cycle's jobs", () => {
  it('reminds only raters with something left, then closes the day after closesOn', async () => {
    const { staff, head } = await seedUnit(t.db, 3);
    const cycleId = await openCycle(t.db, { peers: 2 });
    // staff[0] finishes everything they were asked (the head and two colleagues).
    for (const ratee of [head, staff[1]!, staff[2]!])
      await fillQuestionnaire(t.db, dialogs(), staff[0]!, cycleId, ratee.id, { score: 3 });
    await runDueJobs(jobDeps(t.db), new Date('2026-12-15T02:01:00Z'), 10_000);
    const reminders = (await t.db.select().from(jobRuns)).filter((j) => j.job === 'feedback-remind');
    expect(reminders.map((j) => Number(j.subject)).sort()).toEqual(
      [head.id, staff[1]!.id, staff[2]!.id].sort(),
    );
    const [open] = await t.db.select().from(feedbackCycles);
    expect(open!.status).toBe('open');
    await runDueJobs(jobDeps(t.db), new Date('2026-12-18T17:01:00Z'), 10_000);
    const [closed] = await t.db.select().from(feedbackCycles);
    expect(closed!.status).toBe('closed');
    expect(await t.db.select().from(feedbackPending)).toHaveLength(0);
    expect(await t.db.select().from(feedbackAnswers)).toHaveLength(3 * 21);
  });
});
