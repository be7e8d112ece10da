import { and, asc, eq, inArray, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { likeSubtree } from '../like-pattern.js';
import { jobRuns } from '../schema.js';

export type JobRow = typeof jobRuns.$inferSelect;

/**
 * One claim of a job. Every claim increments `attempts`, so `(id, attempts, claimedBy)` tells a
 * runner's claim from a later takeover of the same row (a fencing token).
 */
export type JobClaim = Pick<JobRow, 'id' | 'attempts' | 'claimedBy'>;

/** Schedules (or moves) the one run of `job` for this period and subject. */
export async function scheduleJob(
  tx: DbOrTx,
  input: { job: string; periodKey: string; subject: string; dueAt: Date; payload?: unknown },
): Promise<void> {
  await tx
    .insert(jobRuns)
    .values({ ...input, payload: input.payload ?? null, status: 'pending' })
    .onConflictDoUpdate({
      target: [jobRuns.job, jobRuns.periodKey, jobRuns.subject],
      // A run in progress loses its claim here, so its finish (and its messages) roll back.
      set: {
        dueAt: input.dueAt,
        payload: input.payload ?? null,
        status: 'pending',
        leaseUntil: null,
        finishedAt: null,
        lastError: null,
      },
    });
}

/** Cancels the pending (and running) runs of `job` for a subject; a running one rolls back. */
export async function cancelJobs(
  tx: DbOrTx,
  input: { job: string; subject: string; periodKey?: string },
): Promise<void> {
  await tx
    .update(jobRuns)
    .set({ status: 'cancelled', leaseUntil: null })
    .where(
      and(
        eq(jobRuns.job, input.job),
        eq(jobRuns.subject, input.subject),
        inArray(jobRuns.status, ['pending', 'running']),
        input.periodKey ? eq(jobRuns.periodKey, input.periodKey) : undefined,
      ),
    );
}

/**
 * Due pending runs, and running ones whose runner crashed (lease passed). A running row from before
 * leases existed counts as leased for one lease length after its claim.
 */
function claimable(now: Date, leaseUntil: Date): SQL {
  const legacyStaleBefore = new Date(now.getTime() - (leaseUntil.getTime() - now.getTime()));
  return or(
    and(eq(jobRuns.status, 'pending'), lte(jobRuns.dueAt, now)),
    and(
      eq(jobRuns.status, 'running'),
      or(
        lt(jobRuns.leaseUntil, now),
        and(isNull(jobRuns.leaseUntil), lt(jobRuns.claimedAt, legacyStaleBefore)),
      ),
    ),
  )!;
}

/**
 * Claims up to `limit` runs for this worker until `leaseUntil`. Call it in a transaction: FOR
 * UPDATE SKIP LOCKED lets concurrent claimers pass each other's rows, and the update re-checks the
 * condition, so even a claimer without a transaction never takes a row another one holds.
 */
export async function claimDueJobs(
  tx: DbOrTx,
  input: {
    jobs: readonly string[];
    now: Date;
    limit: number;
    worker: string;
    leaseUntil: Date;
    /** Only jobs about these subjects (e.g. `subjectsOfUnit`); all when absent. */
    scope?: SQL;
  },
): Promise<JobRow[]> {
  if (input.jobs.length === 0 || input.limit <= 0) return [];
  const condition = and(
    inArray(jobRuns.job, [...input.jobs]),
    claimable(input.now, input.leaseUntil),
    input.scope,
  );
  const due = await tx
    .select({ id: jobRuns.id })
    .from(jobRuns)
    .where(condition)
    .orderBy(asc(jobRuns.dueAt), asc(jobRuns.id))
    .limit(input.limit)
    .for('update', { skipLocked: true });
  if (due.length === 0) return [];
  const claimed = await tx
    .update(jobRuns)
    .set({
      status: 'running',
      claimedBy: input.worker,
      claimedAt: input.now,
      leaseUntil: input.leaseUntil,
      finishedAt: null,
      attempts: sql`${jobRuns.attempts} + 1`,
    })
    .where(
      and(
        inArray(
          jobRuns.id,
          due.map((d) => d.id),
        ),
        condition,
      ),
    )
    .returning();
  return claimed.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
}

/**
 * Jobs about the people of a unit and of every unit below it (`schedule run --unit`): a subquery,
 * so a ministry-sized unit costs no bind parameters.
 */
export function subjectsOfUnit(unitPath: string): SQL {
  return sql`${jobRuns.subject} in (
    select e.id::text from employees e join org_units u on u.id = e.unit_id
    where u.path = ${unitPath} or u.path like ${likeSubtree(unitPath)}
  )`;
}

/** The row as this claim left it: still running, not taken over, cancelled or rescheduled since. */
function stillClaimed(job: JobClaim): SQL {
  return and(
    eq(jobRuns.id, job.id),
    eq(jobRuns.status, 'running'),
    eq(jobRuns.attempts, job.attempts),
    job.claimedBy === null ? isNull(jobRuns.claimedBy) : eq(jobRuns.claimedBy, job.claimedBy),
  )!;
}

/**
 * Marks a claimed run done (or failed, with an error that must quote nothing a person wrote).
 * Returns false when the claim was lost (lease taken over, cancelled, rescheduled): the row then
 * belongs to someone else and is left as it is.
 */
export async function finishJob(tx: DbOrTx, job: JobClaim, now: Date, error?: string): Promise<boolean> {
  const rows = await tx
    .update(jobRuns)
    .set({ status: error ? 'failed' : 'done', finishedAt: now, leaseUntil: null, lastError: error ?? null })
    .where(stillClaimed(job))
    .returning({ id: jobRuns.id });
  return rows.length > 0;
}

/** Puts a failed run back as pending, due again at `dueAt`; false when the claim was lost. */
export async function retryJob(
  tx: DbOrTx,
  job: JobClaim,
  input: { dueAt: Date; error: string },
): Promise<boolean> {
  const rows = await tx
    .update(jobRuns)
    .set({ status: 'pending', dueAt: input.dueAt, leaseUntil: null, lastError: input.error })
    .where(stillClaimed(job))
    .returning({ id: jobRuns.id });
  return rows.length > 0;
}

/** Gives back claimed runs that were not started (the tick ran out of time); the claim is not an attempt. */
export async function releaseJobs(tx: DbOrTx, jobs: readonly JobClaim[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const rows = await tx
    .update(jobRuns)
    .set({
      status: 'pending',
      claimedBy: null,
      leaseUntil: null,
      attempts: sql`${jobRuns.attempts} - 1`,
    })
    .where(or(...jobs.map(stillClaimed)))
    .returning({ id: jobRuns.id });
  return rows.length;
}
