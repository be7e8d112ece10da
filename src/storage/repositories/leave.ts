import { and, eq, gte, lte } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { leavePeriods } from '../schema.js';

export async function recordLeave(
  tx: DbOrTx,
  input: { employeeId: number; startsOn: string; endsOn: string; source: 'checkin' | 'import' },
): Promise<void> {
  await tx.insert(leavePeriods).values(input).onConflictDoNothing();
}

/** Whether the person is on leave on a date (`yyyy-MM-dd`): schedules skip them. */
export async function isOnLeave(db: DbOrTx, employeeId: number, date: string): Promise<boolean> {
  const rows = await db
    .select({ id: leavePeriods.id })
    .from(leavePeriods)
    .where(
      and(
        eq(leavePeriods.employeeId, employeeId),
        lte(leavePeriods.startsOn, date),
        gte(leavePeriods.endsOn, date),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
