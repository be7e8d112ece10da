/**
 * The quarter-end evaluation's storage: the SKP evaluation table of the people an appraiser
 * evaluates (in ./evaluation-tables.ts, re-exported here), who those people are with their evaluation status, the upsert of an evaluation (refused once
 * an admin has closed the period), the period's open/close, and the predikat distribution of a
 * unit. Every read takes a whole list of people in a fixed number of statements.
 */
import { and, asc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { emptyCounts } from '../../core/evaluation/distribution-check.js';
import { isPredikat, isRating, type Predikat, type Rating } from '../../core/evaluation/predikat.js';
import type { DbOrTx } from '../database.js';
import { likeSubtree } from '../like-pattern.js';
import { auditLog, employees, orgUnits, performanceEvaluations, performancePeriods } from '../schema.js';

export {
  type EvaluationIndicator,
  type EvaluationTable,
  evaluationTables,
  type QuarterRange,
} from './evaluation-tables.js';

export interface StoredEvaluation {
  suggestedResult: Rating | null;
  resultRating: Rating | null;
  behaviourRating: Rating | null;
  predikat: Predikat | null;
  appraiserId: number;
}

export interface Appraisee {
  employeeId: number;
  name: string;
  nip: string;
  /** null: not evaluated yet for this period. */
  evaluation: StoredEvaluation | null;
}

/**
 * Whom `appraiserId` evaluates: active employees naming them as penilai, or as atasan when no
 * penilai is named. Written as an OR of the two indexed columns (a `coalesce(...) = x` would
 * scan the whole table). With each one's evaluation for `periodId`, if any.
 */
export async function appraiseesOf(
  db: DbOrTx,
  appraiserId: number,
  periodId: number | null,
): Promise<Appraisee[]> {
  const rows = await db
    .select({
      employeeId: employees.id,
      name: employees.name,
      nip: employees.nip,
      evaluationId: performanceEvaluations.id,
      suggestedResult: performanceEvaluations.suggestedResult,
      resultRating: performanceEvaluations.resultRating,
      behaviourRating: performanceEvaluations.behaviourRating,
      predikat: performanceEvaluations.predikat,
      ratedBy: performanceEvaluations.appraiserId,
    })
    .from(employees)
    .leftJoin(
      performanceEvaluations,
      and(
        eq(performanceEvaluations.employeeId, employees.id),
        eq(performanceEvaluations.periodId, periodId ?? -1),
      ),
    )
    .where(
      and(
        eq(employees.active, true),
        ne(employees.id, appraiserId),
        or(
          eq(employees.appraiserId, appraiserId),
          and(isNull(employees.appraiserId), eq(employees.supervisorId, appraiserId)),
        ),
      ),
    )
    .orderBy(asc(employees.name), asc(employees.id));
  return rows.map((r) => ({
    employeeId: r.employeeId,
    name: r.name,
    nip: r.nip,
    evaluation:
      r.evaluationId === null
        ? null
        : {
            suggestedResult: isRating(r.suggestedResult) ? r.suggestedResult : null,
            resultRating: isRating(r.resultRating) ? r.resultRating : null,
            behaviourRating: isRating(r.behaviourRating) ? r.behaviourRating : null,
            predikat: isPredikat(r.predikat) ? r.predikat : null,
            appraiserId: r.ratedBy!,
          },
  }));
}

/** Whether `appraiserId` evaluates `employeeId` now (the import may have changed it mid-dialog). */
export async function evaluates(db: DbOrTx, appraiserId: number, employeeId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: employees.id })
    .from(employees)
    .where(
      and(
        eq(employees.id, employeeId),
        eq(employees.active, true),
        ne(employees.id, appraiserId),
        or(
          eq(employees.appraiserId, appraiserId),
          and(isNull(employees.appraiserId), eq(employees.supervisorId, appraiserId)),
        ),
      ),
    );
  return row !== undefined;
}

export interface PeriodRow {
  id: number;
  code: string;
  status: 'open' | 'closed';
}

/** The period with this code, created (open) when HR never imported it: a quarter is a calendar fact. */
export async function ensurePeriod(
  db: DbOrTx,
  spec: { code: string; year: number; quarter: number | null; startsOn: string; endsOn: string },
): Promise<PeriodRow> {
  await db.insert(performancePeriods).values(spec).onConflictDoNothing({ target: performancePeriods.code });
  const [row] = await db
    .select({ id: performancePeriods.id, code: performancePeriods.code, status: performancePeriods.status })
    .from(performancePeriods)
    .where(eq(performancePeriods.code, spec.code));
  return { id: row!.id, code: row!.code, status: row!.status === 'closed' ? 'closed' : 'open' };
}

export async function findPeriod(db: DbOrTx, code: string): Promise<PeriodRow | undefined> {
  const [row] = await db
    .select({ id: performancePeriods.id, code: performancePeriods.code, status: performancePeriods.status })
    .from(performancePeriods)
    .where(eq(performancePeriods.code, code));
  return row && { id: row.id, code: row.code, status: row.status === 'closed' ? 'closed' : 'open' };
}

export interface EvaluationInput {
  employeeId: number;
  periodId: number;
  appraiserId: number;
  suggestedResult: Rating | null;
  resultRating: Rating;
  behaviourRating: Rating;
  predikat: Predikat;
  now: Date;
}

