/**
 * Reads for the 360° results: set-based, counted in SQL. Anonymous answers leave this module only
 * as counts per (category, value, indicator, score); participation only as counts per category
 * (feedback_assignments with status `submitted`); no row per rater is ever returned, except the
 * comment texts of one ratee, which go straight to the pure rules (src/core/feedback/results.ts)
 * that drop them below k. Who may look is decided by the caller; `appraiseesMatching` is the one
 * rule of who an appraiser may name.
 */
import { sql } from 'drizzle-orm';
import type {
  AnonymousCategory,
  AnonymousComment,
  AnswerCount,
  NamedRatingRow,
  RateeFeedback,
} from '../../core/feedback/results.js';
import type { DbOrTx } from '../database.js';
import { likeContaining } from '../like-pattern.js';

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

export interface ResultsCycle {
  id: number;
  periodCode: string;
  unitPath: string | null;
  status: 'open' | 'closed';
  closesOn: string;
  minRaters: number;
}

const CYCLE = sql`c.id, p.code as "periodCode", u.path as "unitPath", c.status, c.closes_on::text as "closesOn",
  c.min_raters as "minRaters"`;
const CYCLE_FROM = sql`feedback_cycles c join performance_periods p on p.id = c.period_id
  left join org_units u on u.id = c.unit_id`;

/**
 * The cycle that rated this person: of `periodCode`, or the newest one (by the period's end, then
 * the cycle); undefined when no cycle asked anyone about them.
 */
export async function rateeCycle(
  db: DbOrTx,
  rateeId: number,
  periodCode: string | null,
): Promise<ResultsCycle | undefined> {
  const period = periodCode === null ? sql`` : sql`and p.code = ${periodCode}`;
  const [row] = rowsOf<ResultsCycle>(
    await db.execute(sql`select ${CYCLE} from ${CYCLE_FROM}
      where exists (select 1 from feedback_assignments a where a.cycle_id = c.id and a.ratee_id = ${rateeId}) ${period}
      order by p.ends_on desc, c.id desc limit 1`),
  );
  return row;
}

/** Every cycle of a period (for the export), whatever its status. */
export async function cyclesOfPeriod(db: DbOrTx, periodCode: string): Promise<ResultsCycle[]> {
  return rowsOf<ResultsCycle>(
    await db.execute(sql`select ${CYCLE} from ${CYCLE_FROM} where p.code = ${periodCode} order by c.id`),
  );
}

/** Ratees of `page` (a JSON array of ids) as a SQL set. */
const rateeSet = (ids: readonly number[]) =>
  sql`select (x #>> '{}')::int from json_array_elements(${JSON.stringify(ids)}::json) x`;

interface SubmittedRow {
  rateeId: number;
  category: AnonymousCategory;
  n: number;
}

async function submittedCounts(
  db: DbOrTx,
  cycleId: number,
  ratees: readonly number[],
): Promise<SubmittedRow[]> {
  return rowsOf<SubmittedRow>(
    await db.execute(sql`select ratee_id as "rateeId", relation as category, count(*)::int as n
      from feedback_assignments
      where cycle_id = ${cycleId} and ratee_id in (${rateeSet(ratees)})
        and status = 'submitted' and relation in ('peer', 'subordinate')
      group by ratee_id, relation`),
  );
}

async function answerCounts(
  db: DbOrTx,
  cycleId: number,
  ratees: readonly number[],
): Promise<Array<AnswerCount & { rateeId: number }>> {
  return rowsOf<AnswerCount & { rateeId: number }>(
    await db.execute(sql`select ratee_id as "rateeId", category, value, indicator::int as indicator,
        score::int as score, count(*)::int as count
      from feedback_answers
      where cycle_id = ${cycleId} and ratee_id in (${rateeSet(ratees)})
      group by ratee_id, category, value, indicator, score`),
  );
}

