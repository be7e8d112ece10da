/**
 * The job table's statements one by one (src/storage/repositories/jobs.ts): what a schedule resets,
 * what a cancel reaches, which rows a claim takes and in what order, and how a claim's fencing
 * token guards finish, retry and release. Written against mutants `npm run mutate` left alive; the
 * runner built on them is tested in test/integration/job-runner.test.ts.
 */
import { asc } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  cancelJobs,
  claimDueJobs,
  finishJob,
  type JobClaim,
  releaseJobs,
  retryJob,
  scheduleJob,
} from '../../../src/storage/repositories/jobs.js';
import { jobRuns } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';

const t = useTestDatabase();
const now = new Date('2026-03-02T02:00:00Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const rows = () => t.db.select().from(jobRuns).orderBy(asc(jobRuns.id));
const schedule = (subject: string, dueAt: Date, job = 'prompt', periodKey = '2026-W10') =>
  scheduleJob(t.db, { job, periodKey, subject, dueAt });
const claim = (input: Partial<Parameters<typeof claimDueJobs>[1]> = {}) =>
  t.db.transaction((tx) =>
    claimDueJobs(tx, { jobs: ['prompt'], now, limit: 10, worker: 'w1', leaseUntil: at(60), ...input }),
  );
const token = (row: { id: number; attempts: number; claimedBy: string | null }): JobClaim => ({
  id: row.id,
  attempts: row.attempts,
  claimedBy: row.claimedBy,
});

beforeEach(() => truncateAll(t.db));

describe('scheduleJob', () => {
  it('moves an existing run back to pending, due again, with its claim and outcome cleared', async () => {
    await scheduleJob(t.db, { job: 'prompt', periodKey: 'P', subject: '7', dueAt: now, payload: { a: 1 } });
    const [claimed] = await claim();
    await finishJob(t.db, token(claimed!), at(1), 'boom');
    await scheduleJob(t.db, { job: 'prompt', periodKey: 'P', subject: '7', dueAt: at(90) });
    expect(await rows()).toMatchObject([
      {
        status: 'pending',
        dueAt: at(90),
        payload: null,
        leaseUntil: null,
        finishedAt: null,
        lastError: null,
        attempts: 1,
      },
    ]);
  });
});

describe('cancelJobs', () => {
  it('cancels only pending and running runs of that job and subject, in the period when given', async () => {
    await schedule('7', at(-10), 'prompt', 'W10');
    await schedule('7', at(-10), 'prompt', 'W11');
    await schedule('7', at(-10), 'remind', 'W10');
    await schedule('8', at(-10), 'prompt', 'W10');
    await schedule('7', at(-10), 'prompt', 'W12');
    const claimed = await claim({ limit: 1 });
    await finishJob(t.db, token(claimed[0]!), now); // W10 of subject 7: done
    await cancelJobs(t.db, { job: 'prompt', subject: '7', periodKey: 'W11' });
    expect((await rows()).map((r) => [r.job, r.subject, r.periodKey, r.status])).toEqual([
      ['prompt', '7', 'W10', 'done'],
      ['prompt', '7', 'W11', 'cancelled'],
      ['remind', '7', 'W10', 'pending'],
      ['prompt', '8', 'W10', 'pending'],
      ['prompt', '7', 'W12', 'pending'],
    ]);
    await cancelJobs(t.db, { job: 'prompt', subject: '7' });
    expect((await rows()).map((r) => r.status)).toEqual([
      'done',
      'cancelled',
      'pending',
      'pending',
      'cancelled',
    ]);
  });

  it('takes a running run’s lease away', async () => {
    await schedule('7', at(-10));
    await claim();
    await cancelJobs(t.db, { job: 'prompt', subject: '7' });
    expect(await rows()).toMatchObject([{ status: 'cancelled', leaseUntil: null }]);
  });
});

describe('claimDueJobs', () => {
  it('claims nothing for no job names or no room', async () => {
    await schedule('7', at(-10));
    expect(await claim({ jobs: [] })).toEqual([]);
    expect(await claim({ limit: 0 })).toEqual([]);
    expect(await rows()).toMatchObject([{ status: 'pending', attempts: 0 }]);
  });

  it('takes due runs of the named jobs, earliest first, marked with the claim', async () => {
    await schedule('late', at(0)); // due exactly now
    await schedule('early', at(-20));
    await schedule('future', at(1));
    await schedule('other', at(-30), 'digest');
    await schedule('mid', at(-10));
    const claimed = await claim({ limit: 2 });
    expect(claimed.map((r) => r.subject)).toEqual(['early', 'mid']);
    expect(claimed[0]).toMatchObject({
      status: 'running',
      claimedBy: 'w1',
      claimedAt: now,
      leaseUntil: at(60),
      finishedAt: null,
      attempts: 1,
    });
    expect((await claim()).map((r) => r.subject)).toEqual(['late']);
    expect(await claim()).toEqual([]);
  });

  it('returns the claimed runs by due time, then by id, whatever order they were written in', async () => {
    await schedule('a', at(-10));
    await schedule('b', at(-30));
    await schedule('c', at(-30));
    await schedule('d', at(-20));
    expect((await claim()).map((r) => r.subject)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('takes over a running run only once its lease has passed', async () => {
    await schedule('7', at(-10));
    await claim({ worker: 'w1', leaseUntil: now });
    // The lease ends exactly now: still held.
    expect(await claim({ worker: 'w2' })).toEqual([]);
    const [taken] = await claim({ worker: 'w2', now: at(1), leaseUntil: at(61) });
    expect(taken).toMatchObject({ claimedBy: 'w2', attempts: 2, leaseUntil: at(61) });
  });

  it('counts a running row without a lease as leased for one lease length after its claim', async () => {
    await t.db.insert(jobRuns).values({
      job: 'prompt',
      periodKey: 'P',
      subject: 'legacy',
      dueAt: at(-600),
      status: 'running',
      claimedBy: 'old',
      claimedAt: at(-60),
      attempts: 1,
    });
    // Lease length 60 s: claimed exactly 60 s ago is not yet stale…
    expect(await claim({ leaseUntil: at(60) })).toEqual([]);
    // …61 s ago it is.
    expect(await claim({ now: at(1), leaseUntil: at(61) })).toMatchObject([
      { subject: 'legacy', attempts: 2 },
    ]);
  });

  it('leaves finished, failed and cancelled runs alone however overdue', async () => {
    for (const subject of ['a', 'b', 'c']) await schedule(subject, at(-10));
    const [a, b] = await claim({ limit: 2 });
    await finishJob(t.db, token(a!), now);
    await finishJob(t.db, token(b!), now, 'boom');
    await cancelJobs(t.db, { job: 'prompt', subject: 'c' });
    expect(await claim({ now: at(3600) })).toEqual([]);
  });
});

describe('finishJob, retryJob and releaseJobs', () => {
  it('finish a claimed run as done or failed, and refuse a claim that was lost', async () => {
    await schedule('a', at(-10));
    await schedule('b', at(-10));
    const [a, b] = await claim();
    expect(await finishJob(t.db, token(a!), at(5))).toBe(true);
    expect(await finishJob(t.db, token(b!), at(6), 'timeout')).toBe(true);
    expect((await rows()).map((r) => [r.status, r.finishedAt, r.leaseUntil, r.lastError])).toEqual([
      ['done', at(5), null, null],
      ['failed', at(6), null, 'timeout'],
    ]);
    // Finished already: the same token no longer holds the row.
    expect(await finishJob(t.db, token(a!), at(7), 'again')).toBe(false);
    expect(await retryJob(t.db, token(b!), { dueAt: at(99), error: 'x' })).toBe(false);
  });

  it('fence by worker and attempt: a stale claim changes nothing', async () => {
    await schedule('a', at(-10));
    const [first] = await claim({ worker: 'w1', leaseUntil: now });
    const [second] = await claim({ worker: 'w2', now: at(1), leaseUntil: at(61) });
    expect(await finishJob(t.db, token(first!), at(2))).toBe(false);
    expect(await finishJob(t.db, { ...token(second!), claimedBy: 'w1' }, at(2))).toBe(false);
    expect(await finishJob(t.db, { ...token(second!), attempts: 1 }, at(2))).toBe(false);
    expect(await finishJob(t.db, { ...token(second!), claimedBy: null }, at(2))).toBe(false);
    expect(await rows()).toMatchObject([{ status: 'running', claimedBy: 'w2', attempts: 2 }]);
    expect(await retryJob(t.db, token(second!), { dueAt: at(120), error: 'later' })).toBe(true);
    expect(await rows()).toMatchObject([
      { status: 'pending', dueAt: at(120), leaseUntil: null, lastError: 'later', attempts: 2 },
    ]);
  });

  it('release claims not started: pending again, the claim not counted as an attempt', async () => {
    expect(await releaseJobs(t.db, [])).toBe(0);
    for (const subject of ['a', 'b', 'c']) await schedule(subject, at(-10));
    const [a, b, c] = await claim();
    await finishJob(t.db, token(c!), now);
    expect(await releaseJobs(t.db, [token(a!), token(b!), token(c!)])).toBe(2);
    expect((await rows()).map((r) => [r.subject, r.status, r.claimedBy, r.leaseUntil, r.attempts])).toEqual([
      ['a', 'pending', null, null, 0],
      ['b', 'pending', null, null, 0],
      ['c', 'done', 'w1', null, 1],
    ]);
    // The released runs are due again at once.
    expect((await claim()).map((r) => r.subject)).toEqual(['a', 'b']);
  });
});
