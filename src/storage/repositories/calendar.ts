/**
 * The working calendar as the jobs and the admin commands see it: the days shipped with dika
 * (src/core/calendar/national-days.ts), the national rows admins added (`calendar_days.unit_id`
 * null) and each unit's own rows, inherited down the org_units tree. Everything is read in a few
 * statements (units are at most thousands, days a few hundred), never per employee.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { NATIONAL_DAYS, shippedYears } from '../../core/calendar/national-days.js';
import {
  type CalendarDay,
  type CalendarDayKind,
  type IsoWeekday,
  type WorkingCalendar,
  workingCalendar,
} from '../../core/calendar/working-calendar.js';
import { changedFields } from '../../import/audit.js';
import type { DbOrTx, Tx } from '../database.js';
import { auditLog, calendarDays, orgUnits } from '../schema.js';

export interface UnitTree {
  /** Unit ids from the root down to `unitId` (just `[unitId]` for a root; `[]` for null). */
  chain(unitId: number | null): number[];
  pathOf(unitId: number): string | undefined;
  idOf(path: string): number | undefined;
}

/** The whole org_units tree in one statement. A cycle (bad data) stops the walk instead of looping. */
export async function loadUnitTree(db: DbOrTx): Promise<UnitTree> {
  const rows = await db
    .select({ id: orgUnits.id, parentId: orgUnits.parentId, path: orgUnits.path })
    .from(orgUnits);
  const parent = new Map(rows.map((r) => [r.id, r.parentId]));
  const paths = new Map(rows.map((r) => [r.id, r.path]));
  const ids = new Map(rows.map((r) => [r.path, r.id]));
  const chains = new Map<number, number[]>();
  return {
    chain(unitId) {
      if (unitId === null) return [];
      const known = chains.get(unitId);
      if (known) return known;
      const chain: number[] = [];
      const seen = new Set<number>();
      for (let at: number | null | undefined = unitId; at != null && !seen.has(at); at = parent.get(at)) {
        seen.add(at);
        chain.unshift(at);
      }
      chains.set(unitId, chain);
      return chain;
    },
    pathOf: (unitId) => paths.get(unitId),
    idOf: (path) => ids.get(path.trim()),
  };
}

interface StoredDay extends CalendarDay {
  unitId: number | null;
}

async function storedDays(db: DbOrTx): Promise<StoredDay[]> {
  const rows = await db
    .select({
      date: calendarDays.day,
      unitId: calendarDays.unitId,
      kind: calendarDays.kind,
      name: calendarDays.name,
      source: calendarDays.source,
    })
    .from(calendarDays)
    .orderBy(asc(calendarDays.day));
  return rows.map((r) => ({ ...r, kind: r.kind as CalendarDayKind }));
}

/** Shipped years, plus every year an admin loaded national holidays or cuti bersama for. */
function knownYears(national: readonly CalendarDay[]): Set<number> {
  const years = new Set(shippedYears);
  for (const day of national) if (day.kind !== 'workday') years.add(Number(day.date.slice(0, 4)));
  return years;
}

export type CalendarFor = (unitId: number | null, workWeek?: readonly IsoWeekday[]) => WorkingCalendar;

/** Loads every calendar day once; the function it returns builds any unit's calendar from memory. */
export async function loadCalendars(db: DbOrTx): Promise<CalendarFor & { years: ReadonlySet<number> }> {
  const [tree, days] = await Promise.all([loadUnitTree(db), storedDays(db)]);
  const nationalRows = days.filter((d) => d.unitId === null);
  const byUnit = new Map<number, CalendarDay[]>();
  for (const d of days) {
    if (d.unitId !== null) byUnit.set(d.unitId, [...(byUnit.get(d.unitId) ?? []), d]);
  }
  const years = knownYears(nationalRows);
  const layersOf = (unitId: number | null) => [
    NATIONAL_DAYS,
    nationalRows,
    ...tree.chain(unitId).map((id) => byUnit.get(id) ?? []),
  ];
  // Jobs ask once per person: 100,000 people share a few thousand (unit, working week) calendars.
  const built = new Map<string, WorkingCalendar>();
  const calendarFor: CalendarFor = (unitId, workWeek) => {
    const key = `${unitId}|${workWeek?.join(',') ?? ''}`;
    let calendar = built.get(key);
    if (!calendar) {
      calendar = workingCalendar({ ...(workWeek ? { workWeek } : {}), layers: layersOf(unitId), years });
      built.set(key, calendar);
    }
    return calendar;
  };
  return Object.assign(calendarFor, { years });
}

export type DayOrigin = 'shipped' | 'national' | 'unit';

export interface ListedDay extends CalendarDay {
  origin: DayOrigin;
  /** The unit's path for `unit` days. */
  unitPath?: string;
}

/**
 * The days that differ from the working week for a year, as the unit sees them: national days
 * (shipped, replaced by admin rows on the same date) and the rows of the unit and its ancestors.
 */
