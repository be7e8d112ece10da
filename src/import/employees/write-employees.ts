/**
 * Writes validated employees inside the caller's transaction, in batches (write-batches.ts): the
 * unit tree first, then new people level by level (supervisors before their staff) each with its
 * audit row, then the appraiser links the levels could not resolve, then changed people, then their
 * audit rows. The audit ids are taken first, in file order, so the audit lists in file order whatever
 * the levels. Unchanged people are not touched, so a re-import bumps no updated_at and writes no
 * audit row.
 */
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../storage/database.js';
import { employees, orgUnits } from '../../storage/schema.js';
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
  slices,
} from '../write-batches.js';
import {
  DEFAULT_LOCALE,
  DEFAULT_ROLES,
  DEFAULT_TIME_ZONE,
  type EmployeeRecord,
  type ImportRole,
} from './validate-employees.js';
import { writeUnitHeads } from './write-unit-heads.js';

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
  appraiserNip: string | null;
  salutation: string | null;
  timeZone: string;
  locale: string;
  roles: string[];
  /** Kepala of their own unit (`kepala_unit`). */
  unitHead: boolean;
}

const IMPORT_ROLES: readonly string[] = ['pegawai', 'admin'] satisfies ImportRole[];

/**
 * A row that changes something: a new person, or a stored one with what the file changes. A new one
 * keeps only its record; its view is built again per batch.
 */
interface Planned {
  record: EmployeeRecord;
  existed: boolean;
  /** A stored person's view after the import, and the audited difference. */
  update?: { next: EmployeeView; change: NonNullable<ReturnType<typeof changedFields<EmployeeView>>> };
  /** The audit row's id (reserveAuditIds). */
  auditId?: number;
}

const viewOf = (p: Planned): EmployeeView => p.update?.next ?? desiredView(p.record, undefined);

/** The columns a batch of employees carries (write-batches.ts `columns`). */
const EMPLOYEE_BATCH =
  'x(i int, nip text, name text, email text, phone text, position text, unit_id int, supervisor_nip text, ' +
  'appraiser_nip text, salutation text, roles text[], locale text, time_zone text, unit_head bool, audit_id int)';

