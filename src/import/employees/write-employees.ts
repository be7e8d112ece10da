/**
 * Writes validated employees inside the caller's transaction: the unit tree first, then people
 * without supervisors (a supervisor may be a new row further down the file), then supervisor links.
 * Unchanged people are not touched, so a re-import bumps no updated_at and writes no audit row.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../storage/database.js';
import { employees, orgUnits } from '../../storage/schema.js';
import { changedFields, writeImportAudit } from '../audit.js';
import {
  DEFAULT_LOCALE,
  DEFAULT_ROLES,
  DEFAULT_TIME_ZONE,
  type EmployeeRecord,
  type ImportRole,
} from './validate-employees.js';

export interface EmployeeImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  unitsCreated: number;
}

/** An employee as HR sees it (unit by path, supervisor by NIP): what is compared and audited. */
interface EmployeeView extends Record<string, unknown> {
  name: string;
  email: string | null;
  phone: string | null;
  position: string | null;
  unit: string | null;
  supervisorNip: string | null;
  timeZone: string;
  locale: string;
  roles: string[];
}

const IMPORT_ROLES: readonly string[] = ['pegawai', 'admin'] satisfies ImportRole[];

export async function writeEmployees(
  tx: Tx,
  records: readonly EmployeeRecord[],
  actor: string,
): Promise<EmployeeImportSummary> {
  const { unitIds, unitsCreated } = await ensureUnits(
    tx,
    records.map((r) => r.unitPath),
  );
  // Supervisors who are not in the file are needed too: pass 2 links to their ids.
  const stored = await loadEmployees(tx, [
    ...new Set(records.flatMap((r) => (r.supervisorNip ? [r.nip, r.supervisorNip] : [r.nip]))),
  ]);

  const planned = records.map((record) => {
    const current = stored.get(record.nip);
    const next = desiredView(record, current?.view);
    return { record, current, next, change: changedFields(current?.view, next) };
  });

  // Pass 1: rows without their supervisor link.
  const idByNip = new Map([...stored].map(([nip, s]) => [nip, s.id]));
  const fieldsOf = (view: EmployeeView) => ({
    name: view.name,
    email: view.email,
    phone: view.phone,
    position: view.position,
    unitId: unitIds.get(view.unit!)!,
    timeZone: view.timeZone,
    locale: view.locale,
    roles: view.roles,
  });
  const toCreate = planned.filter((p) => !p.current);
  if (toCreate.length > 0) {
    const inserted = await tx
      .insert(employees)
      .values(toCreate.map((p) => ({ nip: p.record.nip, ...fieldsOf(p.next) })))
      .returning({ id: employees.id, nip: employees.nip });
    for (const row of inserted) idByNip.set(row.nip, row.id);
  }
  for (const p of planned) {
    if (!p.current || !p.change) continue;
    const fieldsChanged = Object.keys(p.change.after).some((k) => k !== 'supervisorNip');
    if (fieldsChanged) {
      await tx
        .update(employees)
        .set({ ...fieldsOf(p.next), updatedAt: sql`now()` })
        .where(eq(employees.id, p.current.id));
    }
  }

  // Pass 2: supervisor links, now that every supervisor in the file has an id.
  for (const p of planned) {
    if (p.next.supervisorNip === (p.current?.view.supervisorNip ?? null)) continue;
    const supervisorId = p.next.supervisorNip ? (idByNip.get(p.next.supervisorNip) ?? null) : null;
    await tx
      .update(employees)
      .set({ supervisorId, ...(p.current ? { updatedAt: sql`now()` } : {}) })
      .where(eq(employees.nip, p.record.nip));
  }

  const counts = await writeImportAudit(tx, {
    actor,
    entity: 'employee',
    rows: planned.map((p) => ({
      key: p.record.nip,
      existed: Boolean(p.current),
      ...(p.change ? { change: p.change } : {}),
    })),
  });
  return { ...counts, unitsCreated };
}

/** What the row says, with absent optional columns keeping the stored value (or the default). */
function desiredView(record: EmployeeRecord, current: EmployeeView | undefined): EmployeeView {
  // Roles the import does not manage (granted elsewhere) survive a re-import.
  const otherRoles = (current?.roles ?? []).filter((role) => !IMPORT_ROLES.includes(role));
  return {
    name: record.name,
    email: record.email === undefined ? (current?.email ?? null) : record.email,
    phone: record.phone === undefined ? (current?.phone ?? null) : record.phone,
    position: record.position === undefined ? (current?.position ?? null) : record.position,
    unit: record.unitPath,
    supervisorNip: record.supervisorNip,
    timeZone: record.timeZone ?? current?.timeZone ?? DEFAULT_TIME_ZONE,
    locale: record.locale ?? current?.locale ?? DEFAULT_LOCALE,
    roles: record.roles ? [...record.roles, ...otherRoles] : (current?.roles ?? DEFAULT_ROLES),
  };
}

async function loadEmployees(
  tx: Tx,
  nips: string[],
): Promise<Map<string, { id: number; view: EmployeeView }>> {
  const supervisor = alias(employees, 'supervisor');
  const rows = await tx
    .select({
      id: employees.id,
      nip: employees.nip,
      name: employees.name,
      email: employees.email,
      phone: employees.phone,
      position: employees.position,
      unit: orgUnits.path,
      supervisorNip: supervisor.nip,
      timeZone: employees.timeZone,
      locale: employees.locale,
      roles: employees.roles,
    })
    .from(employees)
    .leftJoin(orgUnits, eq(orgUnits.id, employees.unitId))
    .leftJoin(supervisor, eq(supervisor.id, employees.supervisorId))
    .where(inArray(employees.nip, nips));
  return new Map(rows.map(({ id, nip, ...view }) => [nip, { id, view }]));
}

/** Every prefix of every path becomes a unit, parents before children; returns path → id. */
async function ensureUnits(
  tx: Tx,
  paths: string[],
): Promise<{ unitIds: Map<string, number>; unitsCreated: number }> {
  const prefixes = new Set<string>();
  for (const path of paths) {
    const segments = path.split('/');
    for (let depth = 1; depth <= segments.length; depth++) prefixes.add(segments.slice(0, depth).join('/'));
  }
  const wanted = [...prefixes].sort((a, b) => a.split('/').length - b.split('/').length);
  const existing = await tx
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(inArray(orgUnits.path, wanted));
  const unitIds = new Map(existing.map((u) => [u.path, u.id]));
  let unitsCreated = 0;
  for (const path of wanted) {
    if (unitIds.has(path)) continue;
    const segments = path.split('/');
    const parentPath = segments.slice(0, -1).join('/');
    const [unit] = await tx
      .insert(orgUnits)
      .values({ path, name: segments.at(-1)!, parentId: parentPath ? unitIds.get(parentPath)! : null })
      .returning({ id: orgUnits.id });
    unitIds.set(path, unit!.id);
    unitsCreated++;
  }
  return { unitIds, unitsCreated };
}
