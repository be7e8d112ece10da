/**
 * The baseline of `npm run bench:rekap`: ONE plain SELECT of exactly the rows a rekap reads, each
 * table by its primary or foreign key index with the people's and indicators' ids known beforehand
 * (read once, outside the timing): no scope subquery, no per-row count, no dates formatted, no
 * JSON. A UNION ALL of one branch per table in a common shape, so it stays one statement.
 */
import { sql } from 'drizzle-orm';
import { isoWeekOfDate } from '../src/core/calendar/calendar-dates.js';
import type { RekapPeriod } from '../src/core/rekap/rekap-data.js';
import { readOnlyTransaction } from '../src/services/rekap/load-transaction.js';
import type { Db } from '../src/storage/database.js';
import { type RekapScope, scopeMembers } from '../src/storage/repositories/rekap-scope.js';
import { TODAY } from './rekap-seed.js';

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

export interface Baseline {
  run: () => Promise<unknown>;
  rows: number;
}

const intArray = (ids: readonly number[]) => `{${ids.join(',')}}`;

export async function baselineFor(db: Db, scope: RekapScope, period: RekapPeriod): Promise<Baseline> {
  const people = rowsOf<{ id: number }>(await db.execute(scopeMembers(scope))).map((r) => Number(r.id));
  const [year] = rowsOf<{ id: number }>(
    await db.execute(sql`select id from performance_periods where code = '2026'`),
  );
  const krs = rowsOf<{ id: number }>(
    await db.execute(
      sql`select id from key_results where owner_id = any(${intArray(people)}::int[]) and period_id = ${year!.id} and active`,
    ),
  ).map((r) => Number(r.id));
  const first = isoWeekOfDate(period.start);
  const last = isoWeekOfDate(period.end);
  const judged = isoWeekOfDate([period.end, TODAY].sort()[0]!);
  const ids = intArray(people);
  const query = sql`
    select 1 as t, e.id as a, e.name as b, null::float8 as v from employees e where e.id = any(${ids}::int[])
    union all select 2, i.employee_id, i.platform, null from channel_identities i where i.employee_id = any(${ids}::int[])
    union all select 3, c.employee_id, c.support_needed, null from checkins c
      where c.employee_id = any(${ids}::int[]) and c.iso_week between ${first.key} and ${last.key}
    union all select 4, b.checkin_id, b.text, null from checkins c join blockers b on b.checkin_id = c.id
      where c.employee_id = any(${ids}::int[]) and c.iso_week between ${first.key} and ${last.key}
    union all select 5, o.employee_id, o.outcome, null from week_outcomes o
      where o.employee_id = any(${ids}::int[]) and o.iso_week between ${first.key} and ${judged.key}
    union all select 6, l.employee_id, null, null from leave_periods l
      where l.employee_id = any(${ids}::int[]) and l.starts_on <= ${judged.end}::date and l.ends_on >= ${first.start}::date
    union all select 7, d.employee_id, null, null from dialog_requests d
      where d.employee_id = any(${ids}::int[]) and d.status = 'open'
    union all select 8, o.id, o.title, null from objectives o where o.owner_id = any(${ids}::int[])
    union all select 9, k.id, k.title, k.target::float8 from key_results k where k.id = any(${intArray(krs)}::int[])
    union all select 10, u.key_result_id, c.iso_week, u.value::float8 from checkins c join kr_updates u on u.checkin_id = c.id
      where c.employee_id = any(${ids}::int[]) and c.iso_week between '2026-W01' and ${last.key}
        and u.key_result_id = any(${intArray(krs)}::int[])
    union all select 11, v.kr_update_id, null, null from checkins c join kr_updates u on u.checkin_id = c.id
      join evidence v on v.kr_update_id = u.id
      where c.employee_id = any(${ids}::int[]) and c.iso_week between '2026-W01' and ${last.key}
        and u.key_result_id = any(${intArray(krs)}::int[])
    union all select 12, f.key_result_id, f.body, null from checkins c join checkin_feedback f on f.checkin_id = c.id
      where c.employee_id = any(${ids}::int[]) and c.iso_week between ${first.key} and ${last.key}
    union all select 13, u.id, u.path, null from org_units u
    union all select 14, d.id, d.name, null from calendar_days d
    union all select 15, s.unit_id, null, null from unit_schedules s`;
  // In the same kind of transaction as the rekap's own (no JIT), and serial: under load (2 shared
  // cores) a parallel plan's worker start-up cost more than the whole read of a team.
  const run = () =>
    readOnlyTransaction(db, async (tx) => {
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      return tx.execute(query);
    });
  return { run, rows: rowsOf(await run()).length };
}

/** EXPLAIN of each statement (with its parameters), and the tables any of them scans sequentially. */
export async function planOf(
  db: Db,
  statements: ReadonlyArray<{ query: string; params: unknown[] }>,
): Promise<{ seqScans: string[]; plan: string[] }> {
  const client = (db as unknown as { $client: { unsafe: (q: string, p: unknown[]) => Promise<unknown> } })
    .$client;
  const plan: string[] = [];
  for (const { query, params } of statements) {
    const rows = rowsOf<Record<string, string>>(await client.unsafe(`explain ${query}`, params as never));
    plan.push(`-- ${query.replace(/\s+/g, ' ').slice(0, 90)}…`, ...rows.map((r) => Object.values(r)[0]!));
  }
  const seqScans = [
    ...new Set(plan.flatMap((line) => [...line.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!))),
  ];
  return { seqScans, plan };
}
