/**
 * The calendar and schedules as stored: shipped days + national rows + each unit's rows, inherited
 * down the tree; admin changes audited. Runs on PGlite and on PostgreSQL (TEST_DATABASE_URL).
 */
import { asc, desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addCalendarDay,
  listCalendarDays,
  loadCalendars,
  removeCalendarDay,
} from '../../../src/storage/repositories/calendar.js';
import {
  loadSchedules,
  setUnitPaused,
  setUnitSchedule,
} from '../../../src/storage/repositories/schedules.js';
import { auditLog, calendarDays } from '../../../src/storage/schema.js';
import { transaction } from '../../../src/storage/transaction.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { seedUnitPath } from '../../support/telegram-harness.js';

const t = useTestDatabase();
const actor = 'cli:hr';

let deputi: number;
let biro: number;
let bagian: number;
let other: number;

beforeEach(async () => {
  await truncateAll(t.db);
  bagian = await seedUnitPath(t.db, 'Deputi I/Biro A/Bagian Layanan');
  other = await seedUnitPath(t.db, 'Deputi II');
  const ids = await loadCalendarsTree();
  deputi = ids.get('Deputi I')!;
  biro = ids.get('Deputi I/Biro A')!;
});

async function loadCalendarsTree(): Promise<Map<string, number>> {
  const { orgUnits } = await import('../../../src/storage/schema.js');
  const rows = await t.db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits);
  return new Map(rows.map((r) => [r.path, r.id]));
}

const cutiBersama = {
  date: '2026-12-24',
  kind: 'workday' as const,
  name: 'Layanan tetap buka',
  source: 'SK Kepala',
};

describe('loadCalendars', () => {
  it('knows the shipped days and years without any row', async () => {
    const calendarFor = await loadCalendars(t.db);
    const national = calendarFor(null);
    expect(national.offReason('2026-03-23')).toEqual({
      kind: 'collective-leave',
      name: expect.stringContaining('Idulfitri'),
    });
    expect(national.isWorkingDay('2026-03-25')).toBe(true);
    expect(national.hasYear(2026)).toBe(true);
    expect(national.hasYear(2027)).toBe(false);
  });

  it('inherits unit days down the tree, and a unit workday overrides cuti bersama for that branch only', async () => {
    await transaction(t.db, (tx) =>
      addCalendarDay(tx, { day: cutiBersama, unitId: biro, unitPath: 'Deputi I/Biro A', actor }),
    );
    await transaction(t.db, (tx) =>
      addCalendarDay(tx, {
        day: { date: '2026-07-06', kind: 'holiday', name: 'HUT Deputi', source: 'SK Deputi' },
        unitId: deputi,
        actor,
      }),
    );
    const calendarFor = await loadCalendars(t.db);
    // Biro A and its Bagian work on 24 Dec; Deputi I itself and Deputi II do not.
    expect(calendarFor(bagian).isWorkingDay('2026-12-24')).toBe(true);
    expect(calendarFor(biro).isWorkingDay('2026-12-24')).toBe(true);
    expect(calendarFor(deputi).isWorkingDay('2026-12-24')).toBe(false);
    expect(calendarFor(other).isWorkingDay('2026-12-24')).toBe(false);
    expect(calendarFor(null).isWorkingDay('2026-12-24')).toBe(false);
    // The Deputi's own day reaches the units below it, not its sibling.
    expect(calendarFor(bagian).offReason('2026-07-06')).toEqual({ kind: 'holiday', name: 'HUT Deputi' });
    expect(calendarFor(other).isWorkingDay('2026-07-06')).toBe(true);
    // A six-day working week comes from the schedule, the days from the calendar; each working
    // week of a unit is a calendar of its own, however they are asked for.
    expect(calendarFor(bagian, [1, 2, 3, 4, 5]).isWorkingDay('2026-07-11')).toBe(false);
    expect(calendarFor(bagian, [1, 2, 3, 4, 5, 6]).isWorkingDay('2026-07-11')).toBe(true);
    expect(calendarFor(bagian).isWorkingDay('2026-07-11')).toBe(false);
  });

  it('counts a year as known once national holidays are loaded for it, not for a unit day', async () => {
    await transaction(t.db, (tx) =>
      addCalendarDay(tx, {
        day: { date: '2027-01-04', kind: 'holiday', name: 'Unit', source: '' },
        unitId: biro,
        actor,
      }),
    );
    // Nor for a national working day (a Saturday made a workday) alone.
    await transaction(t.db, (tx) =>
      addCalendarDay(tx, {
        day: { date: '2027-01-09', kind: 'workday', name: 'Pengganti', source: 'SKB 2027' },
        unitId: null,
        actor,
      }),
    );
    expect((await loadCalendars(t.db)).years.has(2027)).toBe(false);
    expect((await listCalendarDays(t.db, {})).years).toEqual([2025, 2026]);
    await transaction(t.db, (tx) =>
      addCalendarDay(tx, {
        day: { date: '2027-01-01', kind: 'holiday', name: 'Tahun Baru 2027 Masehi', source: 'SKB 2027' },
        unitId: null,
        actor,
      }),
    );
    const calendarFor = await loadCalendars(t.db);
    expect(calendarFor(null).hasYear(2027)).toBe(true);
    expect(calendarFor(null).isWorkingDay('2027-01-01')).toBe(false);
    expect((await listCalendarDays(t.db, {})).years).toEqual([2025, 2026, 2027]);
  });
});

