/**
 * 360° feedback cycles and the participation record (feedback_assignments): who is asked to rate
 * whom and whether they finished. Set-based: assignments travel as one JSON parameter per batch,
 * invitations are scheduled with one INSERT … SELECT, status is one GROUP BY. Nothing here reads
 * or writes an answer (see feedback-answers.ts).
 */
import { sql } from 'drizzle-orm';
import type { AssignablePerson, RaterAssignment, RaterRelation } from '../../core/feedback/assign-raters.js';
import { type BerakhlakValue, isBerakhlakValue } from '../../core/feedback/berakhlak.js';
import type { DbOrTx } from '../database.js';

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** Rows per INSERT: one JSON parameter, a few MB at most. */
const BATCH = 10_000;

export interface CycleRow {
  id: number;
  periodId: number;
  periodCode: string;
  unitId: number | null;
  unitPath: string | null;
  status: 'open' | 'closed';
  closesOn: string;
  minRaters: number;
  peersPerRatee: number;
  maxPeerRequests: number;
  includeSelf: boolean;
}

const CYCLE_COLUMNS = sql`c.id, c.period_id as "periodId", p.code as "periodCode", c.unit_id as "unitId",
  u.path as "unitPath", c.status, c.closes_on::text as "closesOn", c.min_raters as "minRaters",
  c.peers_per_ratee as "peersPerRatee", c.max_peer_requests as "maxPeerRequests",
  c.include_self as "includeSelf"`;
const CYCLE_FROM = sql`feedback_cycles c join performance_periods p on p.id = c.period_id
  left join org_units u on u.id = c.unit_id`;

export async function findCycle(
  db: DbOrTx,
  where: { id: number } | { periodId: number; unitId: number | null },
): Promise<CycleRow | undefined> {
  const condition =
    'id' in where
      ? sql`c.id = ${where.id}`
      : sql`c.period_id = ${where.periodId} and coalesce(c.unit_id, 0) = ${where.unitId ?? 0}`;
  const [row] = rowsOf<CycleRow>(
    await db.execute(sql`select ${CYCLE_COLUMNS} from ${CYCLE_FROM} where ${condition}`),
  );
  return row;
}

/** The cycles of a period (all of them when `periodId` is null, newest first). */
export async function cyclesOf(db: DbOrTx, periodId: number | null): Promise<CycleRow[]> {
  const where = periodId === null ? sql`true` : sql`c.period_id = ${periodId}`;
  return rowsOf<CycleRow>(
    await db.execute(sql`select ${CYCLE_COLUMNS} from ${CYCLE_FROM} where ${where} order by c.id desc`),
  );
}

/**
 * An open cycle of the same period whose people would overlap this one's: the whole organisation
 * on either side, or one unit inside the other. Someone in both would be asked twice.
 */
export async function overlappingOpenCycle(
  db: DbOrTx,
  periodId: number,
  unitPath: string | null,
): Promise<CycleRow | undefined> {
  const overlap =
    unitPath === null
      ? sql`true`
      : sql`(u.path is null or u.path = ${unitPath} or starts_with(u.path, ${`${unitPath}/`})
          or starts_with(${unitPath}, u.path || '/'))`;
  const [row] = rowsOf<CycleRow>(
    await db.execute(
      sql`select ${CYCLE_COLUMNS} from ${CYCLE_FROM} where c.period_id = ${periodId} and c.status = 'open' and ${overlap} limit 1`,
    ),
  );
  return row;
}

export async function insertCycle(
  tx: DbOrTx,
  input: {
    periodId: number;
    unitId: number | null;
    closesOn: string;
    minRaters: number;
    peersPerRatee: number;
    maxPeerRequests: number;
    includeSelf: boolean;
    openedBy: string;
    now: Date;
  },
): Promise<number | undefined> {
  const [row] = rowsOf<{ id: number }>(
    await tx.execute(sql`
      insert into feedback_cycles (period_id, unit_id, closes_on, min_raters, peers_per_ratee,
        max_peer_requests, include_self, opened_by, created_at)
      values (${input.periodId}, ${input.unitId}, ${input.closesOn}, ${input.minRaters}, ${input.peersPerRatee},
        ${input.maxPeerRequests}, ${input.includeSelf}, ${input.openedBy}, ${input.now.toISOString()})
      on conflict do nothing
      returning id`),
  );
  return row?.id;
}

