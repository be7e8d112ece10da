import { and, asc, desc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Accumulation } from '../../core/capaian/period-target.js';
import type { Aspect, KrSnapshot, ResultKind } from '../../core/checkin/key-result.js';
import type { DbOrTx } from '../database.js';
import { checkins, keyResults, krUpdates, objectives, performancePeriods } from '../schema.js';

const ACCUMULATIONS: readonly string[] = ['cumulative', 'latest', 'average'] satisfies Accumulation[];
const ASPECTS: readonly string[] = ['quantity', 'quality', 'time', 'cost'] satisfies Aspect[];

/**
 * The person's active key results whose period covers `today` (their local date), each with the
 * latest realisation reported before `beforeWeek` and, for `average` indicators, every value
 * reported in the period before it, in a stable order (objective, then code). At most three
 * queries whatever the number of key results.
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
      targetQ1: keyResults.targetQ1,
      targetQ2: keyResults.targetQ2,
      targetQ3: keyResults.targetQ3,
      targetQ4: keyResults.targetQ4,
      accumulation: keyResults.accumulation,
      resultKind: keyResults.resultKind,
      aspect: keyResults.aspect,
      periodEnd: performancePeriods.endsOn,
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

  const reportedBefore = and(
    eq(checkins.employeeId, employeeId),
    lt(checkins.isoWeek, beforeWeek),
    eq(krUpdates.skipped, false),
  );
  // One query for all latest values (DISTINCT ON), not one per key result.
  const latest = await db
    .selectDistinctOn([krUpdates.keyResultId], {
      keyResultId: krUpdates.keyResultId,
      value: krUpdates.value,
      confidence: krUpdates.confidence,
      reportedAt: checkins.updatedAt,
    })
    .from(krUpdates)
    .innerJoin(checkins, eq(checkins.id, krUpdates.checkinId))
    .where(
      and(
        reportedBefore,
        inArray(
          krUpdates.keyResultId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(krUpdates.keyResultId, desc(checkins.isoWeek));
  const byKr = new Map(latest.map((l) => [l.keyResultId, l]));

  // An average needs every value of the period; one query for all such key results, if any.
  const averaged = rows.filter((r) => r.accumulation === 'average');
  const history = averaged.length
    ? await db
        .select({ keyResultId: krUpdates.keyResultId, value: krUpdates.value })
        .from(krUpdates)
        .innerJoin(checkins, eq(checkins.id, krUpdates.checkinId))
        .innerJoin(keyResults, eq(keyResults.id, krUpdates.keyResultId))
        .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
        .where(
          and(
            reportedBefore,
            inArray(
              krUpdates.keyResultId,
              averaged.map((r) => r.id),
            ),
            gte(checkins.weekStart, performancePeriods.startsOn),
          ),
        )
        .orderBy(krUpdates.keyResultId, asc(checkins.isoWeek))
    : [];
  const valuesByKr = new Map<number, number[]>();
  for (const h of history) {
    if (h.value === null) continue;
    const values = valuesByKr.get(h.keyResultId) ?? [];
    values.push(h.value);
    valuesByKr.set(h.keyResultId, values);
  }

  return rows.map((r): KrSnapshot => {
    const last = byKr.get(r.id);
    const { targetQ1, targetQ2, targetQ3, targetQ4, accumulation, resultKind, aspect, ...kr } = r;
    return {
      ...kr,
      direction: r.direction === 'down' ? 'down' : 'up',
      quarterTargets: [targetQ1, targetQ2, targetQ3, targetQ4],
      accumulation: ACCUMULATIONS.includes(accumulation) ? (accumulation as Accumulation) : 'latest',
      resultKind: (resultKind === 'additional' ? 'additional' : 'main') satisfies ResultKind,
      aspect: aspect !== null && ASPECTS.includes(aspect) ? (aspect as Aspect) : null,
      ...(last?.value != null ? { lastValue: last.value } : {}),
      ...(last?.confidence != null ? { lastConfidence: last.confidence } : {}),
      ...(last?.value != null ? { lastReportedAt: last.reportedAt.toISOString() } : {}),
      ...(accumulation === 'average' ? { periodValues: valuesByKr.get(r.id) ?? [] } : {}),
    };
  });
}
