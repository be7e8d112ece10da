/**
 * The indicators of a rekap: each person's key results of the SKP year (the year's
 * performance_periods row is their period), every value reported for them up to the end of the
 * rekap's period with its evidence count, and the umpan balik given on them within the period.
 * Three statements whatever the number of people; a week's check-in row is its latest revision
 * (a revision updates the row and replaces its kr_updates), so one row per week is read.
 */
import { sql } from 'drizzle-orm';
import type { Accumulation } from '../../core/capaian/period-target.js';
import type { IndicatorFacts, IndicatorReport } from '../../core/rekap/rekap-data.js';
import type { DbOrTx } from '../database.js';
import { type RekapScope, scopeMembers } from './rekap-scope.js';

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

const ACCUMULATIONS: readonly string[] = ['cumulative', 'latest', 'average'] satisfies Accumulation[];

export interface IndicatorWindow {
  /** A date the SKP year must cover (the period's Thursday for a week: its ISO year). */
  yearOn: string;
  /**
   * Reports from this ISO week (that of 1 January: the SKP year is the calendar year) up to and
   * including `lastWeek`.
   */
  yearFirstWeek: string;
  lastWeek: string;
  /** Feedback on check-ins of these weeks (the weeks the period touches). */
  feedbackFrom: string;
  feedbackTo: string;
}

/** The SKP year's period: the yearly row (no quarter) covering `yearOn`. */
const yearPeriod = (yearOn: string) => sql`(select p.id from performance_periods p
  where p.quarter is null and p.starts_on <= ${yearOn}::date and p.ends_on >= ${yearOn}::date
  order by p.starts_on desc limit 1)`;

interface IndicatorRow {
  id: number;
  owner_id: number;
  code: string;
  rhk: string;
  title: string;
  unit_label: string;
  direction: string;
  baseline: number;
  target: number;
  q1: number | null;
  q2: number | null;
  q3: number | null;
  q4: number | null;
  accumulation: string;
  result_kind: string;
  parent_id: number | null;
}

interface ReportRow {
  key_result_id: number;
  iso_week: string;
  date: string;
  value: number;
  confidence: number | null;
  evidence: number;
}

interface FeedbackRow {
  key_result_id: number;
  author_name: string;
  body: string;
  date: string;
}

const num = (value: unknown) => Number(value);
const numOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export async function loadIndicators(
  db: DbOrTx,
  scope: RekapScope,
  window: IndicatorWindow,
): Promise<IndicatorFacts[]> {
  const members = scopeMembers(scope);
  const people = scopeMembers(scope, sql`e.id, e.time_zone`);
  const year = yearPeriod(window.yearOn);
  const [indicatorRows, reportRows, feedbackRows] = await Promise.all([
    db.execute(sql`
      select k.id, k.owner_id, k.code, o.title as rhk, k.title, k.unit_label, k.direction,
        k.baseline::float8 as baseline, k.target::float8 as target,
        k.target_q_1::float8 as q1, k.target_q_2::float8 as q2,
        k.target_q_3::float8 as q3, k.target_q_4::float8 as q4,
        k.accumulation, k.result_kind, k.parent_id
      from key_results k join objectives o on o.id = k.objective_id
      where k.owner_id in (${members}) and k.period_id = ${year} and k.active
      order by k.owner_id, o.id, k.code`),
    // The scope's check-ins of the SKP year (index on employee and week), then each one's updates
    // through the index on (check-in, key result): a LATERAL read behind OFFSET 0, which the
    // planner cannot flatten into a hash join over every kr_updates row ever written (it chose
    // that for 1,000 people: 2.2 s instead of 0.3). Not joined to key_results: an update of an
    // indicator not listed (inactive, another year) is dropped below. Unordered: sorting a
    // subtree's million rows spilled to disk; each indicator's list is sorted below.
    db.execute(sql`
      select u.key_result_id, c.iso_week, (c.updated_at at time zone m.time_zone)::date as date,
        u.value, u.confidence, u.evidence
      from (${people}) m
      join checkins c on c.employee_id = m.id
      cross join lateral (
        select u.key_result_id, u.value::float8 as value, u.confidence,
          (select count(*)::int from evidence v where v.kr_update_id = u.id) as evidence
        from kr_updates u
        where u.checkin_id = c.id and not u.skipped and u.value is not null
        offset 0
      ) u
      where c.iso_week between ${window.yearFirstWeek} and ${window.lastWeek}`),
    db.execute(sql`
      select f.key_result_id, a.name as author_name, f.body,
        to_char(f.created_at at time zone e.time_zone, 'YYYY-MM-DD') as date
      from checkins c
      join employees e on e.id = c.employee_id
      join checkin_feedback f on f.checkin_id = c.id
      join employees a on a.id = f.author_id
      where c.employee_id in (${members}) and f.key_result_id is not null
        and c.iso_week between ${window.feedbackFrom} and ${window.feedbackTo}
      order by f.created_at, f.id`),
  ]);

  const reports = new Map<number, IndicatorReport[]>();
  for (const r of rowsOf<ReportRow>(reportRows)) {
    const list = reports.get(num(r.key_result_id)) ?? [];
    list.push({
      isoWeek: r.iso_week,
      date: r.date,
      value: num(r.value),
      confidence: numOrNull(r.confidence),
      evidenceCount: num(r.evidence),
    });
    reports.set(num(r.key_result_id), list);
  }
  for (const list of reports.values()) list.sort((a, b) => a.isoWeek.localeCompare(b.isoWeek));
  const feedback = new Map<number, IndicatorFacts['feedback'][number][]>();
  for (const f of rowsOf<FeedbackRow>(feedbackRows)) {
    const list = feedback.get(num(f.key_result_id)) ?? [];
    list.push({ authorName: f.author_name, body: f.body, date: f.date });
    feedback.set(num(f.key_result_id), list);
  }

  return rowsOf<IndicatorRow>(indicatorRows).map(
    (k): IndicatorFacts => ({
      employeeId: num(k.owner_id),
      keyResultId: num(k.id),
      code: k.code,
      rhk: k.rhk,
      title: k.title,
      unitLabel: k.unit_label,
      direction: k.direction === 'down' ? 'down' : 'up',
      baseline: num(k.baseline),
      target: num(k.target),
      quarterTargets: [numOrNull(k.q1), numOrNull(k.q2), numOrNull(k.q3), numOrNull(k.q4)],
      accumulation: ACCUMULATIONS.includes(k.accumulation) ? (k.accumulation as Accumulation) : 'latest',
      resultKind: k.result_kind === 'additional' ? 'additional' : 'main',
      parentId: numOrNull(k.parent_id),
      reports: reports.get(num(k.id)) ?? [],
      feedback: feedback.get(num(k.id)) ?? [],
    }),
  );
}
