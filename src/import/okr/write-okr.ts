/**
 * Writes validated key results inside the caller's transaction: periods and objectives first (found
 * or created), then key results without parents (a parent may be a new row further down), then the
 * cascade links. Unchanged key results are not touched: no updated_at bump, no audit row.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../storage/database.js';
import { employees, keyResults, objectives, performancePeriods } from '../../storage/schema.js';
import { changedFields, writeImportAudit } from '../audit.js';
import type { PeriodSpec } from '../periods.js';
import { DEFAULT_KIND, DEFAULT_WEIGHT, type KeyResultRecord } from './validate-okr.js';

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
}

export async function writeOkr(
  tx: Tx,
  records: readonly KeyResultRecord[],
  actor: string,
): Promise<OkrImportSummary> {
  const { periodIds, periodsCreated } = await ensurePeriods(
    tx,
    records.map((r) => r.period),
  );
  const ownerIds = await loadOwnerIds(tx, [...new Set(records.map((r) => r.ownerNip))]);
  const objectiveKey = (r: KeyResultRecord) =>
    [ownerIds.get(r.ownerNip)!, periodIds.get(r.period.code)!, r.objective] as const;
  const { objectiveIds, objectivesCreated } = await ensureObjectives(tx, records.map(objectiveKey));

  const stored = await loadKeyResults(tx, [
    ...new Set(records.flatMap((r) => (r.parentCode ? [r.code, r.parentCode] : [r.code]))),
  ]);
  const planned = records.map((record) => {
    const current = stored.get(record.code);
    const next = desiredView(record, current?.view);
    return { record, current, next, change: changedFields(current?.view, next) };
  });

  // Pass 1: rows without their parent link.
  const idByCode = new Map([...stored].map(([code, s]) => [code, s.id]));
  const fieldsOf = (record: KeyResultRecord, view: KeyResultView) => {
    const [ownerId, periodId, title] = objectiveKey(record);
    return {
      objectiveId: objectiveIds.get(objectiveIdKey(ownerId, periodId, title))!,
      ownerId,
      periodId,
      title: view.title,
      unitLabel: view.unit,
      baseline: view.baseline,
      target: view.target,
      direction: view.direction,
      kind: view.kind,
      weight: view.weight,
    };
  };
  const toCreate = planned.filter((p) => !p.current);
  if (toCreate.length > 0) {
    const inserted = await tx
      .insert(keyResults)
      .values(toCreate.map((p) => ({ code: p.record.code, ...fieldsOf(p.record, p.next) })))
      .returning({ id: keyResults.id, code: keyResults.code });
    for (const row of inserted) idByCode.set(row.code, row.id);
  }
  for (const p of planned) {
    if (!p.current || !p.change) continue;
    if (Object.keys(p.change.after).some((k) => k !== 'parentCode')) {
      await tx
        .update(keyResults)
        .set({ ...fieldsOf(p.record, p.next), updatedAt: sql`now()` })
        .where(eq(keyResults.id, p.current.id));
    }
  }

  // Pass 2: cascade links, now that every parent in the file has an id.
  for (const p of planned) {
    if (p.next.parentCode === (p.current?.view.parentCode ?? null)) continue;
    const parentId = p.next.parentCode ? (idByCode.get(p.next.parentCode) ?? null) : null;
    await tx
      .update(keyResults)
      .set({ parentId, ...(p.current ? { updatedAt: sql`now()` } : {}) })
      .where(eq(keyResults.code, p.record.code));
  }

  const counts = await writeImportAudit(tx, {
    actor,
    entity: 'key_result',
    rows: planned.map((p) => ({
      key: p.record.code,
      existed: Boolean(p.current),
      ...(p.change ? { change: p.change } : {}),
    })),
  });
  return { ...counts, objectivesCreated, periodsCreated };
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
  };
}

async function ensurePeriods(
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

async function loadOwnerIds(tx: Tx, nips: string[]): Promise<Map<string, number>> {
  const rows = await tx
    .select({ id: employees.id, nip: employees.nip })
    .from(employees)
    .where(inArray(employees.nip, nips));
  return new Map(rows.map((r) => [r.nip, r.id]));
}

const objectiveIdKey = (ownerId: number, periodId: number, title: string) =>
  JSON.stringify([ownerId, periodId, title]);

/** Objectives are found by (owner, period, title); a new title is a new objective. */
async function ensureObjectives(
  tx: Tx,
  keys: (readonly [number, number, string])[],
): Promise<{ objectiveIds: Map<string, number>; objectivesCreated: number }> {
  const ownerIds = [...new Set(keys.map(([ownerId]) => ownerId))];
  const periodIds = [...new Set(keys.map(([, periodId]) => periodId))];
  const existing = await tx
    .select({
      id: objectives.id,
      ownerId: objectives.ownerId,
      periodId: objectives.periodId,
      title: objectives.title,
    })
    .from(objectives)
    .where(and(inArray(objectives.ownerId, ownerIds), inArray(objectives.periodId, periodIds)));
  const objectiveIds = new Map(existing.map((o) => [objectiveIdKey(o.ownerId, o.periodId, o.title), o.id]));
  const missing = new Map<string, { ownerId: number; periodId: number; title: string }>();
  for (const [ownerId, periodId, title] of keys) {
    const key = objectiveIdKey(ownerId, periodId, title);
    if (!objectiveIds.has(key)) missing.set(key, { ownerId, periodId, title });
  }
  if (missing.size > 0) {
    const inserted = await tx
      .insert(objectives)
      .values([...missing.values()])
      .returning();
    for (const o of inserted) objectiveIds.set(objectiveIdKey(o.ownerId, o.periodId, o.title), o.id);
  }
  return { objectiveIds, objectivesCreated: missing.size };
}

async function loadKeyResults(
  tx: Tx,
  codes: string[],
): Promise<Map<string, { id: number; view: KeyResultView }>> {
  const parent = alias(keyResults, 'parent');
  const rows = await tx
    .select({
      id: keyResults.id,
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
    })
    .from(keyResults)
    .innerJoin(employees, eq(employees.id, keyResults.ownerId))
    .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
    .innerJoin(objectives, eq(objectives.id, keyResults.objectiveId))
    .leftJoin(parent, eq(parent.id, keyResults.parentId))
    .where(inArray(keyResults.code, codes));
  return new Map(rows.map(({ id, code, ...view }) => [code, { id, view }]));
}
