/** Units as the rekap's drill-down buttons need them: by id, and the subtree under a path. */
import { eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { likeSubtree } from '../like-pattern.js';
import { orgUnits } from '../schema.js';

export async function unitPathById(db: DbOrTx, unitId: number): Promise<string | undefined> {
  const [row] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, unitId));
  return row?.path;
}

/** The unit at `path` and every unit below it (served by org_units_path_prefix_idx). */
export async function unitsUnder(db: DbOrTx, path: string): Promise<Array<{ unitId: number; path: string }>> {
  return db
    .select({ unitId: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(or(eq(orgUnits.path, path), sql`${orgUnits.path} like ${likeSubtree(path)}`));
}

/** Paths of the units an employee heads (org_units.head_id), shortest first. */
export async function unitsHeadedBy(db: DbOrTx, employeeId: number): Promise<string[]> {
  const rows = await db
    .select({ path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.headId, employeeId))
    .orderBy(orgUnits.path);
  return rows.map((r) => r.path);
}