/** Everything the results rules need for one ratee in one cycle: counts, comment texts, named ratings. */
export async function rateeFeedback(
  db: DbOrTx,
  cycle: ResultsCycle,
  rateeId: number,
): Promise<RateeFeedback> {
  const [submitted, answers, comments, named] = await Promise.all([
    submittedCounts(db, cycle.id, [rateeId]),
    answerCounts(db, cycle.id, [rateeId]),
    db.execute(sql`select category, value, body from feedback_comments
      where cycle_id = ${cycle.id} and ratee_id = ${rateeId}`),
    db.execute(sql`select r.relation, e.name as "raterName", r.value, r.rating, r.score::int as score, r.comment
      from feedback_named_ratings r join employees e on e.id = r.rater_id
      where r.cycle_id = ${cycle.id} and r.ratee_id = ${rateeId}
      order by r.relation, r.value`),
  ]);
  return {
    minRaters: cycle.minRaters,
    submitted: Object.fromEntries(submitted.map((s) => [s.category, s.n])),
    answers,
    comments: rowsOf<AnonymousComment>(comments),
    named: rowsOf<NamedRatingRow>(named),
  };
}

export interface ExportRatee {
  id: number;
  nip: string;
  name: string;
  unitPath: string | null;
  /** Counts only: no comments, no named ratings (the export holds the anonymous aggregates). */
  feedback: RateeFeedback;
}

/**
 * One page of a cycle's ratees (keyset on the ratee id, after `afterId`) with their counts: three
 * statements per page, whatever its size. Named ratings and comments are not read: the export
 * holds the aggregates only.
 */
export async function exportPage(
  db: DbOrTx,
  cycle: ResultsCycle,
  afterId: number,
  limit: number,
): Promise<ExportRatee[]> {
  const people = rowsOf<{ id: number; nip: string; name: string; unitPath: string | null }>(
    await db.execute(sql`select e.id, e.nip, e.name, u.path as "unitPath"
      from employees e left join org_units u on u.id = e.unit_id
      where e.id in (select distinct ratee_id from feedback_assignments where cycle_id = ${cycle.id} and ratee_id > ${afterId})
      order by e.id limit ${limit}`),
  );
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  const [submitted, answers] = await Promise.all([
    submittedCounts(db, cycle.id, ids),
    answerCounts(db, cycle.id, ids),
  ]);
  const byId = new Map<number, ExportRatee>(
    people.map((p) => [
      p.id,
      { ...p, feedback: { minRaters: cycle.minRaters, submitted: {}, answers: [], comments: [], named: [] } },
    ]),
  );
  for (const s of submitted) byId.get(s.rateeId)!.feedback.submitted[s.category] = s.n;
  for (const a of answers) (byId.get(a.rateeId)!.feedback.answers as AnswerCount[]).push(a);
  return [...byId.values()];
}

export interface PersonMatch {
  id: number;
  name: string;
  nip: string;
}

const NIP = /^\d{18}$/;
/**
 * Active people the viewer appraises (their named penilai, else their atasan: coalesce of
 * appraiser_id and supervisor_id) whose NIP is `query`, or whose name holds it (full-name matches
 * first). Only inside that set: anyone else reads exactly like a name nobody has.
 */
export async function appraiseesMatching(
  db: DbOrTx,
  viewerId: number,
  query: string,
): Promise<PersonMatch[]> {
  const wanted = query.trim().replace(/\s+/g, ' ');
  if (wanted === '') return [];
  const match = NIP.test(wanted)
    ? sql`e.nip = ${wanted}`
    : sql`e.name ilike ${likeContaining(wanted)} escape '\\'`;
  const rows = rowsOf<PersonMatch & { exact: boolean }>(
    await db.execute(sql`select e.id, e.name, e.nip, (e.nip = ${wanted} or lower(e.name) = lower(${wanted})) as exact
      from employees e
      where e.active and coalesce(e.appraiser_id, e.supervisor_id) = ${viewerId} and e.id <> ${viewerId} and ${match}
      order by exact desc, e.name, e.id limit 21`),
  );
  const exact = rows.filter((r) => r.exact);
  return (exact.length > 0 ? exact : rows).map(({ id, name, nip }) => ({ id: Number(id), name, nip }));
}