export async function writeEmployees(
  tx: Tx,
  records: readonly EmployeeRecord[],
  actor: string,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<EmployeeImportSummary> {
  const { unitIds, unitsCreated } = await ensureUnits(tx, records, batchSize);
  const planned = await plan(tx, records, batchSize);
  const auditIds = await reserveAuditIds(tx, planned.length);
  planned.forEach((p, i) => {
    p.auditId = auditIds[i];
  });
  const batching = (step: string) => ({
    size: batchSize,
    step,
    rowOf: (p: Planned) => p.record.row,
    keyOf: (p: Planned) => p.record.nip,
  });
  const batch = (items: readonly Planned[]) =>
    columns(
      EMPLOYEE_BATCH,
      items.map((p, i) => {
        const next = viewOf(p);
        return {
          i,
          nip: p.record.nip,
          name: next.name,
          email: next.email,
          phone: next.phone,
          position: next.position,
          unit_id: unitIds.get(next.unit!)!,
          supervisor_nip: next.supervisorNip,
          appraiser_nip: next.appraiserNip,
          salutation: next.salutation,
          roles: next.roles,
          locale: next.locale,
          time_zone: next.timeZone,
          unit_head: next.unitHead,
          audit_id: p.auditId,
        };
      }),
    );

  // New people, supervisors before their staff: each INSERT finds every supervisor by NIP. Each
  // statement writes the audit rows of the people it inserted too, built by the database from the
  // batch it already holds (with the ids reserved in file order) instead of sent again as JSON.
  const created = planned.filter((p) => !p.existed);
  const levels = dependencyLevels(
    created,
    (p) => p.record.nip,
    (p) => p.record.supervisorNip,
  );
  for (const level of levels) {
    await inBatches(level, batching('inserting employees'), (items) =>
      tx.execute(sql`
        with x as (select * from ${batch(items)}),
        inserted as (
          insert into employees (nip, name, email, phone, position, unit_id, supervisor_id, appraiser_id,
                                 salutation, roles, locale, time_zone)
          select x.nip, x.name, x.email, x.phone, x.position, x.unit_id, ${idByNip('x.supervisor_nip')},
                 ${idByNip('x.appraiser_nip')}, x.salutation, x.roles, x.locale, x.time_zone
          from x
          order by x.i
          returning nip)
        insert into audit_log (id, actor, action, entity, entity_key, before, after) overriding system value
        select x.audit_id, ${actor}, 'import.create', 'employee', x.nip, null,
               jsonb_build_object('name', x.name, 'email', x.email, 'phone', x.phone, 'position', x.position,
                 'unit', (select path from org_units where id = x.unit_id), 'supervisorNip', x.supervisor_nip,
                 'appraiserNip', x.appraiser_nip, 'salutation', x.salutation, 'timeZone', x.time_zone,
                 'locale', x.locale, 'roles', to_jsonb(x.roles), 'unitHead', x.unit_head)
        from inserted join x on x.nip = inserted.nip`),
    );
  }
  // The levels follow the atasan; an appraiser new in this file and not above in that chain (a
  // penilai in another Biro, further down the file) did not exist yet when its row was inserted.
  await inBatches(appraiserNotYetInserted(levels), batching('linking appraisers'), (items) =>
    tx.execute(sql`
      with x as (select * from ${batch(items)})
      update employees e set appraiser_id = ${idByNip('x.appraiser_nip')}
      from x
      where e.nip = x.nip and ${keyedByBatch('e.nip', 'nip')}`),
  );

  // Changed people, after the inserts, so a new supervisor further down the file exists too.
  const changed = planned.filter((p) => p.existed);
  await inBatches(changed, batching('updating employees'), (items) =>
    tx.execute(sql`
      with x as (select * from ${batch(items)})
      update employees e
      set name = x.name, email = x.email, phone = x.phone, position = x.position, unit_id = x.unit_id,
          supervisor_id = ${idByNip('x.supervisor_nip')}, appraiser_id = ${idByNip('x.appraiser_nip')},
          salutation = x.salutation, roles = x.roles, locale = x.locale, time_zone = x.time_zone,
          updated_at = now()
      from x
      where e.nip = x.nip and ${keyedByBatch('e.nip', 'nip')}`),
  );

  await writeUnitHeads(tx, records, unitIds, batchSize);

  // The creations were audited with their INSERT; the updates' audit rows carry only what changed.
  await writeImportAudit(tx, {
    actor,
    entity: 'employee',
    batchSize,
    rows: changed.map((p) => ({
      key: p.record.nip,
      row: p.record.row,
      existed: true,
      change: p.update!.change,
      auditId: p.auditId,
    })),
  });
  const counts = { created: created.length, updated: changed.length };
  return { ...counts, unchanged: records.length - planned.length, unitsCreated };
}

/**
 * The id of the person with a batch column's NIP, as a subquery per row: one probe of the NIP index.
 * A join would be planned as a hash join over the whole table once it holds more rows than the
 * statistics (taken before the import) say, rebuilt for every batch: quadratic in the file's size.
 */
const idByNip = (column: string) => sql.raw(`(select id from employees where nip = ${column})`);

/** New people whose appraiser is new too and was inserted in the same level or a later one. */
function appraiserNotYetInserted(levels: readonly Planned[][]): Planned[] {
  const levelOf = new Map<string, number>();
  levels.forEach((level, index) => {
    for (const p of level) levelOf.set(p.record.nip, index);
  });
  return levels.flatMap((level, index) =>
    level.filter((p) => {
      const appraiser = p.record.appraiserNip;
      const appraiserLevel = appraiser == null ? undefined : levelOf.get(appraiser);
      return appraiserLevel !== undefined && appraiserLevel >= index;
    }),
  );
}

/** Each row compared with what is stored under its NIP; an unchanged row is only counted. */
async function plan(tx: Tx, records: readonly EmployeeRecord[], batchSize: number): Promise<Planned[]> {
  const stored = await loadEmployees(
    tx,
    records.map((r) => r.nip),
    batchSize,
  );
  const planned: Planned[] = [];
  for (const record of records) {
    const current = stored.get(record.nip);
    if (!current) {
      planned.push({ record, existed: false });
      continue;
    }
    const next = desiredView(record, current);
    const change = changedFields(current, next);
    if (change) planned.push({ record, existed: true, update: { next, change } });
  }
  return planned;
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
    appraiserNip: record.appraiserNip === undefined ? (current?.appraiserNip ?? null) : record.appraiserNip,
    salutation: record.salutation === undefined ? (current?.salutation ?? null) : record.salutation,
    timeZone: record.timeZone ?? current?.timeZone ?? DEFAULT_TIME_ZONE,
    locale: record.locale ?? current?.locale ?? DEFAULT_LOCALE,
    roles: record.roles ? [...record.roles, ...otherRoles] : (current?.roles ?? DEFAULT_ROLES),
    unitHead: record.unitHead ?? current?.unitHead ?? false,
  };
}