/**
 * The active people a cycle concerns: those rated (in the unit's subtree, or everyone), plus
 * whoever rates them from outside it (an appraiser, a subordinate in another unit). Three
 * statements' worth in one; 100,000 rows of four numbers fit in memory easily.
 */
export async function scopePeople(db: DbOrTx, unitId: number | null): Promise<AssignablePerson[]> {
  type Row = { id: number; supervisorId: number | null; appraiserId: number | null; inScope: boolean };
  if (unitId === null)
    return rowsOf<Row>(
      await db.execute(sql`select id, supervisor_id as "supervisorId", appraiser_id as "appraiserId", true as "inScope"
        from employees where active order by id`),
    );
  // Joins, not EXISTS over the CTE: PostgreSQL scans a CTE without an index, once per row.
  return rowsOf<Row>(
    await db.execute(sql`
      with scope as materialized (
        select e.id, e.supervisor_id, e.appraiser_id from employees e join org_units u on u.id = e.unit_id
        join org_units root on root.id = ${unitId}
        where e.active and (u.path = root.path or starts_with(u.path, root.path || '/')))
      select e.id, e.supervisor_id as "supervisorId", e.appraiser_id as "appraiserId", s.id is not null as "inScope"
      from employees e left join scope s on s.id = e.id
      where e.active and (s.id is not null
        or e.supervisor_id in (select id from scope)
        or e.id in (select coalesce(appraiser_id, supervisor_id) from scope))
      order by e.id`),
  );
}

