/**
 * What the key results of an OKR import hang on: the periods (found or created), the owners by NIP
 * and the objectives by (owner, period, title), each read or written in batches (write-batches.ts).
 */
import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../storage/database.js';
import { employees, objectives, performancePeriods } from '../../storage/schema.js';
import type { PeriodSpec } from '../periods.js';
import { columns, countRows, inBatches, keyList, readByKeys, returnedRows } from '../write-batches.js';
import type { KeyResultRecord } from './validate-okr.js';

export async function ensurePeriods(
  tx: Tx,
  specs: PeriodSpec[],
): Promise<{ periodIds: Map<string, number>; periodsCreated: number }> {
  const byCode = new Map(specs.map((spec) => [spec.code, spec]));
  const existing = await tx
    .select({ id: performancePeriods.id, code: performancePeriods.code })
    .from(performancePeriods)
    .where(inArray(performancePeriods.code, [...byCode.keys()]));
  const periodIds = new Map(existing.map((p) => [p.code, p.id]));
  const missing = [...byCode.values()].filter((spec) => !periodIds.has(spec.code));
  if (missing.length > 0) {
    const inserted = await tx
      .insert(performancePeriods)
      .values(missing)
      .returning({ id: performancePeriods.id, code: performancePeriods.code });
    for (const p of inserted) periodIds.set(p.code, p.id);
  }
  return { periodIds, periodsCreated: missing.length };
}

export async function loadOwnerIds(
  tx: Tx,
  nips: readonly string[],
  batchSize: number,
): Promise<Map<string, number>> {
  const options = {
    batchSize,
    tableRows: () => countRows(tx, employees),
    keyOf: (r: { nip: string }) => r.nip,
  };
  const rows = await readByKeys(nips, options, (keys) =>
    tx
      .select({ id: employees.id, nip: employees.nip })
      .from(employees)
      .where(keys && sql`${employees.nip} in ${keyList(keys)}`),
  );
  return new Map(rows.map((r) => [r.nip, r.id]));
}

export const objectiveIdKey = (ownerId: number, periodId: number, title: string) =>
  JSON.stringify([ownerId, periodId, title]);

/** Objectives are found by (owner, period, title); a new title is a new objective. */
export async function ensureObjectives(
  tx: Tx,
  records: readonly KeyResultRecord[],
  keyOf: (record: KeyResultRecord) => string,
  batchSize: number,
): Promise<{ objectiveIds: Map<string, number>; objectivesCreated: number }> {
  // Each objective with the first row naming it, to locate a batch the database refuses.
  const firstRow = new Map<string, number>();
  for (const record of records) {
    const key = keyOf(record);
    if (!firstRow.has(key)) firstRow.set(key, record.row);
  }
  const keys = [...firstRow.keys()];
  const objectiveIds = await loadObjectiveIds(tx, keys, batchSize);
  const missing = keys.filter((key) => !objectiveIds.has(key));
  const batching = {
    size: batchSize,
    step: 'inserting objectives',
    rowOf: (key: string) => firstRow.get(key)!,
  };
  await inBatches(missing, batching, async (batch) => {
    const inserted = await tx.execute(sql`
      insert into objectives (owner_id, period_id, title)
      select x.owner_id, x.period_id, x.title
      from ${objectiveSet(batch)}
      order by x.i
      returning id, owner_id, period_id, title`);
    for (const o of returnedRows<{ id: number; owner_id: number; period_id: number; title: string }>(
      inserted,
    )) {
      objectiveIds.set(objectiveIdKey(o.owner_id, o.period_id, o.title), o.id);
    }
  });
  return { objectiveIds, objectivesCreated: missing.length };
}

function objectiveSet(keys: readonly string[]) {
  return columns(
    'x(i int, owner_id int, period_id int, title text)',
    keys.map((key, i) => {
      const [ownerId, periodId, title] = JSON.parse(key) as [number, number, string];
      return { i, owner_id: ownerId, period_id: periodId, title };
    }),
  );
}

export async function loadObjectiveIds(
  tx: Tx,
  keys: readonly string[],
  batchSize: number,
): Promise<Map<string, number>> {
  const keyOf = (o: { ownerId: number; periodId: number; title: string }) =>
    objectiveIdKey(o.ownerId, o.periodId, o.title);
  const options = { batchSize, tableRows: () => countRows(tx, objectives), keyOf };
  const rows = await readByKeys(keys, options, (slice) =>
    tx
      .select({
        id: objectives.id,
        ownerId: objectives.ownerId,
        periodId: objectives.periodId,
        title: objectives.title,
      })
      .from(objectives)
      .where(
        slice &&
          sql`(${objectives.ownerId}, ${objectives.periodId}, ${objectives.title}) in
            (select x.owner_id, x.period_id, x.title
             from ${objectiveSet(slice)})`,
      ),
  );
  return new Map(rows.map((o) => [keyOf(o), o.id]));
}
