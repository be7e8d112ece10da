/**
 * Writes validated key results inside the caller's transaction, in batches (write-batches.ts):
 * periods and objectives first (found or created), then new key results level by level (parents
 * before children) each with its audit row, then changed ones, then their audit rows. The audit ids
 * are taken first, in file order, so the audit lists in file order whatever the levels. Unchanged key
 * results are not touched: no updated_at bump, no audit row.
 */
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { defaultAccumulation } from '../../core/capaian/period-target.js';
import type { Tx } from '../../storage/database.js';
import { employees, keyResults, objectives, performancePeriods } from '../../storage/schema.js';
import { changedFields, reserveAuditIds, writeImportAudit } from '../audit.js';
import {
  columns,
  countRows,
  DEFAULT_BATCH_SIZE,
  dependencyLevels,
  inBatches,
  keyedByBatch,
  keyList,
  readByKeys,
} from '../write-batches.js';
import { ensureObjectives, ensurePeriods, loadOwnerIds, objectiveIdKey } from './okr-parents.js';
import { DEFAULT_KIND, DEFAULT_RESULT_KIND, DEFAULT_WEIGHT, type KeyResultRecord } from './validate-okr.js';

export interface OkrImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  objectivesCreated: number;
  periodsCreated: number;
}

/** A key result as the file describes it (owner by NIP, period and parent by code): compared and audited. */
interface KeyResultView extends Record<string, unknown> {
  ownerNip: string;
  period: string;
  objective: string;
  title: string;
  unit: string;
  baseline: number;
  target: number;
  direction: string;
  kind: string;
  weight: number;
  parentCode: string | null;
  targetQ1: number | null;
  targetQ2: number | null;
  targetQ3: number | null;
  targetQ4: number | null;
  accumulation: string;
  resultKind: string;
  aspect: string | null;
}

/**
 * A row that changes something: a new key result, or a stored one with what the file changes. A new
 * one keeps only its record (its view is built again per batch): 400,000 views held at once cost
 * 100 MB.
 */
interface Planned {
  record: KeyResultRecord;
  existed: boolean;
  /** A stored key result's view after the import, and the audited difference. */
  update?: { next: KeyResultView; change: NonNullable<ReturnType<typeof changedFields<KeyResultView>>> };
  /** The audit row's id (reserveAuditIds). */
  auditId?: number;
}

const viewOf = (p: Planned): KeyResultView => p.update?.next ?? desiredView(p.record, undefined);

/** The columns a batch of key results carries (write-batches.ts `columns`). */
const KEY_RESULT_BATCH =
  'x(i int, code text, objective_id int, owner_id int, period_id int, title text, unit_label text, ' +
  'baseline numeric, target numeric, direction text, kind text, weight numeric, parent_code text, ' +
  'target_q1 numeric, target_q2 numeric, target_q3 numeric, target_q4 numeric, accumulation text, ' +
  'result_kind text, aspect text, owner_nip text, period text, objective text, audit_id int)';

/**
 * The parent's id, as a subquery per row: one probe of the code index. A join would be planned as a
 * hash join over the whole table once it holds more rows than the statistics (taken before the
 * import) say, rebuilt for every batch: quadratic (400,000 new key results: by the last batches a hash
 * of 390,000 rows, 0.3 s a batch).
 */
const PARENT_ID = sql.raw('(select p.id from key_results p where p.code = x.parent_code)');

