/**
 * What raters answered. Anonymous submissions (peers, subordinates) wait in feedback_pending as
 * one row each, with no rater and no time, and are written out to feedback_answers and
 * feedback_comments in shuffled batches once `minRaters` of one ratee's category wait (or at the
 * cycle's close): the order rows land in says nothing of the order people finished. Named
 * ratings (appraiser, self) go straight to feedback_named_ratings. Nothing here logs.
 */
import { randomInt } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { BerakhlakValue, ExpectationRating } from '../../core/feedback/berakhlak.js';
import type { DbOrTx } from '../database.js';

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** Rows per INSERT (one JSON parameter) and ratees per flushed page. */
const BATCH = 10_000;
const RATEES_PER_PAGE = 500;

export type AnonymousCategory = 'peer' | 'subordinate';

/** The body of a pending row: answers as [value, indicator, score|null], comments as [value|null, text]. */
export interface PendingBody {
  answers: Array<[string, number, number | null]>;
  comments: Array<[string | null, string]>;
}

export async function insertPending(
  tx: DbOrTx,
  input: { cycleId: number; rateeId: number; category: AnonymousCategory; body: PendingBody },
): Promise<void> {
  await tx.execute(sql`insert into feedback_pending (cycle_id, ratee_id, category, body)
    values (${input.cycleId}, ${input.rateeId}, ${input.category}, ${JSON.stringify(input.body)})`);
}

export interface NamedRating {
  value: BerakhlakValue | 'overall';
  rating: ExpectationRating | null;
  score: number | null;
  comment: string | null;
}

/**
 * One row per value. The overall comment has no value of its own in the schema: it is stored
 * under value `overall` (rating and score null).
 */
export async function insertNamedRatings(
  tx: DbOrTx,
  input: {
    cycleId: number;
    rateeId: number;
    raterId: number;
    relation: 'appraiser' | 'self';
    ratings: readonly NamedRating[];
    now: Date;
  },
): Promise<void> {
  if (input.ratings.length === 0) return;
  const json = JSON.stringify(input.ratings.map((r) => [r.value, r.rating, r.score, r.comment]));
  await tx.execute(sql`
    insert into feedback_named_ratings (cycle_id, ratee_id, rater_id, relation, value, rating, score, comment, created_at)
    select ${input.cycleId}, ${input.rateeId}, ${input.raterId}, ${input.relation}, r->>0, r->>1, (r->>2)::smallint, r->>3,
      ${input.now.toISOString()}
    from json_array_elements(${json}::json) r`);
}

/** Fisher–Yates with the operating system's randomness: no seed anyone could replay. */
export function shuffleInPlace<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

async function insertJson(tx: DbOrTx, rows: unknown[][], insert: (json: string) => SQL) {
  for (let from = 0; from < rows.length; from += BATCH)
    await tx.execute(insert(JSON.stringify(rows.slice(from, from + BATCH))));
}

interface AnswerRow {
  rateeId: number;
  category: string;
  value: string;
  indicator: number;
  score: number | null;
}

interface CommentRow {
  rateeId: number;
  category: string;
  value: string | null;
  body: string;
}

interface PendingRow {
  id: string;
  rateeId: number;
  category: AnonymousCategory;
  body: string;
}

/**
 * Moves pending submissions into feedback_answers and feedback_comments, shuffled, and deletes
 * them. Without `force` only groups (ratee × category) with at least the cycle's `minRaters`
 * pending move; with `force` (the cycle's close) all do. Returns how many submissions moved.
 */
export async function flushPending(
  tx: DbOrTx,
  cycleId: number,
  options: { rateeId?: number; force: boolean },
): Promise<number> {
  const ratee = options.rateeId === undefined ? sql`` : sql`and p.ratee_id = ${options.rateeId}`;
  const due = options.force
    ? sql``
    : sql`having count(*) >= (select min_raters from feedback_cycles where id = ${cycleId})`;
  const groups = rowsOf<{ rateeId: number; category: AnonymousCategory }>(
    await tx.execute(sql`select p.ratee_id as "rateeId", p.category from feedback_pending p
      where p.cycle_id = ${cycleId} ${ratee} group by p.ratee_id, p.category ${due} order by 1, 2`),
  );
  let moved = 0;
  for (let from = 0; from < groups.length; from += RATEES_PER_PAGE) {
    const page = JSON.stringify(
      groups.slice(from, from + RATEES_PER_PAGE).map((g) => [g.rateeId, g.category]),
    );
    const pending = rowsOf<PendingRow>(
      await tx.execute(sql`
        select p.id, p.ratee_id as "rateeId", p.category, p.body from feedback_pending p
        join json_array_elements(${page}::json) g on (g->>0)::int = p.ratee_id and g->>1 = p.category
        where p.cycle_id = ${cycleId}
        for update of p`),
    );
    if (pending.length === 0) continue;
    const answers: unknown[][] = [];
    const comments: unknown[][] = [];
    // At the close a group's last batch may be smaller than k, and rows written later sit
    // physically after earlier ones: that batch would point at the last to finish. So the close
    // rewrites each group it flushes whole, earlier batches included, in one shuffled batch.
    if (options.force) {
      for (const r of rowsOf<AnswerRow>(
        await tx.execute(sql`delete from feedback_answers a using json_array_elements(${page}::json) g
          where a.cycle_id = ${cycleId} and a.ratee_id = (g->>0)::int and a.category = g->>1
          returning a.ratee_id as "rateeId", a.category, a.value, a.indicator, a.score`),
      ))
        answers.push([r.rateeId, r.category, r.value, r.indicator, r.score]);
      for (const r of rowsOf<CommentRow>(
        await tx.execute(sql`delete from feedback_comments c using json_array_elements(${page}::json) g
          where c.cycle_id = ${cycleId} and c.ratee_id = (g->>0)::int and c.category = g->>1
          returning c.ratee_id as "rateeId", c.category, c.value, c.body`),
      ))
        comments.push([r.rateeId, r.category, r.value, r.body]);
    }
    for (const row of pending) {
      const body = JSON.parse(row.body) as PendingBody;
      for (const [value, indicator, score] of body.answers)
        answers.push([row.rateeId, row.category, value, indicator, score]);
      for (const [value, text] of body.comments) comments.push([row.rateeId, row.category, value, text]);
    }
    // Rows are inserted in the array's order: shuffled, their physical order is noise.
    await insertJson(
      tx,
      shuffleInPlace(answers),
      (json) => sql`insert into feedback_answers (cycle_id, ratee_id, category, value, indicator, score)
        select ${cycleId}, (r->>0)::int, r->>1, r->>2, (r->>3)::smallint, (r->>4)::smallint
        from json_array_elements(${json}::json) r`,
    );
    await insertJson(
      tx,
      shuffleInPlace(comments),
      (json) => sql`insert into feedback_comments (cycle_id, ratee_id, category, value, body)
        select ${cycleId}, (r->>0)::int, r->>1, r->>2, r->>3 from json_array_elements(${json}::json) r`,
    );
    const ids = JSON.stringify(pending.map((p) => p.id));
    await tx.execute(sql`delete from feedback_pending
      where id in (select (x #>> '{}')::uuid from json_array_elements(${ids}::json) x)`);
    moved += pending.length;
  }
  return moved;
}
