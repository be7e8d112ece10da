/**
 * What the database holds and has written, per table: live row counts (exact) and the
 * statistics collector's inserted/updated/deleted tuple counters (pg_stat_user_tables), which
 * also see rows that came and went within the phase (the open dialog's conversations row).
 */
import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
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
 * Each PostgreSQL backend publishes its table statistics when it goes idle, at most once a second,
 * else after 10 s of idling. So every connection of the pool (`$client`, postgres.js) is reserved
 * at once and asked to flush at its next idle moment (pg_stat_force_next_flush, PostgreSQL 15+),
 * which is right after that statement. PGlite is one backend: a forced flush is enough. Without
 * the function (PostgreSQL < 15) the server is left idle for 10.5 s instead.
 */
export async function readCounters(database: Database, poolSize = 4): Promise<Counters> {
  const db = database.db;
  if (database.backend === 'postgres') {
    const pool = (db as unknown as { $client: postgres.Sql }).$client;
    const reserved = await Promise.all(Array.from({ length: poolSize }, () => pool.reserve()));
    try {
      await Promise.all(reserved.map((connection) => connection`select pg_stat_force_next_flush()`));
    } catch {
      await sleep(10_500);
    } finally {
      for (const connection of reserved) connection.release();
    }
  } else {
    await db.execute(sql`select pg_stat_force_next_flush()`);
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
