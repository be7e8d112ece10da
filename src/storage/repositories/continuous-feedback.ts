/**
 * Umpan balik berkelanjutan in storage: the giver's circle (who they may write to), the items,
 * the waiting list that holds anonymous items until they have cover, and the bundles. An
 * anonymous item is stored with no giver and no time; who waits for whom lives apart, in
 * continuous_feedback_waiting, and is deleted when the recipient's bundle goes out.
 *
 * A submission and a delivery for the same recipient take one advisory lock, so a delivery never
 * marks an item sent while leaving its waiting row behind (or the reverse).
 */
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { BerakhlakValue } from '../../core/feedback/berakhlak.js';
import type { BundleItem } from '../../core/feedback/continuous-bundle.js';
import type { Colleague, FeedbackKind, NamedRelation } from '../../core/feedback/continuous-flow.js';
import type { DbOrTx } from '../database.js';
import { likeContaining } from '../like-pattern.js';
import { continuousFeedback, continuousFeedbackWaiting, employees } from '../schema.js';

/** Row arrays from db.execute differ by driver (postgres.js: array; PGlite: { rows }). */
const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** First key of the advisory lock ("cfb"): the second is the recipient. */
const LOCK_SPACE = 0x636662;

export interface CircleColleague extends Colleague {
  timeZone: string;
}

/**
 * Active people in the giver's circle, never the giver: their own unit, its parent, its
 * siblings (same parent) and its children, their atasan and their bawahan langsung. `query`
 * filters by part of the name; `id` picks one person (a re-check at submission).
 */
async function circle(
  db: DbOrTx,
  input: { giverId: number; query?: string; id?: number; limit: number },
): Promise<CircleColleague[]> {
  const rows = rowsOf<{
    id: number;
    name: string;
    unit: string | null;
    time_zone: string;
    relation: NamedRelation;
  }>(
    await db.execute(sql`
      with me as (
        select e.id, e.unit_id, e.supervisor_id, u.parent_id
        from employees e left join org_units u on u.id = e.unit_id
        where e.id = ${input.giverId}
      ), near_units as (
        select unit_id as id from me where unit_id is not null
        union select parent_id from me where parent_id is not null
        union select u.id from org_units u join me on u.parent_id = me.parent_id
        union select u.id from org_units u join me on u.parent_id = me.unit_id
      ), near as (
        select e.id from employees e where e.unit_id in (select id from near_units)
        union select supervisor_id from me where supervisor_id is not null
        union select e.id from employees e where e.supervisor_id = ${input.giverId}
      )
      select e.id, e.name, u.name as unit, e.time_zone,
        case
          when e.appraiser_id = ${input.giverId} then 'appraiser'
          when e.supervisor_id = ${input.giverId} then 'supervisor'
        end as relation
      from near n
      join employees e on e.id = n.id
      left join org_units u on u.id = e.unit_id
      where e.active and e.id <> ${input.giverId}
        ${input.query === undefined ? sql`` : sql`and e.name ilike ${likeContaining(input.query)}`}
        ${input.id === undefined ? sql`` : sql`and e.id = ${input.id}`}
      order by e.name, e.id
      limit ${input.limit}`),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    unit: r.unit,
    relation: r.relation ?? null,
    timeZone: r.time_zone,
  }));
}

/** People in the giver's circle whose name contains `query` (case-insensitive), by name. */
export function searchCircle(
  db: DbOrTx,
  input: { giverId: number; query: string; limit: number },
): Promise<CircleColleague[]> {
  return circle(db, input);
}

/** The recipient as the giver may reach them now; undefined when out of the circle or inactive. */
export async function colleagueInCircle(
  db: DbOrTx,
  giverId: number,
  recipientId: number,
): Promise<CircleColleague | undefined> {
  const [found] = await circle(db, { giverId, id: recipientId, limit: 1 });
  return found;
}

