/**
 * The leave (`import cuti`) and calendar (`holidays import`) imports called directly: what each row
 * writes, the audit rows (only the changed fields on an update), the summary counts, unchanged rows
 * left untouched (their xmin stays), small batches, and a refused file that writes nothing.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  importCalendarDays,
  parseCalendarDate,
  parseDayKind,
} from '../../src/import/calendar/import-calendar-days.js';
import { importLeave } from '../../src/import/leave/import-leave.js';
import { auditLog, calendarDays, leavePeriods, orgUnits } from '../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { csv } from '../support/import-snapshot.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const actor = 'cli:hr';

const audit = (entity: string) =>
  t.db
    .select({
      actor: auditLog.actor,
      action: auditLog.action,
      key: auditLog.entityKey,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(eq(auditLog.entity, entity))
    .orderBy(asc(auditLog.id));

/** Each row's transaction id: a statement that rewrites a row (even to the same values) changes it. */
async function versions(table: 'leave_periods' | 'calendar_days'): Promise<string[]> {
  const rows = rowsOf<{ v: string }>(
    await t.db.execute(sql.raw(`select xmin::text as v from ${table} order by id`)),
  );
  return rows.map((r) => r.v);
}

beforeEach(async () => {
  await truncateAll(t.db);
});

describe('importLeave', () => {
  let sari: { id: number; nip: string };
  let budi: { id: number; nip: string };
  let eko: { id: number; nip: string };
  beforeEach(async () => {
    sari = await seedEmployee(t.db, { name: 'Sari' });
    budi = await seedEmployee(t.db, { name: 'Budi' });
    eko = await seedEmployee(t.db, { name: 'Eko' });
  });

  const stored = () =>
    t.db
      .select({
        employeeId: leavePeriods.employeeId,
        startsOn: leavePeriods.startsOn,
        endsOn: leavePeriods.endsOn,
        kind: leavePeriods.kind,
      })
      .from(leavePeriods)
      .orderBy(asc(leavePeriods.id));

  it('reads the column aliases, audits a creation whole, and finds people and stored leave across slices of 1', async () => {
    const file = csv(
      'nip;tanggal_mulai;tgl_selesai;jenis_cuti',
      `${sari.nip};2026-12-07;2026-12-08;tahunan`,
      `${budi.nip};2026-12-09;2026-12-09;`,
      `${eko.nip};2026-12-10;2026-12-11;sakit`,
    );
    expect(await importLeave(t.db, file, { actor, batchSize: 1 })).toEqual({
      ok: true,
      summary: { created: 3, updated: 0, unchanged: 0 },
    });
    expect(await stored()).toEqual([
      { employeeId: sari.id, startsOn: '2026-12-07', endsOn: '2026-12-08', kind: 'tahunan' },
      { employeeId: budi.id, startsOn: '2026-12-09', endsOn: '2026-12-09', kind: null },
      { employeeId: eko.id, startsOn: '2026-12-10', endsOn: '2026-12-11', kind: 'sakit' },
    ]);
    expect(await audit('leave_period')).toEqual([
      {
        actor,
        action: 'import.create',
        key: `${sari.nip}:2026-12-07..2026-12-08`,
        before: null,
        after: { nip: sari.nip, mulai: '2026-12-07', selesai: '2026-12-08', jenis: 'tahunan' },
      },
      {
        actor,
        action: 'import.create',
        key: `${budi.nip}:2026-12-09..2026-12-09`,
        before: null,
        after: { nip: budi.nip, mulai: '2026-12-09', selesai: '2026-12-09', jenis: null },
      },
      {
        actor,
        action: 'import.create',
        key: `${eko.nip}:2026-12-10..2026-12-11`,
        before: null,
        after: { nip: eko.nip, mulai: '2026-12-10', selesai: '2026-12-11', jenis: 'sakit' },
      },
    ]);

    // Again in slices of 1: every stored period is found, so nothing is written or audited.
    const before = await versions('leave_periods');
    expect(await importLeave(t.db, file, { actor, batchSize: 1 })).toEqual({
      ok: true,
      summary: { created: 0, updated: 0, unchanged: 3 },
    });
    expect(await versions('leave_periods')).toEqual(before);
    expect(await audit('leave_period')).toHaveLength(3);
  });

  it('keeps a stored jenis when the file gives none, and rewrites only the changed period', async () => {
    await importLeave(
      t.db,
      csv(
        'nip;mulai;selesai;jenis',
        `${sari.nip};2026-12-07;2026-12-08;tahunan`,
        `${budi.nip};2026-12-09;2026-12-09;sakit`,
      ),
      { actor },
    );
    const before = await versions('leave_periods');
    const result = await importLeave(
      t.db,
      csv(
        'nip;mulai;selesai;jenis',
        `${sari.nip};2026-12-07;2026-12-08;`,
        `${budi.nip};2026-12-09;2026-12-09;penting`,
      ),
      { actor, batchSize: 1 },
    );
    expect(result).toEqual({ ok: true, summary: { created: 0, updated: 1, unchanged: 1 } });
    expect((await stored()).map((l) => l.kind)).toEqual(['tahunan', 'penting']);
    const after = await versions('leave_periods');
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    const rows = await audit('leave_period');
    expect(rows.slice(2)).toEqual([
      {
        actor,
        action: 'import.update',
        key: `${budi.nip}:2026-12-09..2026-12-09`,
        before: { kind: 'sakit' },
        after: { kind: 'penting' },
      },
    ]);
    // Without the jenis column at all, the stored kinds stay too.
    expect(
      await importLeave(t.db, csv('nip;mulai;selesai', `${sari.nip};2026-12-07;2026-12-08`), { actor }),
    ).toEqual({ ok: true, summary: { created: 0, updated: 0, unchanged: 1 } });
  });

  it('asks for every empty required cell and an unknown NIP, and writes nothing', async () => {
    const result = await importLeave(
      t.db,
      csv(
        'nip;mulai;selesai;jenis',
        `${sari.nip};2026-12-07;2026-12-08;tahunan`,
        `;2026-12-07;2026-12-08;`,
        `${budi.nip};;;`,
        `${budi.nip};2026-12-07;31/02/2026;`,
        `199901012020011999;2026-12-07;2026-12-08;`,
      ),
      { actor, batchSize: 1 },
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 3, column: 'nip', key: 'import-required', args: { value: '' } },
        { row: 4, column: 'mulai', key: 'import-required', args: { value: '' } },
        { row: 4, column: 'selesai', key: 'import-required', args: { value: '' } },
        { row: 5, column: 'selesai', key: 'leave-import-date', args: { value: '31/02/2026' } },
        { row: 6, column: 'nip', key: 'leave-import-unknown-nip', args: { value: '199901012020011999' } },
      ],
    });
    expect(await stored()).toEqual([]);
    expect(await audit('leave_period')).toEqual([]);
  });

  it('names the header problem without opening a transaction', async () => {
    const result = await importLeave(t.db, csv('nip;mulai', `${sari.nip};2026-12-07`), { actor });
    expect(result.ok).toBe(false);
    expect(await stored()).toEqual([]);
  });

  it('locates a period the database refuses at its file row and rolls back the earlier batches', async () => {
    await t.db.execute(
      sql.raw(
        `alter table leave_periods add constraint import_test_refuses check (kind is distinct from 'ditolak') not valid`,
      ),
    );
    try {
      const result = await importLeave(
        t.db,
        csv(
          'nip;mulai;selesai;jenis',
          `${sari.nip};2026-12-07;2026-12-08;tahunan`,
          `${budi.nip};2026-12-09;2026-12-09;sakit`,
          `${eko.nip};2026-12-10;2026-12-11;ditolak`,
        ),
        { actor, batchSize: 2 },
      );
      expect(result).toEqual({
        ok: false,
        problems: [
          {
            key: 'import-rows-refused',
            args: { first: 4, last: 4, count: 1, error: 'SQLSTATE 23514, constraint import_test_refuses' },
          },
        ],
      });
      expect(await stored()).toEqual([]);
      expect(await audit('leave_period')).toEqual([]);
    } finally {
      await t.db.execute(sql`alter table leave_periods drop constraint if exists import_test_refuses`);
    }
  });
});

