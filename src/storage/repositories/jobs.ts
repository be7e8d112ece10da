import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { jobRuns } from '../schema.js';

export type JobRow = typeof jobRuns.$inferSelect;

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
      set: {
        dueAt: input.dueAt,
        payload: input.payload ?? null,
        status: 'pending',
        finishedAt: null,
        lastError: null,
      },
    });
}

export async function cancelJobs(
  tx: DbOrTx,
  input: { job: string; subject: string; periodKey?: string },
): Promise<void> {
  await tx
    .update(jobRuns)
    .set({ status: 'cancelled' })
    .where(
      and(
        eq(jobRuns.job, input.job),
        eq(jobRuns.subject, input.subject),
        eq(jobRuns.status, 'pending'),
        input.periodKey ? eq(jobRuns.periodKey, input.periodKey) : undefined,
      ),
    );
}

/**
 * Claims due runs so that exactly one replica handles each: FOR UPDATE SKIP LOCKED lets
 * concurrent claimers pass each other's rows, and the status flip happens in the same transaction.
 */
export async function claimDueJobs(
  tx: DbOrTx,
  input: { jobs: string[]; now: Date; limit: number; worker: string },
): Promise<JobRow[]> {
  const due = await tx
    .select({ id: jobRuns.id })
    .from(jobRuns)
    .where(
      and(inArray(jobRuns.job, input.jobs), eq(jobRuns.status, 'pending'), lte(jobRuns.dueAt, input.now)),
    )
    .orderBy(asc(jobRuns.dueAt))
    .limit(input.limit)
    .for('update', { skipLocked: true });
  if (due.length === 0) return [];
  return tx
    .update(jobRuns)
    .set({
      status: 'running',
      claimedBy: input.worker,
      claimedAt: input.now,
      attempts: sql`${jobRuns.attempts} + 1`,
    })
    .where(
      inArray(
        jobRuns.id,
        due.map((d) => d.id),
      ),
    )
    .returning();
}

export async function finishJob(tx: DbOrTx, id: number, now: Date, error?: string): Promise<void> {
  await tx
    .update(jobRuns)
    .set({ status: error ? 'failed' : 'done', finishedAt: now, lastError: error ?? null })
    .where(eq(jobRuns.id, id));
}
