import { and, asc, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { KrSnapshot } from '../../core/checkin/key-result.js';
import type { DbOrTx } from '../database.js';
import { checkins, keyResults, krUpdates, objectives, performancePeriods } from '../schema.js';

/**
 * The person's active key results whose period covers `today` (their local date), each with the
 * latest realisation reported before `beforeWeek`, in a stable order (objective, then code).
 */
export async function activeKeyResults(
  db: DbOrTx,
  employeeId: number,
  today: string,
  beforeWeek: string,
): Promise<KrSnapshot[]> {
  const rows = await db
    .select({
      id: keyResults.id,
      code: keyResults.code,
      title: keyResults.title,
      objective: objectives.title,
      unitLabel: keyResults.unitLabel,
      baseline: keyResults.baseline,
      target: keyResults.target,
      direction: keyResults.direction,
    })
    .from(keyResults)
    .innerJoin(objectives, eq(objectives.id, keyResults.objectiveId))
    .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
    .where(
      and(
        eq(keyResults.ownerId, employeeId),
        eq(keyResults.active, true),
        lte(performancePeriods.startsOn, today),
        gte(performancePeriods.endsOn, today),
      ),
    )
    .orderBy(asc(objectives.id), asc(keyResults.code));
  if (rows.length === 0) return [];

  // One query for all latest values (DISTINCT ON), not one per key result.
  const latest = await db
    .selectDistinctOn([krUpdates.keyResultId], {
      keyResultId: krUpdates.keyResultId,
      value: krUpdates.value,
      confidence: krUpdates.confidence,
    })
    .from(krUpdates)
    .innerJoin(checkins, eq(checkins.id, krUpdates.checkinId))
    .where(
      and(
        eq(checkins.employeeId, employeeId),
        lt(checkins.isoWeek, beforeWeek),
        eq(krUpdates.skipped, false),
        sql`${krUpdates.keyResultId} in ${rows.map((r) => r.id)}`,
      ),
    )
    .orderBy(krUpdates.keyResultId, desc(checkins.isoWeek));
  const byKr = new Map(latest.map((l) => [l.keyResultId, l]));

  return rows.map((r) => {
    const last = byKr.get(r.id);
    return {
      ...r,
      direction: r.direction === 'down' ? 'down' : 'up',
      ...(last?.value != null ? { lastValue: last.value } : {}),
      ...(last?.confidence != null ? { lastConfidence: last.confidence } : {}),
    };
  });
}