const lockRecipient = (tx: DbOrTx, recipientId: number) =>
  tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SPACE}::int, ${recipientId}::int)`);

/**
 * Stores one item. Named: with its giver. Anonymous: without giver, and (recipient, giver) joins
 * the waiting list with the recipient's earliest waiting date (`today` when none waits), the same
 * on every row of that recipient. Call inside the submission's transaction.
 */
export async function insertContinuousFeedback(
  tx: DbOrTx,
  input: {
    recipientId: number;
    giverId: number;
    named: boolean;
    kind: FeedbackKind;
    values: readonly BerakhlakValue[];
    body: string;
    /** The recipient's local date. */
    today: string;
  },
): Promise<void> {
  await lockRecipient(tx, input.recipientId);
  await tx.insert(continuousFeedback).values({
    recipientId: input.recipientId,
    giverId: input.named ? input.giverId : null,
    kind: input.kind,
    values: [...input.values],
    body: input.body,
  });
  if (input.named) return;
  await tx.execute(sql`
    insert into continuous_feedback_waiting (recipient_id, giver_id, since)
    select ${input.recipientId}, ${input.giverId},
      coalesce(
        (select min(since) from continuous_feedback_waiting where recipient_id = ${input.recipientId}),
        ${input.today}::date)
    on conflict (recipient_id, giver_id) do nothing`);
}

/**
 * Queues one delivery job per recipient in `zone` whose bundle is due on `today`: a named item
 * waits, or anonymous ones from at least `minGivers` givers, or the oldest since `cutoff` or
 * earlier. One statement, whatever the number of recipients; only people reachable on a chat.
 */
export async function insertDueBundleJobs(
  tx: DbOrTx,
  input: { job: string; zone: string; today: string; cutoff: string; minGivers: number; dueAt: Date },
): Promise<number> {
  const [row] = rowsOf<{ count: number | string }>(
    await tx.execute(sql`
      with due as (
        select recipient_id from continuous_feedback where batch_on is null and giver_id is not null
        union
        select recipient_id from continuous_feedback_waiting group by recipient_id
        having count(*) >= ${input.minGivers} or min(since) <= ${input.cutoff}::date
      ), queued as (
        insert into job_runs (job, period_key, subject, due_at, status)
        select ${input.job}, ${input.today}, r.id::text, ${input.dueAt.toISOString()}::timestamptz, 'pending'
        from employees r
        where r.id in (select recipient_id from due)
          and r.active and r.time_zone = ${input.zone}
          and exists (
            select 1 from channel_identities c
            where c.employee_id = r.id and c.chat_id is not null and c.unreachable_at is null)
        on conflict (job, period_key, subject) do nothing
        returning 1
      )
      select count(*) as count from queued`),
  );
  return Number(row?.count ?? 0);
}

/** Who waits for a recipient: distinct anonymous givers and the earliest waiting date. */
export async function waitingOf(
  tx: DbOrTx,
  recipientId: number,
): Promise<{ givers: number; since: string | null }> {
  const [row] = await tx
    .select({
      givers: sql<number>`count(*)::int`,
      since: sql<string | null>`min(${continuousFeedbackWaiting.since})::text`,
    })
    .from(continuousFeedbackWaiting)
    .where(eq(continuousFeedbackWaiting.recipientId, recipientId));
  return { givers: Number(row?.givers ?? 0), since: row?.since ?? null };
}

/**
 * Marks a recipient's waiting items as sent on `today` and returns them: the named ones always,
 * the anonymous ones when `withAnonymous` (then the recipient's waiting rows go too). Locks
 * against submissions first, then reads the waiting list through `decide`.
 */
export async function takeBundle(
  tx: DbOrTx,
  input: {
    recipientId: number;
    today: string;
    decide: (waiting: { givers: number; since: string | null }) => boolean;
  },
): Promise<BundleItem[]> {
  await lockRecipient(tx, input.recipientId);
  const withAnonymous = input.decide(await waitingOf(tx, input.recipientId));
  const taken = await tx
    .update(continuousFeedback)
    .set({ batchOn: input.today })
    .where(
      and(
        eq(continuousFeedback.recipientId, input.recipientId),
        isNull(continuousFeedback.batchOn),
        withAnonymous ? undefined : isNotNull(continuousFeedback.giverId),
      ),
    )
    .returning({
      kind: continuousFeedback.kind,
      values: continuousFeedback.values,
      body: continuousFeedback.body,
      giverId: continuousFeedback.giverId,
    });
  if (withAnonymous)
    await tx
      .delete(continuousFeedbackWaiting)
      .where(eq(continuousFeedbackWaiting.recipientId, input.recipientId));
  const giverIds = [...new Set(taken.flatMap((t) => (t.giverId === null ? [] : [t.giverId])))];
  const names = new Map(
    giverIds.length === 0
      ? []
      : (
          await tx
            .select({ id: employees.id, name: employees.name })
            .from(employees)
            .where(inArray(employees.id, giverIds))
        ).map((e) => [e.id, e.name] as const),
  );
  return taken.map((t) => ({
    kind: t.kind as FeedbackKind,
    values: t.values as BerakhlakValue[],
    body: t.body,
    giverName: t.giverId === null ? null : (names.get(t.giverId) ?? null),
  }));
}