describe('removeCalendarDay', () => {
  it('overrides a shipped national day with a workday row, audited; removing it again finds nothing', async () => {
    const outcome = await transaction(t.db, (tx) =>
      removeCalendarDay(tx, { date: '2026-05-15', unitId: null, actor }),
    );
    expect(outcome).toBe('overridden');
    expect((await loadCalendars(t.db))(null).isWorkingDay('2026-05-15')).toBe(true);
    const [row] = await t.db.select().from(calendarDays);
    expect(row).toMatchObject({ day: '2026-05-15', unitId: null, kind: 'workday' });
    expect(
      await transaction(t.db, (tx) => removeCalendarDay(tx, { date: '2026-05-15', unitId: null, actor })),
    ).toBe('not-found');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entity, 'calendar_day'));
    expect(audit).toEqual([
      expect.objectContaining({
        actor,
        action: 'calendar.remove',
        entityKey: '2026-05-15@national',
        before: expect.objectContaining({ kind: 'collective-leave' }),
        after: expect.objectContaining({ kind: 'workday' }),
      }),
    ]);
  });

  it('deletes a stored unit day and reports a day that is not there', async () => {
    await transaction(t.db, (tx) =>
      addCalendarDay(tx, { day: cutiBersama, unitId: biro, unitPath: 'Deputi I/Biro A', actor }),
    );
    expect(
      await transaction(t.db, (tx) => removeCalendarDay(tx, { date: '2026-12-24', unitId: bagian, actor })),
    ).toBe('not-found');
    expect(
      await transaction(t.db, (tx) =>
        removeCalendarDay(tx, { date: '2026-12-24', unitId: biro, unitPath: 'Deputi I/Biro A', actor }),
      ),
    ).toBe('removed');
    expect(await t.db.select().from(calendarDays)).toEqual([]);
    expect((await loadCalendars(t.db))(bagian).isWorkingDay('2026-12-24')).toBe(false);
    const actions = await t.db
      .select({ a: auditLog.action, k: auditLog.entityKey })
      .from(auditLog)
      .orderBy(asc(auditLog.id));
    expect(actions).toEqual([
      { a: 'calendar.add', k: '2026-12-24@Deputi I/Biro A' },
      { a: 'calendar.remove', k: '2026-12-24@Deputi I/Biro A' },
    ]);
  });
});

describe('addCalendarDay and listCalendarDays', () => {
  it('adds once, reports an identical add as unchanged, and lists shipped, national and unit days', async () => {
    const day = {
      date: '2026-12-31',
      kind: 'collective-leave' as const,
      name: 'Tambahan',
      source: 'SKB perubahan',
    };
    expect(await transaction(t.db, (tx) => addCalendarDay(tx, { day, unitId: null, actor }))).toBe('created');
    expect(await transaction(t.db, (tx) => addCalendarDay(tx, { day, unitId: null, actor }))).toBe(
      'unchanged',
    );
    await transaction(t.db, (tx) =>
      addCalendarDay(tx, { day: cutiBersama, unitId: biro, unitPath: 'Deputi I/Biro A', actor }),
    );
    const { days } = await listCalendarDays(t.db, { year: 2026, unitId: bagian });
    expect(days.filter((d) => d.kind !== 'workday' && d.origin === 'shipped')).toHaveLength(24);
    expect(days.find((d) => d.date === '2026-12-24')).toMatchObject({
      origin: 'unit',
      unitPath: 'Deputi I/Biro A',
    });
    expect(days.find((d) => d.date === '2026-12-31')).toMatchObject({ origin: 'national' });
    // Another branch's days are not this unit's, nor anyone's when no unit is asked for.
    await transaction(t.db, (tx) =>
      addCalendarDay(tx, {
        day: { date: '2026-08-03', kind: 'holiday', name: 'HUT Deputi II', source: '' },
        unitId: other,
        actor,
      }),
    );
    expect(
      (await listCalendarDays(t.db, { year: 2026, unitId: bagian })).days.map((d) => d.date),
    ).not.toContain('2026-08-03');
    expect((await listCalendarDays(t.db, { year: 2026 })).days.map((d) => d.date)).not.toContain(
      '2026-08-03',
    );
    expect(
      (await listCalendarDays(t.db, { year: 2026, unitId: other })).days.find((d) => d.date === '2026-08-03'),
    ).toMatchObject({ origin: 'unit', unitPath: 'Deputi II' });
    const listedOther = (await listCalendarDays(t.db, { year: 2026, unitId: other })).days.map((d) => d.date);
    expect(listedOther).toEqual([...listedOther].sort());
    // A year's list holds that year only, in date order.
    const listed2025 = (await listCalendarDays(t.db, { year: 2025 })).days.map((d) => d.date);
    expect(listed2025.length).toBeGreaterThan(20);
    expect(listed2025.every((d) => d.startsWith('2025-'))).toBe(true);
    expect(listed2025).toEqual([...listed2025].sort());
    expect(await t.db.select().from(auditLog)).toHaveLength(3);
  });
});