export async function writeOkr(
  tx: Tx,
  records: readonly KeyResultRecord[],
  actor: string,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<OkrImportSummary> {
  const { periodIds, periodsCreated } = await ensurePeriods(
    tx,
    records.map((r) => r.period),
  );
  const ownerIds = await loadOwnerIds(tx, [...new Set(records.map((r) => r.ownerNip))], batchSize);
  const objectiveKey = (r: KeyResultRecord) =>
    objectiveIdKey(ownerIds.get(r.ownerNip)!, periodIds.get(r.period.code)!, r.objective);
  const { objectiveIds, objectivesCreated } = await ensureObjectives(tx, records, objectiveKey, batchSize);

  const stored = await loadKeyResults(
    tx,
    records.map((r) => r.code),
    batchSize,
  );
  // Each row compared with what is stored; an unchanged row is only counted.
  const planned: Planned[] = [];
  for (const record of records) {
    const current = stored.get(record.code);
    if (!current) {
      planned.push({ record, existed: false });
      continue;
    }
    const next = desiredView(record, current);
    const change = changedFields(current, next);
    if (change) planned.push({ record, existed: true, update: { next, change } });
  }
  stored.clear();
  const auditIds = await reserveAuditIds(tx, planned.length);
  planned.forEach((p, i) => {
    p.auditId = auditIds[i];
  });

  const batching = (step: string) => ({
    size: batchSize,
    step,
    rowOf: (p: Planned) => p.record.row,
    keyOf: (p: Planned) => p.record.code,
  });
  const batch = (items: readonly Planned[]) =>
    columns(
      KEY_RESULT_BATCH,
      items.map((p, i) => {
        const { record, auditId } = p;
        const next = viewOf(p);
        return {
          i,
          code: record.code,
          objective_id: objectiveIds.get(objectiveKey(record))!,
          owner_id: ownerIds.get(record.ownerNip)!,
          period_id: periodIds.get(record.period.code)!,
          title: next.title,
          unit_label: next.unit,
          baseline: next.baseline,
          target: next.target,
          direction: next.direction,
          kind: next.kind,
          weight: next.weight,
          parent_code: next.parentCode,
          target_q1: next.targetQ1,
          target_q2: next.targetQ2,
          target_q3: next.targetQ3,
          target_q4: next.targetQ4,
          accumulation: next.accumulation,
          result_kind: next.resultKind,
          aspect: next.aspect,
          owner_nip: next.ownerNip,
          period: next.period,
          objective: next.objective,
          audit_id: auditId,
        };
      }),
    );

  // New key results, parents before children: each INSERT finds every parent by code. Each statement
  // writes the audit rows of the key results it inserted too, built by the database from the batch it
  // already holds (with the ids reserved in file order) instead of sent again as JSON.
  const created = planned.filter((p) => !p.existed);
  const levels = dependencyLevels(
    created,
    (p) => p.record.code,
    (p) => p.record.parentCode,
  );
  for (const level of levels) {
    await inBatches(level, batching('inserting key results'), (items) =>
      tx.execute(sql`
        with x as (select * from ${batch(items)}),
        inserted as (
          insert into key_results (code, objective_id, owner_id, period_id, title, unit_label, baseline, target,
                                   direction, kind, weight, parent_id, target_q_1, target_q_2, target_q_3,
                                   target_q_4, accumulation, result_kind, aspect)
          select x.code, x.objective_id, x.owner_id, x.period_id, x.title, x.unit_label, x.baseline, x.target,
                 x.direction, x.kind, x.weight, ${PARENT_ID}, x.target_q1, x.target_q2, x.target_q3,
                 x.target_q4, x.accumulation, x.result_kind, x.aspect
          from x
          order by x.i
          returning code)
        insert into audit_log (id, actor, action, entity, entity_key, before, after) overriding system value
        select x.audit_id, ${actor}, 'import.create', 'key_result', x.code, null,
               jsonb_build_object('ownerNip', x.owner_nip, 'period', x.period, 'objective', x.objective,
                 'title', x.title, 'unit', x.unit_label, 'baseline', x.baseline, 'target', x.target,
                 'direction', x.direction, 'kind', x.kind, 'weight', x.weight, 'parentCode', x.parent_code,
                 'targetQ1', x.target_q1, 'targetQ2', x.target_q2, 'targetQ3', x.target_q3,
                 'targetQ4', x.target_q4, 'accumulation', x.accumulation, 'resultKind', x.result_kind,
                 'aspect', x.aspect)
        from inserted join x on x.code = inserted.code`),
    );
  }

  // Changed key results, after the inserts, so a new parent further down the file exists too.
  const changed = planned.filter((p) => p.existed);
  await inBatches(changed, batching('updating key results'), (items) =>
    tx.execute(sql`
      with x as (select * from ${batch(items)})
      update key_results k
      set objective_id = x.objective_id, owner_id = x.owner_id, period_id = x.period_id, title = x.title,
          unit_label = x.unit_label, baseline = x.baseline, target = x.target, direction = x.direction,
          kind = x.kind, weight = x.weight, parent_id = ${PARENT_ID}, target_q_1 = x.target_q1,
          target_q_2 = x.target_q2, target_q_3 = x.target_q3, target_q_4 = x.target_q4,
          accumulation = x.accumulation, result_kind = x.result_kind, aspect = x.aspect, updated_at = now()
      from x
      where k.code = x.code and ${keyedByBatch('k.code', 'code')}`),
  );

  // The creations were audited with their INSERT; the updates' audit rows carry only what changed.
  await writeImportAudit(tx, {
    actor,
    entity: 'key_result',
    batchSize,
    rows: changed.map((p) => ({
      key: p.record.code,
      row: p.record.row,
      existed: true,
      change: p.update!.change,
      auditId: p.auditId,
    })),
  });
  const counts = { created: created.length, updated: changed.length };
  return { ...counts, unchanged: records.length - planned.length, objectivesCreated, periodsCreated };
}

function desiredView(record: KeyResultRecord, current: KeyResultView | undefined): KeyResultView {
  return {
    ownerNip: record.ownerNip,
    period: record.period.code,
    objective: record.objective,
    title: record.title,
    unit: record.unitLabel,
    baseline: record.baseline,
    target: record.target,
    direction: record.direction,
    kind: record.kind ?? current?.kind ?? DEFAULT_KIND,
    weight: record.weight ?? current?.weight ?? DEFAULT_WEIGHT,
    parentCode: record.parentCode === undefined ? (current?.parentCode ?? null) : record.parentCode,
    targetQ1: quarterTarget(record, current, 0),
    targetQ2: quarterTarget(record, current, 1),
    targetQ3: quarterTarget(record, current, 2),
    targetQ4: quarterTarget(record, current, 3),
    accumulation: record.accumulation ?? current?.accumulation ?? defaultAccumulation(record.unitLabel),
    resultKind: record.resultKind ?? current?.resultKind ?? DEFAULT_RESULT_KIND,
    aspect: record.aspect === undefined ? (current?.aspect ?? null) : record.aspect,
  };
}

const QUARTER_FIELDS = ['targetQ1', 'targetQ2', 'targetQ3', 'targetQ4'] as const;

/** The file's quarterly target, or without that column the stored one. */
function quarterTarget(record: KeyResultRecord, current: KeyResultView | undefined, index: number) {
  const value = record.quarterTargets[index];
  return value === undefined ? (current?.[QUARTER_FIELDS[index]!] ?? null) : value;
}

async function loadKeyResults(
  tx: Tx,
  codes: readonly string[],
  batchSize: number,
): Promise<Map<string, KeyResultView>> {
  const parent = alias(keyResults, 'parent');
  const options = {
    batchSize,
    tableRows: () => countRows(tx, keyResults),
    keyOf: (r: { code: string }) => r.code,
  };
  const rows = await readByKeys(codes, options, (keys) =>
    tx
      .select({
        code: keyResults.code,
        ownerNip: employees.nip,
        period: performancePeriods.code,
        objective: objectives.title,
        title: keyResults.title,
        unit: keyResults.unitLabel,
        baseline: keyResults.baseline,
        target: keyResults.target,
        direction: keyResults.direction,
        kind: keyResults.kind,
        weight: keyResults.weight,
        parentCode: parent.code,
        targetQ1: keyResults.targetQ1,
        targetQ2: keyResults.targetQ2,
        targetQ3: keyResults.targetQ3,
        targetQ4: keyResults.targetQ4,
        accumulation: keyResults.accumulation,
        resultKind: keyResults.resultKind,
        aspect: keyResults.aspect,
      })
      .from(keyResults)
      .innerJoin(employees, eq(employees.id, keyResults.ownerId))
      .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
      .innerJoin(objectives, eq(objectives.id, keyResults.objectiveId))
      .leftJoin(parent, eq(parent.id, keyResults.parentId))
      .where(keys && sql`${keyResults.code} in ${keyList(keys)}`),
  );
  // The row itself is the view (its code is never compared: changedFields reads the file's fields).
  return new Map(rows.map((row) => [row.code, row]));
}
