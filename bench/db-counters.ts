/**
 * What the database holds and has written, per table: live row counts (exact) and the
 * statistics collector's inserted/updated/deleted tuple counters (pg_stat_user_tables), which
 * also see rows that came and went within the phase (the open dialog's conversations row).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../src/storage/database.js';
import { rowsOf } from '../test/support/database.js';

export interface TableCounters {
  rows: number;
  inserted: number;
  updated: number;
  deleted: number;
}
export type Counters = Record<string, TableCounters>;

const sleep = (msec: number) => new Promise((resolve) => setTimeout(resolve, msec));

/**
 * PostgreSQL backends publish their table statistics at most once a second and, when idle,
 * within 10 s; so the server is left idle for 10.5 s first. PGlite is one backend: a forced
 * flush is enough.
 */
export async function readCounters(database: Database): Promise<Counters> {
  const db = database.db;
  if (database.backend === 'postgres') await sleep(10_500);
  try {
    await db.execute(sql`select pg_stat_force_next_flush()`);
  } catch {
    // PostgreSQL < 15 has no such function; the wait above has to do.
  }
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    ),
  ).map((t) => t.name);
  const counts = rowsOf<{ name: string; n: number | string }>(
    await db.execute(
      sql.raw(tables.map((t) => `select '${t}' as name, count(*) as n from "${t}"`).join(' union all ')),
    ),
  );
  const stats = rowsOf<{ name: string; ins: number | string; upd: number | string; del: number | string }>(
    await db.execute(
      sql`select relname as name, n_tup_ins as ins, n_tup_upd as upd, n_tup_del as del
          from pg_stat_user_tables where schemaname = 'public'`,
    ),
  );
  const result: Counters = {};
  for (const name of tables) {
    const stat = stats.find((s) => s.name === name);
    result[name] = {
      rows: Number(counts.find((c) => c.name === name)?.n ?? 0),
      inserted: Number(stat?.ins ?? 0),
      updated: Number(stat?.upd ?? 0),
      deleted: Number(stat?.del ?? 0),
    };
  }
  return result;
}

/** (after − before) / people, for the tables that changed. */
export function perCheckin(before: Counters, after: Counters, people: number): Counters {
  const result: Counters = {};
  for (const [name, a] of Object.entries(after)) {
    const b = before[name] ?? { rows: 0, inserted: 0, updated: 0, deleted: 0 };
    const d = {
      rows: (a.rows - b.rows) / people,
      inserted: (a.inserted - b.inserted) / people,
      updated: (a.updated - b.updated) / people,
      deleted: (a.deleted - b.deleted) / people,
    };
    if (d.rows || d.inserted || d.updated || d.deleted) result[name] = d;
  }
  return result;
}
