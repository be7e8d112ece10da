import { sql } from 'drizzle-orm';
import type { Tx } from '../storage/database.js';

/**
 * Serialises imports: two HR admins loading files at once would otherwise validate against the same
 * snapshot and race on the same new units and codes. Released when the transaction ends.
 */
export async function lockImports(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('dika:import'))`);
}
