import { and, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { leavePeriods } from '../schema.js';

export async function recordLeave(
  tx: DbOrTx,
  input: { employeeId: number; startsOn: string; endsOn: string; source: 'checkin' | 'import' },
): Promise<void> {
  await tx.insert(leavePeriods).values(input).onConflictDoNothing();
}

export type LeaveSource = 'checkin' | 'command' | 'import';

/** Records a leave period; false when the same period was already recorded (by any source). */
export async function recordLeavePeriod(
  tx: DbOrTx,
  input: { employeeId: number; startsOn: string; endsOn: string; source: LeaveSource; kind?: string | null },
): Promise<boolean> {
  const rows = await tx
    .insert(leavePeriods)
    .values(input)
    .onConflictDoNothing()
    .returning({ id: leavePeriods.id });
  return rows.length > 0;
}

/**
 * `/cuti batal`: the person's own leave (source `command`) from `today` on is withdrawn: leave
 * not yet begun is deleted, leave under way ends yesterday. Leave from HR's file or the check-in
 * stays. Returns how many periods changed.
 */
export async function cancelCommandLeave(tx: DbOrTx, employeeId: number, today: string, yesterday: string) {
  const mine = and(eq(leavePeriods.employeeId, employeeId), eq(leavePeriods.source, 'command'));
  const deleted = await tx
    .delete(leavePeriods)
    .where(and(mine, gte(leavePeriods.startsOn, today)))
    .returning({ id: leavePeriods.id });
  const shortened = await tx
    .update(leavePeriods)
    .set({ endsOn: yesterday })
    .where(and(mine, lt(leavePeriods.startsOn, today), gte(leavePeriods.endsOn, today)))
    .returning({ id: leavePeriods.id });
  return deleted.length + shortened.length;
}

/** Ids per statement in the batched reads: one JSON parameter each, so never near the bind limit. */
const IDS_PER_STATEMENT = 10_000;

/**
 * Leave of many people over a date range, for the scheduler (a week's plan, the week's close):
 * one statement per 10,000 people, never one per person. Only periods overlapping [from, to].
 */
export async function leaveBetween(
  db: DbOrTx,
  employeeIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, Array<{ startsOn: string; endsOn: string }>>> {
  const byEmployee = new Map<number, Array<{ startsOn: string; endsOn: string }>>();
  for (let start = 0; start < employeeIds.length; start += IDS_PER_STATEMENT) {
    const ids = JSON.stringify(employeeIds.slice(start, start + IDS_PER_STATEMENT));
    const rows = await db
      .select({
        employeeId: leavePeriods.employeeId,
        startsOn: leavePeriods.startsOn,
        endsOn: leavePeriods.endsOn,
      })
      .from(leavePeriods)
      .where(
        and(
          sql`${leavePeriods.employeeId} in (select (json_array_elements_text(${ids}::json))::int)`,
          lte(leavePeriods.startsOn, to),
          gte(leavePeriods.endsOn, from),
        ),
      );
    for (const row of rows) {
      const list = byEmployee.get(row.employeeId) ?? [];
      list.push({ startsOn: row.startsOn, endsOn: row.endsOn });
      byEmployee.set(row.employeeId, list);
    }
  }
  return byEmployee;
}

/** Who of `employeeIds` is on leave on `date` (`yyyy-MM-dd`), batched like leaveBetween. */
export async function onLeaveOn(
  db: DbOrTx,
  employeeIds: readonly number[],
  date: string,
): Promise<Set<number>> {
  return new Set((await leaveBetween(db, employeeIds, date, date)).keys());
}

/** A person's leave that has not ended yet, for `/cuti` to show what is recorded. */
export async function upcomingLeave(db: DbOrTx, employeeId: number, today: string) {
  return db
    .select({ startsOn: leavePeriods.startsOn, endsOn: leavePeriods.endsOn, source: leavePeriods.source })
    .from(leavePeriods)
    .where(and(eq(leavePeriods.employeeId, employeeId), gte(leavePeriods.endsOn, today)))
    .orderBy(leavePeriods.startsOn);
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