describe('importCalendarDays', () => {
  const BIRO = 'Biro Umum';
  let biroId: number;
  beforeEach(async () => {
    const [unit] = await t.db.insert(orgUnits).values({ name: BIRO, path: BIRO }).returning();
    biroId = unit!.id;
  });

  const stored = () =>
    t.db
      .select({
        day: calendarDays.day,
        unitId: calendarDays.unitId,
        kind: calendarDays.kind,
        name: calendarDays.name,
        source: calendarDays.source,
      })
      .from(calendarDays)
      .orderBy(asc(calendarDays.id));

  const header = 'tanggal;nama;jenis;unit;sumber';
  const file = csv(
    header,
    '2027-01-01;Tahun Baru;libur;;SKB 2027',
    '17 Agustus 2027;Proklamasi;Libur  Nasional;;',
    '2027-12-24;Cuti bersama Natal; Cuti Bersama ;;Keppres',
    `2027-12-24;Layanan buka;masuk;${BIRO};SK Biro`,
  );

  it('writes national and unit days in batches of 1, audited whole, and a re-import touches nothing', async () => {
    expect(await importCalendarDays(t.db, file, { actor, batchSize: 1 })).toEqual({
      ok: true,
      summary: { created: 4, updated: 0, unchanged: 0 },
    });
    expect(await stored()).toEqual([
      { day: '2027-01-01', unitId: null, kind: 'holiday', name: 'Tahun Baru', source: 'SKB 2027' },
      { day: '2027-08-17', unitId: null, kind: 'holiday', name: 'Proklamasi', source: '' },
      {
        day: '2027-12-24',
        unitId: null,
        kind: 'collective-leave',
        name: 'Cuti bersama Natal',
        source: 'Keppres',
      },
      { day: '2027-12-24', unitId: biroId, kind: 'workday', name: 'Layanan buka', source: 'SK Biro' },
    ]);
    expect(await audit('calendar_day')).toEqual([
      {
        actor,
        action: 'import.create',
        key: '2027-01-01@national',
        before: null,
        after: { kind: 'holiday', name: 'Tahun Baru', source: 'SKB 2027' },
      },
      {
        actor,
        action: 'import.create',
        key: '2027-08-17@national',
        before: null,
        after: { kind: 'holiday', name: 'Proklamasi', source: '' },
      },
      {
        actor,
        action: 'import.create',
        key: '2027-12-24@national',
        before: null,
        after: { kind: 'collective-leave', name: 'Cuti bersama Natal', source: 'Keppres' },
      },
      {
        actor,
        action: 'import.create',
        key: `2027-12-24@${BIRO}`,
        before: null,
        after: { kind: 'workday', name: 'Layanan buka', source: 'SK Biro' },
      },
    ]);

    const before = await versions('calendar_days');
    expect(await importCalendarDays(t.db, file, { actor, batchSize: 1 })).toEqual({
      ok: true,
      summary: { created: 0, updated: 0, unchanged: 4 },
    });
    expect(await versions('calendar_days')).toEqual(before);
    expect(await audit('calendar_day')).toHaveLength(4);
  });

  it('updates only the changed days, auditing only the changed fields', async () => {
    await importCalendarDays(t.db, file, { actor });
    const before = await versions('calendar_days');
    const changed = csv(
      'date;name;kind;unit;source',
      '2027-01-01;Tahun Baru;libur;;SKB 2027 (revisi)',
      '17 Agustus 2027;Proklamasi;libur;;',
      `2027-12-24;Layanan buka;libur;${BIRO};SK Biro`,
    );
    expect(await importCalendarDays(t.db, changed, { actor, batchSize: 1 })).toEqual({
      ok: true,
      summary: { created: 0, updated: 2, unchanged: 1 },
    });
    const after = await versions('calendar_days');
    expect([
      after[0] === before[0],
      after[1] === before[1],
      after[2] === before[2],
      after[3] === before[3],
    ]).toEqual([false, true, true, false]);
    expect((await stored()).map((d) => [d.source, d.kind])).toEqual([
      ['SKB 2027 (revisi)', 'holiday'],
      ['', 'holiday'],
      ['Keppres', 'collective-leave'],
      ['SK Biro', 'holiday'],
    ]);
    expect((await audit('calendar_day')).slice(4)).toEqual([
      {
        actor,
        action: 'import.update',
        key: '2027-01-01@national',
        before: { source: 'SKB 2027' },
        after: { source: 'SKB 2027 (revisi)' },
      },
      {
        actor,
        action: 'import.update',
        key: `2027-12-24@${BIRO}`,
        before: { kind: 'workday' },
        after: { kind: 'holiday' },
      },
    ]);
  });

  it('lists every problem by row and column, sorted, and writes nothing', async () => {
    const result = await importCalendarDays(
      t.db,
      csv(
        header,
        '2027-01-01;Tahun Baru;libur;;',
        ';Kosong;;;',
        '1 Januari;;bebas;Tidak Ada;',
        `2027-01-01;Lagi;libur;;`,
        `2027-01-01;Unit boleh;masuk;${BIRO};`,
        `2027-01-01;Unit lagi;masuk;${BIRO};`,
      ),
      { actor },
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 3, column: 'tanggal', key: 'import-required', args: { value: '' } },
        { row: 3, column: 'jenis', key: 'import-required', args: { value: '' } },
        { row: 4, column: 'tanggal', key: 'holidays-import-date', args: { value: '1 Januari' } },
        { row: 4, column: 'nama', key: 'import-required', args: { value: '' } },
        { row: 4, column: 'jenis', key: 'holidays-import-kind', args: { value: 'bebas' } },
        { row: 4, column: 'unit', key: 'holidays-import-unit', args: { value: 'Tidak Ada' } },
        {
          row: 5,
          column: 'tanggal',
          key: 'holidays-import-duplicate',
          args: { value: '2027-01-01', row: 2 },
        },
        {
          row: 7,
          column: 'tanggal',
          key: 'holidays-import-duplicate',
          args: { value: '2027-01-01', row: 6 },
        },
      ],
    });
    expect(await stored()).toEqual([]);
    expect(await audit('calendar_day')).toEqual([]);
  });

  it('refuses a file without a required column', async () => {
    const result = await importCalendarDays(t.db, csv('tanggal;nama', '2027-01-01;Tahun Baru'), { actor });
    // One problem about the header, not one empty jenis per row.
    expect(result).toEqual({
      ok: false,
      problems: [{ row: 1, key: 'import-missing-columns', args: { columns: 'jenis/kind' } }],
    });
    expect(await stored()).toEqual([]);
  });

  it('reads kinds in any case and spacing, and dates only with their year', () => {
    expect(parseDayKind('  CUTI   bersama ')).toBe('collective-leave');
    expect(parseDayKind('Hari Kerja')).toBe('workday');
    expect(parseDayKind('bebas')).toBeUndefined();
    expect(parseCalendarDate('1 Januari 2027')).toBe('2027-01-01');
    expect(parseCalendarDate('1/1/2027')).toBe('2027-01-01');
    expect(parseCalendarDate('1 Januari')).toBeUndefined();
  });
});
