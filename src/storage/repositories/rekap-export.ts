/**
 * The rows the HR export adds to a rekap's facts (rekap.ts): the dialog-kinerja records held in
 * the period and the evaluations of the period, each with the names of who recorded or rated.
 * One statement each for the whole scope, its people chosen by the scope's subquery
 * (rekap-scope.ts), never by a list of ids.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { type RekapScope, scopeMembers } from './rekap-scope.js';

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** Whole dates, inclusive, `yyyy-MM-dd`. */
export interface DateRange {
  start: string;
  end: string;
}

/** A dialog kinerja marked held (dialog_requests, status `held`). */
export interface HeldDialogRecord {
  employeeId: number;
  /** The day it was recorded as held, in the employee's zone. */
  heldOn: string;
  /** Who recorded it (the atasan or the penilai); null for a record from before that was kept. */
  heldByName: string | null;
  agreement: string | null;
  followUp: string | null;
  nextReviewOn: string | null;
}

/** An evaluation (performance_evaluations) with its appraiser. Ratings and predikat as stored. */
export interface EvaluationRecord {
  employeeId: number;
  /** performance_periods.code: `2026-Q4`, or `2026` for the annual evaluation. */
  periodCode: string;
  appraiserName: string;
  appraiserNip: string;
  resultRating: string | null;
  behaviourRating: string | null;
  predikat: string | null;
  /** Last change, in the appraiser's zone. */
  updatedOn: string;
}

/**
 * Dialogs held within `range` (by the employee's local date) by the people of `scope`, oldest
 * first. dialog_requests has no index on its employee: held requests are few (a handful per person
 * a year), so the join from the scope's people is cheaper than one more index on every write.
 */
export async function heldDialogRecords(
  db: DbOrTx,
  scope: RekapScope,
  range: DateRange,
): Promise<HeldDialogRecord[]> {
  const rows = rowsOf<{
    employee_id: number;
    held_on: string;
    held_by_name: string | null;
    agreement: string | null;
    follow_up: string | null;
    next_review_on: string | null;
  }>(
    await db.execute(sql`
      select d.employee_id, (d.closed_at at time zone e.time_zone)::date::text as held_on,
        h.name as held_by_name, d.agreement, d.follow_up, d.next_review_on::text as next_review_on
      from dialog_requests d
      join employees e on e.id = d.employee_id
      left join employees h on h.id = d.held_by
      where d.employee_id in (${scopeMembers(scope)}) and d.status = 'held'
        and (d.closed_at at time zone e.time_zone)::date between ${range.start}::date and ${range.end}::date
      order by d.closed_at, d.id`),
  );
  return rows.map((r) => ({
    employeeId: Number(r.employee_id),
    heldOn: r.held_on,
    heldByName: r.held_by_name,
    agreement: r.agreement,
    followUp: r.follow_up,
    nextReviewOn: r.next_review_on,
  }));
}

/**
 * Evaluations of the people of `scope` for the evaluation periods that end within `range`: a
 * quarter's export holds that quarter's evaluation, and the fourth quarter's also the year's.
 */
export async function evaluationRecords(
  db: DbOrTx,
  scope: RekapScope,
  range: DateRange,
): Promise<EvaluationRecord[]> {
  const rows = rowsOf<{
    employee_id: number;
    period_code: string;
    appraiser_name: string;
    appraiser_nip: string;
    result_rating: string | null;
    behaviour_rating: string | null;
    predikat: string | null;
    updated_on: string;
  }>(
    await db.execute(sql`
      select v.employee_id, p.code as period_code, a.name as appraiser_name, a.nip as appraiser_nip,
        v.result_rating, v.behaviour_rating, v.predikat,
        (v.updated_at at time zone a.time_zone)::date::text as updated_on
      from performance_evaluations v
      join performance_periods p on p.id = v.period_id
      join employees a on a.id = v.appraiser_id
      where v.employee_id in (${scopeMembers(scope)})
        and p.ends_on between ${range.start}::date and ${range.end}::date
      order by p.ends_on, p.starts_on desc, v.employee_id`),
  );
  return rows.map((r) => ({
    employeeId: Number(r.employee_id),
    periodCode: r.period_code,
    appraiserName: r.appraiser_name,
    appraiserNip: r.appraiser_nip,
    resultRating: r.result_rating,
    behaviourRating: r.behaviour_rating,
    predikat: r.predikat,
    updatedOn: r.updated_on,
  }));
}

/** The unit an admin names with `--unit`, written as stored; undefined when there is none. */
export async function unitPathOf(db: DbOrTx, path: string): Promise<string | undefined> {
  const [row] = rowsOf<{ path: string }>(
    await db.execute(sql`select path from org_units where path = ${path}`),
  );
  return row?.path;
}