export async function insertAssignments(
  tx: DbOrTx,
  cycleId: number,
  assignments: readonly RaterAssignment[],
): Promise<number> {
  let inserted = 0;
  for (let from = 0; from < assignments.length; from += BATCH) {
    const json = JSON.stringify(
      assignments.slice(from, from + BATCH).map((a) => [a.rateeId, a.raterId, a.relation]),
    );
    const rows = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with ins as (
          insert into feedback_assignments (cycle_id, ratee_id, rater_id, relation)
          select ${cycleId}, (r->>0)::int, (r->>1)::int, r->>2 from json_array_elements(${json}::json) r
          on conflict do nothing
          returning 1)
        select count(*)::int as n from ins`),
    );
    inserted += rows[0]?.n ?? 0;
  }
  return inserted;
}

/** One job per rater still asked in the cycle (an invitation or a reminder), in one statement. */
export async function scheduleRaterJobs(
  tx: DbOrTx,
  input: { cycleId: number; job: string; periodKey: string; dueAt: Date },
): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await tx.execute(sql`
      with ins as (
        insert into job_runs (job, period_key, subject, due_at, status)
        select distinct ${input.job}, ${input.periodKey}, rater_id::text, ${input.dueAt.toISOString()}::timestamptz, 'pending'
        from feedback_assignments where cycle_id = ${input.cycleId} and status = 'asked'
        on conflict (job, period_key, subject) do nothing
        returning 1)
      select count(*)::int as n from ins`),
  );
  return rows[0]?.n ?? 0;
}

export interface RelationCount {
  relation: RaterRelation;
  asked: number;
  submitted: number;
}

/** How many were asked and how many finished, per relation: counts only, never who. */
export async function cycleCounts(db: DbOrTx, cycleId: number): Promise<RelationCount[]> {
  return rowsOf<RelationCount>(
    await db.execute(sql`
      select relation, count(*) filter (where status in ('asked', 'submitted'))::int as asked,
        count(*) filter (where status = 'submitted')::int as submitted
      from feedback_assignments where cycle_id = ${cycleId} group by relation order by relation`),
  );
}

export async function markCycleClosed(tx: DbOrTx, cycleId: number, now: Date): Promise<boolean> {
  const rows = rowsOf<{ id: number }>(
    await tx.execute(sql`update feedback_cycles set status = 'closed', closed_at = ${now.toISOString()}
      where id = ${cycleId} and status = 'open' returning id`),
  );
  return rows.length > 0;
}

/** Drops every unsent questionnaire draft of a cycle (its answers were never submitted). */
export async function dropOpenQuestionnaires(tx: DbOrTx, kind: string, cycleId: number): Promise<number> {
  const rows = rowsOf<{ id: number }>(
    await tx.execute(sql`delete from conversations where kind = ${kind}
      and (state->>'cycleId')::int = ${cycleId} returning id`),
  );
  return rows.length;
}

export async function auditCycle(
  tx: DbOrTx,
  input: { actor: string; action: string; cycleId: number; after: unknown; now: Date },
): Promise<void> {
  await tx.execute(sql`insert into audit_log (at, actor, action, entity, entity_key, after)
    values (${input.now.toISOString()}, ${input.actor}, ${input.action}, 'feedback_cycle',
      ${String(input.cycleId)}, ${JSON.stringify(input.after)}::jsonb)`);
}

export interface AskedRating {
  cycleId: number;
  rateeId: number;
  rateeName: string;
  relation: RaterRelation;
  minRaters: number;
  closesOn: string;
}

/** What a rater is still asked to fill in, in open cycles (one cycle, or all). */
export async function askedOf(db: DbOrTx, raterId: number, cycleId?: number): Promise<AskedRating[]> {
  return rowsOf<AskedRating>(
    await db.execute(sql`
      select a.cycle_id as "cycleId", a.ratee_id as "rateeId", e.name as "rateeName", a.relation,
        c.min_raters as "minRaters", c.closes_on::text as "closesOn"
      from feedback_assignments a join feedback_cycles c on c.id = a.cycle_id
      join employees e on e.id = a.ratee_id
      where a.rater_id = ${raterId} and a.status = 'asked' and c.status = 'open'
        ${cycleId === undefined ? sql`` : sql`and a.cycle_id = ${cycleId}`}
      order by (a.relation = 'self'), e.name, a.ratee_id`),
  );
}

/**
 * The participation record flips to submitted, once: a second submission (another device, a
 * race on a second connection) finds no `asked` row and is refused. Also refused once the cycle
 * has closed. Returns the relation, or undefined.
 */
export async function markSubmitted(
  tx: DbOrTx,
  input: { cycleId: number; rateeId: number; raterId: number },
): Promise<{ relation: RaterRelation; minRaters: number } | undefined> {
  const [row] = rowsOf<{ relation: RaterRelation; minRaters: number }>(
    await tx.execute(sql`
      update feedback_assignments a set status = 'submitted'
      from feedback_cycles c
      where c.id = a.cycle_id and c.status = 'open' and a.cycle_id = ${input.cycleId}
        and a.ratee_id = ${input.rateeId} and a.rater_id = ${input.raterId} and a.status = 'asked'
      returning a.relation, c.min_raters as "minRaters"`),
  );
  return row;
}

/** The ekspektasi khusus pimpinan set for one person in a period, per value. */
export async function expectationsOf(
  db: DbOrTx,
  employeeId: number,
  periodId: number,
): Promise<Partial<Record<BerakhlakValue, string>>> {
  const rows = rowsOf<{ value: string; expectation: string }>(
    await db.execute(sql`select value, expectation from behaviour_expectations
      where employee_id = ${employeeId} and period_id = ${periodId}`),
  );
  const out: Partial<Record<BerakhlakValue, string>> = {};
  for (const r of rows) if (isBerakhlakValue(r.value)) out[r.value] = r.expectation;
  return out;
}
