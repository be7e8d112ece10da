import { sql } from 'drizzle-orm';
import { type Database, type Db, openDatabase } from '../../src/storage/database.js';
import type { QueryObserver } from '../../src/storage/transaction.js';
import { rowsOf } from './database.js';

/** Whether races between real connections can run (PGlite is one connection in one process). */
export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * Separate connection pools on the test database, as separate processes (replicas) would have.
 * PostgreSQL only; close them when done.
 */
export async function openPools(
  db: Db,
  count: number,
  options: { max?: number; onQuery?: QueryObserver } = {},
): Promise<Database[]> {
  const [row] = rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`));
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return Promise.all(
    Array.from({ length: count }, () =>
      openDatabase({
        url: url.toString(),
        migrate: false,
        max: options.max ?? 3,
        ...(options.onQuery ? { onQuery: options.onQuery } : {}),
      }),
    ),
  );
}
