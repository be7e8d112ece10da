/**
 * The weekly schedule's storage: planning rows, the people a planning job streams, what a send
 * needs to know about its person, the week's close and a supervisor's digest. Set-based and
 * batched: one statement per batch of people, never one per person; rows travel as one JSON
 * parameter, so no batch comes near PostgreSQL's 65,535 bind parameters.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import type { JobClaim } from './jobs.js';

export interface PlannedJobRow {
  job: string;
  periodKey: string;
  subject: string;
  dueAt: Date;
  payload?: unknown;
}

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** The zones active employees live in (planning runs per zone). */
export async function activeZones(db: DbOrTx): Promise<string[]> {
  const rows = rowsOf<{ zone: string }>(
    await db.execute(sql`select distinct time_zone as zone from employees where active order by 1`),
  );
  return rows.map((r) => r.zone);
}

/**
 * Inserts job rows that do not exist yet (job, period, subject unique): planning twice, or on
 * three replicas at once, leaves one row per send. Returns how many were new.
 */
export async function insertPlannedJobs(db: DbOrTx, rows: readonly PlannedJobRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const json = JSON.stringify(
    rows.map((r) => ({
      job: r.job,
      period_key: r.periodKey,
      subject: r.subject,
      due_at: r.dueAt.toISOString(),
      payload: r.payload ?? null,
    })),
  );
  const inserted = rowsOf<{ id: number }>(
    await db.execute(sql`
      insert into job_runs (job, period_key, subject, due_at, payload, status)
      select job, period_key, subject, due_at, payload, 'pending'
      from json_to_recordset(${json}::json)
        as r(job text, period_key text, subject text, due_at timestamptz, payload jsonb)
      on conflict (job, period_key, subject) do nothing
      returning id`),
  );
  return inserted.length;
}

export interface PlannablePerson {
  id: number;
  unitId: number | null;
  /** Whether anyone active reports to them (they get a supervisor digest). */
  hasReports: boolean;
}

/** One page of a zone's active employees, by id after `afterId`. */
export async function plannablePeople(
  db: DbOrTx,
  input: { timeZone: string; afterId: number; limit: number },
): Promise<PlannablePerson[]> {
  const rows = rowsOf<{ id: number; unit_id: number | null; has_reports: boolean }>(
    await db.execute(sql`
      select e.id, e.unit_id,
        exists (select 1 from employees r where r.supervisor_id = e.id and r.active) as has_reports
      from employees e
      where e.active and e.time_zone = ${input.timeZone} and e.id > ${input.afterId}
      order by e.id
      limit ${input.limit}`),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    unitId: r.unit_id === null ? null : Number(r.unit_id),
    hasReports: r.has_reports,
  }));
}

/** The units a zone's active employees belong to (null: no unit). */
export async function unitsInZone(db: DbOrTx, timeZone: string): Promise<Array<number | null>> {
  const rows = rowsOf<{ unit_id: number | null }>(
    await db.execute(sql`select distinct unit_id from employees where active and time_zone = ${timeZone}`),
  );
  return rows.map((r) => (r.unit_id === null ? null : Number(r.unit_id)));
}

export interface SendFacts {
  active: boolean;
  unitId: number | null;
  timeZone: string;
  onLeave: boolean;
  submitted: boolean;
  /** The nearest unit up the tree that says paused or not decides (see effectiveSchedule). */
  paused: boolean;
  /** Whether any chat is linked at all (none: "belum terhubung"). */
  linked: boolean;
}

/** What a planned send needs to know about its person, in one round trip. */
export async function sendFacts(
  db: DbOrTx,
  input: { employeeId: number; weekKey: string; date: string },
): Promise<SendFacts | undefined> {
  const [row] = rowsOf<{
    active: boolean;
    unit_id: number | null;
    time_zone: string;
    on_leave: boolean;
    submitted: boolean;
    paused: boolean | null;
    linked: boolean;
  }>(
    await db.execute(sql`
      with recursive chain(unit_id, depth) as (
        select e.unit_id, 0 from employees e where e.id = ${input.employeeId} and e.unit_id is not null
        union all
        select u.parent_id, c.depth + 1 from chain c join org_units u on u.id = c.unit_id
        where u.parent_id is not null and c.depth < 64
      )
      select e.active, e.unit_id, e.time_zone,
        (select s.paused from chain c join unit_schedules s on s.unit_id = c.unit_id
          where s.paused is not null order by c.depth limit 1) as paused,
        exists (select 1 from channel_identities i where i.employee_id = e.id) as linked,
        exists (select 1 from leave_periods l where l.employee_id = e.id
                and l.starts_on <= ${input.date}::date and l.ends_on >= ${input.date}::date) as on_leave,
        exists (select 1 from checkins c where c.employee_id = e.id and c.iso_week = ${input.weekKey}) as submitted
      from employees e where e.id = ${input.employeeId}`),
  );
  if (!row) return undefined;
  return {
    active: row.active,
    unitId: row.unit_id === null ? null : Number(row.unit_id),
    timeZone: row.time_zone,
    onLeave: row.on_leave,
    submitted: row.submitted,
    paused: row.paused === true,
    linked: row.linked,
  };
}