describe('schedules', () => {
  it('inherits settings and pause down the tree and says where each comes from', async () => {
    await transaction(t.db, (tx) =>
      setUnitSchedule(tx, {
        unitId: deputi,
        unitPath: 'Deputi I',
        changes: { prompt: { day: 1, time: '08:00' }, workWeek: [1, 2, 3, 4, 5, 6] },
        actor,
      }),
    );
    await transaction(t.db, (tx) =>
      setUnitSchedule(tx, { unitId: biro, unitPath: 'Deputi I/Biro A', changes: { digest: null }, actor }),
    );
    await transaction(t.db, (tx) =>
      setUnitPaused(tx, { unitId: deputi, unitPath: 'Deputi I', paused: true, actor }),
    );
    const scheduleFor = await loadSchedules(t.db);
    const bagianSchedule = scheduleFor(bagian);
    expect(bagianSchedule.settings).toMatchObject({
      prompt: { day: 1, time: '08:00' },
      reminder: { day: 'first+2', time: '09:00' },
      digest: null,
      workWeek: [1, 2, 3, 4, 5, 6],
    });
    expect(bagianSchedule.paused).toBe(true);
    expect(bagianSchedule.from.prompt?.path).toBe('Deputi I');
    expect(bagianSchedule.from.digest?.path).toBe('Deputi I/Biro A');
    expect(bagianSchedule.from.reminder).toBeUndefined();
    expect(scheduleFor(other)).toMatchObject({ paused: false, from: {} });
    expect(scheduleFor(null).settings.prompt).toEqual({ day: 'first', time: '09:00' });

    // Resuming Biro A under a paused Deputi says "not paused" for that branch only.
    await transaction(t.db, (tx) =>
      setUnitPaused(tx, { unitId: biro, unitPath: 'Deputi I/Biro A', paused: false, actor }),
    );
    const resumed = await loadSchedules(t.db);
    expect(resumed(bagian).paused).toBe(false);
    expect(resumed(deputi).paused).toBe(true);

    const audit = await t.db
      .select({
        a: auditLog.action,
        e: auditLog.entity,
        k: auditLog.entityKey,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .orderBy(asc(auditLog.id));
    expect(audit).toEqual([
      {
        a: 'schedule.set',
        e: 'unit_schedule',
        k: 'Deputi I',
        before: null,
        after: { prompt: { day: 1, time: '08:00' }, workWeek: [1, 2, 3, 4, 5, 6] },
      },
      { a: 'schedule.set', e: 'unit_schedule', k: 'Deputi I/Biro A', before: null, after: { digest: null } },
      {
        a: 'schedule.pause',
        e: 'unit_schedule',
        k: 'Deputi I',
        before: { paused: null },
        after: { paused: true },
      },
      {
        a: 'schedule.resume',
        e: 'unit_schedule',
        k: 'Deputi I/Biro A',
        before: { paused: null },
        after: { paused: false },
      },
    ]);
    // Setting what is already set writes and audits nothing.
    expect(
      await transaction(t.db, (tx) =>
        setUnitSchedule(tx, { unitId: biro, unitPath: 'Deputi I/Biro A', changes: { digest: null }, actor }),
      ),
    ).toBe('unchanged');
    await transaction(t.db, (tx) =>
      setUnitSchedule(tx, {
        unitId: biro,
        unitPath: 'Deputi I/Biro A',
        changes: { lastCall: null },
        actor,
      }),
    );
    const [last] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(last).toMatchObject({ before: { digest: null }, after: { digest: null, lastCall: null } });
    expect(await t.db.select().from(auditLog)).toHaveLength(5);
  });

  it('resuming a unit under running parents goes back to inheriting; doing it twice changes nothing', async () => {
    await transaction(t.db, (tx) =>
      setUnitPaused(tx, { unitId: biro, unitPath: 'Deputi I/Biro A', paused: true, actor }),
    );
    expect(
      await transaction(t.db, (tx) =>
        setUnitPaused(tx, { unitId: biro, unitPath: 'B', paused: false, actor }),
      ),
    ).toBe('updated');
    expect(
      await transaction(t.db, (tx) =>
        setUnitPaused(tx, { unitId: biro, unitPath: 'B', paused: false, actor }),
      ),
    ).toBe('unchanged');
    await transaction(t.db, (tx) =>
      setUnitPaused(tx, { unitId: deputi, unitPath: 'Deputi I', paused: true, actor }),
    );
    expect((await loadSchedules(t.db))(bagian).paused).toBe(true);
  });
});