async function loadEmployees(
  tx: Tx,
  nips: readonly string[],
  batchSize: number,
): Promise<Map<string, EmployeeView>> {
  const supervisor = alias(employees, 'supervisor');
  const appraiser = alias(employees, 'appraiser');
  const options = {
    batchSize,
    tableRows: () => countRows(tx, employees),
    keyOf: (r: { nip: string }) => r.nip,
  };
  const rows = await readByKeys(nips, options, (keys) =>
    tx
      .select({
        nip: employees.nip,
        name: employees.name,
        email: employees.email,
        phone: employees.phone,
        position: employees.position,
        unit: orgUnits.path,
        supervisorNip: supervisor.nip,
        appraiserNip: appraiser.nip,
        salutation: employees.salutation,
        timeZone: employees.timeZone,
        locale: employees.locale,
        roles: employees.roles,
        unitHead: sql<boolean>`coalesce(${orgUnits.headId} = ${employees.id}, false)`,
      })
      .from(employees)
      .leftJoin(orgUnits, eq(orgUnits.id, employees.unitId))
      .leftJoin(supervisor, eq(supervisor.id, employees.supervisorId))
      .leftJoin(appraiser, eq(appraiser.id, employees.appraiserId))
      .where(keys && sql`${employees.nip} in ${keyList(keys)}`),
  );
  // The row itself is the view (its NIP is never compared: changedFields reads the file's fields).
  return new Map(rows.map((row) => [row.nip, row]));
}

/** Every prefix of every path becomes a unit, parents before children; returns path → id. */
async function ensureUnits(
  tx: Tx,
  records: readonly EmployeeRecord[],
  batchSize: number,
): Promise<{ unitIds: Map<string, number>; unitsCreated: number }> {
  // Each unit with the first row naming it, to locate a batch the database refuses.
  const firstRow = new Map<string, number>();
  const seen = new Set<string>();
  for (const { unitPath, row } of records) {
    if (seen.has(unitPath)) continue;
    seen.add(unitPath);
    const segments = unitPath.split('/');
    for (let depth = 1; depth <= segments.length; depth++) {
      const prefix = segments.slice(0, depth).join('/');
      if (!firstRow.has(prefix)) firstRow.set(prefix, row);
    }
  }
  const unitIds = await loadUnitIds(tx, [...firstRow.keys()], batchSize);
  const missing = [...firstRow.keys()].filter((path) => !unitIds.has(path));
  // Parents first: each INSERT finds its parents by path.
  const levels = dependencyLevels(
    missing,
    (path) => path,
    (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : null),
  );
  const batching = {
    size: batchSize,
    step: 'inserting work units',
    rowOf: (path: string) => firstRow.get(path)!,
    keyOf: (path: string) => path,
  };
  for (const level of levels) {
    await inBatches(level, batching, (paths) => {
      const rows = paths.map((path, i) => {
        const cut = path.lastIndexOf('/');
        return { i, path, name: path.slice(cut + 1), parent: cut < 0 ? null : path.slice(0, cut) };
      });
      return tx.execute(sql`
        insert into org_units (path, name, parent_id)
        select x.path, x.name, p.id
        from ${columns('x(i int, path text, name text, parent text)', rows)}
        left join org_units p on p.path = x.parent
        order by x.i`);
    });
  }
  for (const [path, id] of await loadUnitIds(tx, missing, batchSize)) unitIds.set(path, id);
  return { unitIds, unitsCreated: missing.length };
}

async function loadUnitIds(
  tx: Tx,
  paths: readonly string[],
  batchSize: number,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const slice of slices(paths, batchSize)) {
    const rows = await tx
      .select({ id: orgUnits.id, path: orgUnits.path })
      .from(orgUnits)
      .where(sql`${orgUnits.path} in ${keyList(slice)}`);
    for (const unit of rows) ids.set(unit.path, unit.id);
  }
  return ids;
}