/**
 * Puts a claimed job back as pending until `dueAt` (quiet hours): not a failure, so the claim does
 * not count as an attempt. False when the claim was lost meanwhile.
 */
export async function postponeClaimedJob(db: DbOrTx, job: JobClaim, dueAt: Date): Promise<boolean> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`
      update job_runs set status = 'pending', due_at = ${dueAt.toISOString()}::timestamptz,
        lease_until = null, claimed_by = null, attempts = attempts - 1
      where id = ${job.id} and status = 'running' and attempts = ${job.attempts}
        and claimed_by is not distinct from ${job.claimedBy}
      returning id`),
  );
  return rows.length > 0;
}

export interface UnitWeek {
  unitId: number | null;
  /** The unit's working days of the week, `yyyy-MM-dd`. */
  workingDays: string[];
  paused: boolean;
}

/**
 * Closes a week for one zone: every active employee there without a check-in for the week gets
 * an outcome, `leave` when on leave on any of their unit's working days that week, `no-workday`
 * when the unit's week had none, else `missed`. Paused units record nothing, and neither does a
 * person without an active key result in a period overlapping the week: with nothing to report
 * they could not report, and the rekap reads a week nobody recorded before someone's first
 * record as unknown, not missed. Written once.
 */
export async function closeWeek(
  db: DbOrTx,
  input: {
    timeZone: string;
    weekKey: string;
    /** The week's Monday and Sunday, `yyyy-MM-dd`. */
    weekStart: string;
    weekEnd: string;
    units: readonly UnitWeek[];
    now: Date;
  },
): Promise<number> {
  const units = JSON.stringify(
    input.units.map((u) => ({ unit_id: u.unitId ?? 0, days: u.workingDays, paused: u.paused })),
  );
  const rows = rowsOf<{ employee_id: number }>(
    await db.execute(sql`
      with units as (
        select unit_id, days, paused from json_to_recordset(${units}::json)
          as u(unit_id int, days jsonb, paused boolean)
      )
      insert into week_outcomes (employee_id, iso_week, outcome, recorded_at)
      select e.id, ${input.weekKey},
        case
          when exists (
            select 1 from leave_periods l, jsonb_array_elements_text(u.days) d(day)
            where l.employee_id = e.id and d.day::date between l.starts_on and l.ends_on
          ) then 'leave'
          when jsonb_array_length(u.days) = 0 then 'no-workday'
          else 'missed'
        end,
        ${input.now.toISOString()}::timestamptz
      from employees e
      join units u on u.unit_id = coalesce(e.unit_id, 0)
      where e.active and e.time_zone = ${input.timeZone} and not u.paused
        and not exists (select 1 from checkins c where c.employee_id = e.id and c.iso_week = ${input.weekKey})
        and exists (
          select 1 from key_results k join performance_periods p on p.id = k.period_id
          where k.owner_id = e.id and k.active
            and p.starts_on <= ${input.weekEnd}::date and p.ends_on >= ${input.weekStart}::date
        )
      on conflict (employee_id, iso_week) do nothing
      returning employee_id`),
  );
  return rows.length;
}

export interface DirectReport {
  id: number;
  name: string;
  submitted: boolean;
  onLeave: boolean;
  /** No linked chat at all ("belum terhubung"). */
  unlinked: boolean;
  /** Linked, but every chat refused delivery ("tidak dapat dihubungi"). */
  unreachable: boolean;
}

/** A supervisor's active direct reports with this week's facts, in one query. */
export async function directReportsForDigest(
  db: DbOrTx,
  input: { supervisorId: number; weekKey: string; date: string },
): Promise<DirectReport[]> {
  const rows = rowsOf<{
    id: number;
    name: string;
    submitted: boolean;
    on_leave: boolean;
    linked: number;
    reachable: number;
  }>(
    await db.execute(sql`
      select e.id, e.name,
        exists (select 1 from checkins c where c.employee_id = e.id and c.iso_week = ${input.weekKey}) as submitted,
        exists (select 1 from leave_periods l where l.employee_id = e.id
                and l.starts_on <= ${input.date}::date and l.ends_on >= ${input.date}::date) as on_leave,
        (select count(*)::int from channel_identities i where i.employee_id = e.id) as linked,
        (select count(*)::int from channel_identities i
          where i.employee_id = e.id and i.unreachable_at is null) as reachable
      from employees e
      where e.supervisor_id = ${input.supervisorId} and e.active
      order by e.name, e.id`),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    submitted: r.submitted,
    onLeave: r.on_leave,
    unlinked: Number(r.linked) === 0,
    unreachable: Number(r.linked) > 0 && Number(r.reachable) === 0,
  }));
}