/**
 * Stores (or changes) one evaluation, unless the period is closed. Run it inside the caller's
 * transaction: the period row is read FOR SHARE, which waits for a close in progress (an UPDATE
 * takes a conflicting row lock) and then reads the committed status, and holds off a close
 * until this transaction ends. So a rating is either in before the close, or refused.
 */
export async function upsertEvaluation(
  tx: DbOrTx,
  input: EvaluationInput,
): Promise<'saved' | 'closed' | 'no-period'> {
  const [period] = await tx
    .select({ status: performancePeriods.status })
    .from(performancePeriods)
    .where(eq(performancePeriods.id, input.periodId))
    .for('share');
  if (!period) return 'no-period';
  if (period.status === 'closed') return 'closed';
  const values = {
    appraiserId: input.appraiserId,
    suggestedResult: input.suggestedResult,
    resultRating: input.resultRating,
    behaviourRating: input.behaviourRating,
    predikat: input.predikat,
    updatedAt: input.now,
  };
  await tx
    .insert(performanceEvaluations)
    .values({ employeeId: input.employeeId, periodId: input.periodId, createdAt: input.now, ...values })
    .onConflictDoUpdate({
      target: [performanceEvaluations.employeeId, performanceEvaluations.periodId],
      set: values,
    });
  return 'saved';
}

/**
 * Opens or closes a period (an admin's act), with its audit row. Closing freezes ratings: the
 * UPDATE's row lock makes a rating in flight finish first, and later ones see `closed`.
 * Returns the status before, or undefined when no period has this code.
 */
export async function setPeriodStatus(
  tx: DbOrTx,
  input: { code: string; status: 'open' | 'closed'; actor: string; now: Date },
): Promise<{ before: 'open' | 'closed' } | undefined> {
  const [row] = await tx
    .select({ id: performancePeriods.id, status: performancePeriods.status })
    .from(performancePeriods)
    .where(eq(performancePeriods.code, input.code))
    .for('update');
  if (!row) return undefined;
  const before = row.status === 'closed' ? 'closed' : 'open';
  if (before !== input.status) {
    await tx
      .update(performancePeriods)
      .set({ status: input.status })
      .where(eq(performancePeriods.id, row.id));
    await tx.insert(auditLog).values({
      at: input.now,
      actor: input.actor,
      action: input.status === 'closed' ? 'period.close' : 'period.open',
      entity: 'performance_period',
      entityKey: input.code,
      before: { status: before },
      after: { status: input.status },
    });
  }
  return { before };
}

/**
 * Predikat per person in a unit and every unit below it for a period: one statement, the
 * subtree found through the `text_pattern_ops` index on unit paths.
 */
export async function unitPredikatCounts(
  db: DbOrTx,
  unitPath: string,
  periodId: number,
): Promise<Record<Predikat, number>> {
  const rows = await db
    .select({ predikat: performanceEvaluations.predikat, n: sql<number>`count(*)`.mapWith(Number) })
    .from(performanceEvaluations)
    .innerJoin(employees, eq(employees.id, performanceEvaluations.employeeId))
    .innerJoin(orgUnits, eq(orgUnits.id, employees.unitId))
    .where(
      and(
        eq(performanceEvaluations.periodId, periodId),
        sql`${performanceEvaluations.predikat} is not null`,
        eq(employees.active, true),
        or(eq(orgUnits.path, unitPath), sql`${orgUnits.path} like ${likeSubtree(unitPath)}`),
      ),
    )
    .groupBy(performanceEvaluations.predikat);
  const counts = emptyCounts();
  for (const r of rows) if (isPredikat(r.predikat)) counts[r.predikat] = r.n;
  return counts;
}

export interface PendingAppraiser {
  appraiserId: number;
  unitId: number | null;
  timeZone: string;
  /** Their active people with no predikat stored for the period. */
  pending: number;
}

/**
 * Active appraisers with at least one active person still without a predikat for `periodId`
 * (null: a period not created yet, so nobody has one), optionally just one appraiser. One
 * statement: the reminder plans from it.
 */
export async function appraisersWithPending(
  db: DbOrTx,
  periodId: number | null,
  onlyAppraiserId?: number,
): Promise<PendingAppraiser[]> {
  // One appraiser (each reminder's send): through the two indexed columns, not a scan.
  const only =
    onlyAppraiserId === undefined
      ? sql``
      : sql`and (e.appraiser_id = ${onlyAppraiserId} or (e.appraiser_id is null and e.supervisor_id = ${onlyAppraiserId}))`;
  const rows = rowsOf<{ appraiser_id: number; unit_id: number | null; time_zone: string; pending: number }>(
    await db.execute(sql`
      select a.id as appraiser_id, a.unit_id, a.time_zone, count(*)::int as pending
      from employees e
      join employees a on a.id = coalesce(e.appraiser_id, e.supervisor_id) and a.active and a.id <> e.id
      where e.active ${only}
        and not exists (
          select 1 from performance_evaluations pe
          where pe.employee_id = e.id and pe.period_id = ${periodId ?? -1} and pe.predikat is not null)
      group by a.id, a.unit_id, a.time_zone
      order by a.id`),
  );
  return rows.map((r) => ({
    appraiserId: Number(r.appraiser_id),
    unitId: r.unit_id === null ? null : Number(r.unit_id),
    timeZone: r.time_zone,
    pending: Number(r.pending),
  }));
}

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