export async function listCalendarDays(
  db: DbOrTx,
  input: { year?: number; unitId?: number | null },
): Promise<{ days: ListedDay[]; years: number[] }> {
  const [tree, days] = await Promise.all([loadUnitTree(db), storedDays(db)]);
  const byDate = new Map<string, ListedDay>();
  for (const d of NATIONAL_DAYS) byDate.set(d.date, { ...d, origin: 'shipped' });
  for (const d of days) if (d.unitId === null) byDate.set(d.date, { ...plain(d), origin: 'national' });
  for (const unitId of tree.chain(input.unitId ?? null)) {
    for (const d of days) {
      if (d.unitId === unitId)
        byDate.set(d.date, { ...plain(d), origin: 'unit', unitPath: tree.pathOf(unitId) });
    }
  }
  const listed = [...byDate.values()]
    .filter((d) => input.year === undefined || d.date.startsWith(`${input.year}-`))
    .sort((a, b) => a.date.localeCompare(b.date));
  const years = [...knownYears(days.filter((d) => d.unitId === null))].sort();
  return { days: listed, years };
}

const plain = ({ date, kind, name, source }: CalendarDay): CalendarDay => ({ date, kind, name, source });

/** `2026-03-23@national` or `2026-03-23@Biro A/Bagian B`: the audit key of a calendar row. */
export const calendarKey = (date: string, unitPath: string | undefined) =>
  `${date}@${unitPath ?? 'national'}`;

/** Writes one audit row for an admin's change, in the change's transaction. */
export async function writeAdminAudit(
  tx: DbOrTx,
  input: { actor: string; action: string; entity: string; key: string; before: unknown; after: unknown },
): Promise<void> {
  await tx.insert(auditLog).values({
    actor: input.actor,
    action: input.action,
    entity: input.entity,
    entityKey: input.key,
    before: input.before ?? null,
    after: input.after ?? null,
  });
}

const sameUnit = (unitId: number | null) =>
  unitId === null ? isNull(calendarDays.unitId) : eq(calendarDays.unitId, unitId);

async function storedDay(tx: DbOrTx, date: string, unitId: number | null) {
  const [row] = await tx
    .select({ kind: calendarDays.kind, name: calendarDays.name, source: calendarDays.source })
    .from(calendarDays)
    .where(and(eq(calendarDays.day, date), sameUnit(unitId)));
  return row;
}

/** Inserts or replaces the (date, unit) row; the unique index is on (day, coalesce(unit_id, 0)). */
export async function upsertCalendarDays(
  tx: DbOrTx,
  days: ReadonlyArray<CalendarDay & { unitId: number | null }>,
): Promise<void> {
  if (days.length === 0) return;
  const rows = days.map((d) => ({
    day: d.date,
    unit_id: d.unitId,
    kind: d.kind,
    name: d.name,
    source: d.source,
  }));
  await tx.execute(sql`
    insert into calendar_days (day, unit_id, kind, name, source)
    select x.day, x.unit_id, x.kind, x.name, x.source
    from json_to_recordset(${JSON.stringify(rows)}::json)
      as x(day date, unit_id int, kind text, name text, source text)
    on conflict (day, coalesce(unit_id, 0))
    do update set kind = excluded.kind, name = excluded.name, source = excluded.source`);
}

export type DayChange = 'created' | 'updated' | 'unchanged';

/** An admin adds (or replaces) one day, audited. */
export async function addCalendarDay(
  tx: Tx,
  input: { day: CalendarDay; unitId: number | null; unitPath?: string; actor: string },
): Promise<DayChange> {
  const before = await storedDay(tx, input.day.date, input.unitId);
  const after = { kind: input.day.kind, name: input.day.name, source: input.day.source };
  const change = changedFields(before, after);
  if (!change) return 'unchanged';
  await upsertCalendarDays(tx, [{ ...input.day, unitId: input.unitId }]);
  await writeAdminAudit(tx, {
    actor: input.actor,
    action: before ? 'calendar.update' : 'calendar.add',
    entity: 'calendar_day',
    key: calendarKey(input.day.date, input.unitPath),
    ...change,
  });
  return before ? 'updated' : 'created';
}

export type RemoveOutcome = 'removed' | 'overridden' | 'not-found';

/**
 * An admin removes a day off. A stored row is deleted; a shipped national day cannot be deleted
 * from the code, so it is overridden nationally by a `workday` row (audited either way).
 */
export async function removeCalendarDay(
  tx: Tx,
  input: { date: string; unitId: number | null; unitPath?: string; actor: string },
): Promise<RemoveOutcome> {
  const before = await storedDay(tx, input.date, input.unitId);
  const shipped = input.unitId === null ? NATIONAL_DAYS.find((d) => d.date === input.date) : undefined;
  const key = calendarKey(input.date, input.unitPath);
  if (shipped) {
    if (before?.kind === 'workday') return 'not-found';
    const after = { kind: 'workday' as const, name: shipped.name, source: input.actor };
    await upsertCalendarDays(tx, [{ date: input.date, unitId: null, ...after }]);
    await writeAdminAudit(tx, {
      actor: input.actor,
      action: 'calendar.remove',
      entity: 'calendar_day',
      key,
      before: before ?? { kind: shipped.kind, name: shipped.name, source: shipped.source },
      after,
    });
    return 'overridden';
  }
  if (!before) return 'not-found';
  await tx.delete(calendarDays).where(and(eq(calendarDays.day, input.date), sameUnit(input.unitId)));
  await writeAdminAudit(tx, {
    actor: input.actor,
    action: 'calendar.remove',
    entity: 'calendar_day',
    key,
    before,
    after: null,
  });
  return 'removed';
}
