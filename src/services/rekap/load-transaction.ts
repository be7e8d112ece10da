/**
 * The transaction a rekap reads in: its own on the pool (never an update's), REPEATABLE READ so
 * every statement sees one snapshot, READ ONLY, and without JIT compilation: a rekap's statements
 * are many short index reads, and compiling them cost more than it saved (2.3 s of a 15 s read
 * for a subtree of 10,000 on PostgreSQL 15, seen in `npm run bench:rekap`'s plans).
 *
 * The two settings are sent without waiting for their answers: on one connection statements run
 * in the order sent, so they still come first, and they travel with the rekap's first statement
 * instead of costing a round trip each.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../storage/database.js';

export function readOnlyTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const settings = Promise.all([
      tx.execute(sql`set transaction isolation level repeatable read, read only`),
      tx.execute(sql`set local jit = off`),
    ]);
    const [, result] = await Promise.all([settings, work(tx)]);
    return result;
  });
}
