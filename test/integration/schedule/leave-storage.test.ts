/**
 * Leave as the jobs read it and as HR imports it: batched reads for many people at once, an
 * import that is all or nothing, audited, and a no-op the second time. PGlite and PostgreSQL.
 */
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { importLeave } from '../../../src/import/leave/import-leave.js';
import { leaveBetween, onLeaveOn } from '../../../src/storage/repositories/leave.js';
import { auditLog, leavePeriods } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { csv } from '../../support/import-snapshot.js';
import { seedEmployee } from '../../support/telegram-harness.js';

const t = useTestDatabase();
const actor = 'cli:hr';

let sari: { id: number; nip: string };
let budi: { id: number; nip: string };

beforeEach(async () => {
  await truncateAll(t.db);
  sari = await seedEmployee(t.db, { name: 'Sari' });
  budi = await seedEmployee(t.db, { name: 'Budi' });
});

const stored = () =>
  t.db
    .select({
      employeeId: leavePeriods.employeeId,
      startsOn: leavePeriods.startsOn,
      endsOn: leavePeriods.endsOn,
      source: leavePeriods.source,
      kind: leavePeriods.kind,
    })
    .from(leavePeriods)
    .orderBy(asc(leavePeriods.employeeId), asc(leavePeriods.startsOn));

describe('onLeaveOn and leaveBetween', () => {
  it('answers for many people in one call, inclusive of both ends, across a week boundary', async () => {
    await t.db.insert(leavePeriods).values([
      { employeeId: sari.id, startsOn: '2026-12-10', endsOn: '2026-12-15', source: 'command' },
      { employeeId: budi.id, startsOn: '2026-12-15', endsOn: '2026-12-15', source: 'import' },
    ]);
    const everyone = [sari.id, budi.id, 999_999];
    expect([...(await onLeaveOn(t.db, everyone, '2026-12-09'))]).toEqual([]);
    expect([...(await onLeaveOn(t.db, everyone, '2026-12-10'))]).toEqual([sari.id]);
    expect([...(await onLeaveOn(t.db, everyone, '2026-12-15'))].sort()).toEqual([sari.id, budi.id].sort());
    expect([...(await onLeaveOn(t.db, [budi.id], '2026-12-14'))]).toEqual([]);
    expect([...(await onLeaveOn(t.db, [], '2026-12-14'))]).toEqual([]);
    // The week of 14–20 Dec: Sari's leave runs into it from the week before.
    const week = await leaveBetween(t.db, everyone, '2026-12-14', '2026-12-20');
    expect(week.get(sari.id)).toEqual([{ startsOn: '2026-12-10', endsOn: '2026-12-15' }]);
    expect(week.get(budi.id)).toEqual([{ startsOn: '2026-12-15', endsOn: '2026-12-15' }]);
    expect((await leaveBetween(t.db, everyone, '2026-12-16', '2026-12-20')).size).toBe(0);
  });

  it('takes 25,000 ids (more than one statement’s slice) without a bind-parameter problem', async () => {
    const ids = [...Array.from({ length: 25_000 }, (_, i) => 1_000_000 + i), budi.id];
    await t.db
      .insert(leavePeriods)
      .values({ employeeId: budi.id, startsOn: '2026-12-01', endsOn: '2026-12-31', source: 'import' });
    expect([...(await onLeaveOn(t.db, ids, '2026-12-24'))]).toEqual([budi.id]);
  });
});

describe('importLeave', () => {
  const header = 'nip;mulai;selesai;jenis';

  it('imports in batches, audits each period, and a re-import changes nothing', async () => {
    const file = csv(
      header,
      `${sari.nip};2026-12-07;2026-12-11;tahunan`,
      `${budi.nip};21/12/2026;23/12/2026;sakit`,
      `${budi.nip};2026-12-28;2026-12-28;`,
    );
    const first = await importLeave(t.db, file, { actor, batchSize: 2 });
    expect(first).toEqual({ ok: true, summary: { created: 3, updated: 0, unchanged: 0 } });
    expect(await stored()).toEqual([
      {
        employeeId: sari.id,
        startsOn: '2026-12-07',
        endsOn: '2026-12-11',
        source: 'import',
        kind: 'tahunan',
      },
      { employeeId: budi.id, startsOn: '2026-12-21', endsOn: '2026-12-23', source: 'import', kind: 'sakit' },
      { employeeId: budi.id, startsOn: '2026-12-28', endsOn: '2026-12-28', source: 'import', kind: null },
    ]);
    const again = await importLeave(t.db, file, { actor, batchSize: 2 });
    expect(again).toEqual({ ok: true, summary: { created: 0, updated: 0, unchanged: 3 } });
    const changed = await importLeave(t.db, csv(header, `${sari.nip};2026-12-07;2026-12-11;alasan penting`), {
      actor,
    });
    expect(changed).toEqual({ ok: true, summary: { created: 0, updated: 1, unchanged: 0 } });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'leave_period'))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => `${a.action} ${a.entityKey}`)).toEqual([
      `import.create ${sari.nip}:2026-12-07..2026-12-11`,
      `import.create ${budi.nip}:2026-12-21..2026-12-23`,
      `import.create ${budi.nip}:2026-12-28..2026-12-28`,
      `import.update ${sari.nip}:2026-12-07..2026-12-11`,
    ]);
    expect(audit[3]).toMatchObject({ before: { kind: 'tahunan' }, after: { kind: 'alasan penting' } });
  });

  it('refuses the whole file when one row is wrong, naming row and column', async () => {
    const result = await importLeave(
      t.db,
      csv(
        header,
        `${sari.nip};2026-12-07;2026-12-11;tahunan`,
        `199901012020011999;2026-12-07;2026-12-08;`,
        `${budi.nip};2026-12-11;2026-12-07;`,
        `${budi.nip};7 Des;2026-12-08;`,
        `${sari.nip};2026-12-07;2026-12-11;sakit`,
        `123;2026-12-07;2026-12-08;`,
      ),
      { actor },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { row: 3, column: 'nip', key: 'leave-import-unknown-nip', args: { value: '199901012020011999' } },
      { row: 4, column: 'selesai', key: 'leave-import-reversed', args: { value: '2026-12-07' } },
      { row: 5, column: 'mulai', key: 'leave-import-date', args: { value: '7 Des' } },
      { row: 6, column: 'nip', key: 'leave-import-duplicate', args: { value: sari.nip, row: 2 } },
      { row: 7, column: 'nip', key: 'import-nip-format', args: { value: '123' } },
    ]);
    expect(await stored()).toEqual([]);
    expect(await t.db.select().from(auditLog)).toEqual([]);
  });
});
