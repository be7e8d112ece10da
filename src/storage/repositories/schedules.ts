/**
 * Unit schedules as the jobs and `schedule show|set|pause|resume` see them: each unit's own
 * settings (unit_schedules) overlaid from the root of the org_units tree down, over dika's
 * defaults (effectiveSchedule). Loaded in two statements, whatever the number of units.
 */
import { eq } from 'drizzle-orm';
import {
  effectiveSchedule,
  type PartialScheduleSettings,
  type ScheduleSettings,
} from '../../core/schedule/schedule-settings.js';
import type { DbOrTx, Tx } from '../database.js';
import { unitSchedules } from '../schema.js';
import { loadUnitTree, writeAdminAudit } from './calendar.js';
import { partialScheduleSettingsSchema } from './schedule-settings-schema.js';

export type ScheduleField = keyof ScheduleSettings | 'paused';

export interface EffectiveSchedule {
  settings: ScheduleSettings;
  paused: boolean;
  /** Which unit each field comes from; a field not listed is dika's default ("bawaan"). */
  from: Partial<Record<ScheduleField, { unitId: number; path: string }>>;
}

export type ScheduleFor = (unitId: number | null) => EffectiveSchedule;

interface StoredSchedule {
  settings: PartialScheduleSettings;
  paused: boolean | null;
}

/** A stored row that no longer parses (edited by hand) counts as empty rather than stopping every send. */
function parsedSettings(raw: unknown): PartialScheduleSettings {
  const parsed = partialScheduleSettingsSchema.safeParse(raw);
  return parsed.success ? (parsed.data as PartialScheduleSettings) : {};
}

export async function loadSchedules(db: DbOrTx): Promise<ScheduleFor> {
  const [tree, rows] = await Promise.all([loadUnitTree(db), db.select().from(unitSchedules)]);
  const stored = new Map<number, StoredSchedule>(
    rows.map((r) => [r.unitId, { settings: parsedSettings(r.settings), paused: r.paused }]),
  );
  const cache = new Map<number | null, EffectiveSchedule>();
  return (unitId) => {
    const known = cache.get(unitId);
    if (known) return known;
    const chain = tree
      .chain(unitId)
      .map((id) => ({ id, ...(stored.get(id) ?? { settings: {}, paused: null }) }));
    const { paused, ...settings } = effectiveSchedule(chain);
    const from: EffectiveSchedule['from'] = {};
    for (const unit of chain) {
      const at = { unitId: unit.id, path: tree.pathOf(unit.id) ?? String(unit.id) };
      for (const field of Object.keys(unit.settings) as ScheduleField[]) from[field] = at;
      if (unit.paused !== null) from.paused = at;
    }
    const effective = { settings, paused, from };
    cache.set(unitId, effective);
    return effective;
  };
}

async function storedSchedule(tx: DbOrTx, unitId: number): Promise<StoredSchedule | undefined> {
  const [row] = await tx.select().from(unitSchedules).where(eq(unitSchedules.unitId, unitId));
  return row ? { settings: parsedSettings(row.settings), paused: row.paused } : undefined;
}

/** Merges `changes` into the unit's own settings (a null rule switches that send off), audited. */
export async function setUnitSchedule(
  tx: Tx,
  input: { unitId: number; unitPath: string; changes: PartialScheduleSettings; actor: string },
): Promise<'updated' | 'unchanged'> {
  const before = await storedSchedule(tx, input.unitId);
  const settings = partialScheduleSettingsSchema.parse({ ...before?.settings, ...input.changes });
  if (before && JSON.stringify(before.settings) === JSON.stringify(settings)) return 'unchanged';
  await tx
    .insert(unitSchedules)
    .values({ unitId: input.unitId, settings })
    .onConflictDoUpdate({ target: unitSchedules.unitId, set: { settings, updatedAt: new Date() } });
  await writeAdminAudit(tx, {
    actor: input.actor,
    action: 'schedule.set',
    entity: 'unit_schedule',
    key: input.unitPath,
    before: before?.settings ?? null,
    after: settings,
  });
  return 'updated';
}

/**
 * Pauses or resumes a unit and the units below it that do not say otherwise, audited. Resuming
 * under running parents goes back to inheriting (null), so a later pause of a parent reaches this
 * unit too; under a paused parent it has to say "not paused" itself.
 */
export async function setUnitPaused(
  tx: Tx,
  input: { unitId: number; unitPath: string; paused: boolean; actor: string },
): Promise<'updated' | 'unchanged'> {
  const before = await storedSchedule(tx, input.unitId);
  const chain = (await loadUnitTree(tx)).chain(input.unitId);
  const parentId = chain.length > 1 ? chain[chain.length - 2]! : null;
  const parentPaused = parentId !== null && (await loadSchedules(tx))(parentId).paused;
  const paused = input.paused ? true : parentPaused ? false : null;
  const wasPaused = before?.paused ?? parentPaused;
  if (wasPaused === input.paused && (before?.paused ?? null) === paused) return 'unchanged';
  await tx
    .insert(unitSchedules)
    .values({ unitId: input.unitId, paused })
    .onConflictDoUpdate({ target: unitSchedules.unitId, set: { paused, updatedAt: new Date() } });
  await writeAdminAudit(tx, {
    actor: input.actor,
    action: input.paused ? 'schedule.pause' : 'schedule.resume',
    entity: 'unit_schedule',
    key: input.unitPath,
    before: { paused: before?.paused ?? null },
    after: { paused },
  });
  return 'updated';
}
