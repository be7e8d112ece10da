/**
 * The employee import's write steps one by one: a failure in any of them names that step and the
 * file row behind it (never row data) and undoes everything; what a new person gets by default;
 * what an update audits; the units created and where a refused unit is located.
 */
import { inspect } from 'node:util';
import { asc, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importEmployees } from '../../src/import/employees/import-employees.js';
import { ImportFailedError } from '../../src/import/import-failure.js';
import { auditLog, employees, orgUnits } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { csv, importSnapshot } from '../support/import-snapshot.js';

const t = useTestDatabase();
const actor = 'cli:hr';

const nip = (n: number) => `1990010120150${`${n}`.padStart(5, '0')}`;
const D = 'Deputi Bidang Data';
const HEADER = 'nip;nama;unit;nip_atasan;nip_penilai;kepala_unit';
const person = (n: number, name: string, unit: string, supervisor?: number, appraiser?: number, head = '') =>
  `${nip(n)};${name};${unit};${supervisor === undefined ? '' : nip(supervisor)};${appraiser === undefined ? '' : nip(appraiser)};${head}`;

/** Stored before each failure: 1 heads D, 2 works in D/Biro A. */
const base = csv(
  HEADER,
  person(1, 'Hendra', D, undefined, undefined, 'ya'),
  person(2, 'Sri', `${D}/Biro A`, 1),
);

/**
 * Row 2: 2 renamed; rows 3–6 new: 10 and 11 in new units (row 4 names Bagian X first, row 6 again),
 * 12 appraised by 13, who is new on the same level further down; 14 becomes head of Biro A.
 */
const next = csv(
  HEADER,
  person(2, 'Sri Rahayu', `${D}/Biro A`, 1),
  person(10, 'Budi', `${D}/Biro B`, 1),
  person(11, 'Citra', `${D}/Biro B/Bagian X`, 10),
  person(12, 'Dewi', D, undefined, 13),
  person(13, 'Eko', `${D}/Biro B/Bagian X`, 1),
  person(1, 'Hendra', D, undefined, undefined, 'ya'),
  person(14, 'Fajar', `${D}/Biro A`, 2, undefined, 'ya'),
);
const personalData = new RegExp(
  [nip(10), nip(11), nip(12), nip(13), nip(14), 'Budi', 'Citra', 'Eko', 'Rahayu', 'Bagian X'].join('|'),
);

/** Makes `table` raise a plain error (not a refusal: SQLSTATE P0001) when `when` holds, quoting `detail`. */
async function failOn(table: string, event: 'insert' | 'update', when: string, detail: string) {
  await t.db.execute(
    sql.raw(`create function import_test_fails() returns trigger language plpgsql as $$
      begin
        if ${when} then raise exception 'no' using errcode = 'P0001', detail = ${detail}; end if;
        return new;
      end $$`),
  );
  await t.db.execute(
    sql.raw(
      `create trigger import_test_fails before ${event} on ${table} for each row execute function import_test_fails()`,
    ),
  );
}

async function failure(text: string, batchSize: number): Promise<ImportFailedError> {
  const error = await importEmployees(t.db, text, { actor, batchSize }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFailedError);
  const failed = error as ImportFailedError;
  expect(failed.refusedRows).toBe(false);
  expect(inspect(failed, { depth: 10 }) + JSON.stringify(failed) + failed.message).not.toMatch(personalData);
  return failed;
}

beforeEach(async () => {
  await truncateAll(t.db);
});
afterEach(async () => {
  for (const table of ['org_units', 'employees', 'audit_log']) {
    await t.db.execute(sql.raw(`drop trigger if exists import_test_fails on ${table}`));
  }
  await t.db.execute(sql`drop function if exists import_test_fails()`);
});

describe('a failing employee write step', () => {
  it.each([
    {
      step: 'inserting work units',
      table: 'org_units',
      event: 'insert' as const,
      when: `new.name = 'Bagian X'`,
      detail: 'new.path',
      row: 4,
    },
    {
      step: 'inserting employees',
      table: 'employees',
      event: 'insert' as const,
      when: `new.nip = '${nip(13)}'`,
      detail: 'new.nip',
      row: 6,
    },
    {
      step: 'linking appraisers',
      table: 'employees',
      event: 'update' as const,
      when: `new.nip = '${nip(12)}' and old.appraiser_id is null`,
      detail: 'new.nip',
      row: 5,
    },
    {
      step: 'updating employees',
      table: 'employees',
      event: 'update' as const,
      when: `new.name = 'Sri Rahayu'`,
      detail: 'new.nip',
      row: 2,
    },
    {
      step: 'writing employee audit rows',
      table: 'audit_log',
      event: 'insert' as const,
      when: `new.action = 'import.update'`,
      detail: 'new.entity_key',
      row: 2,
    },
  ])('$step: names the step and the row, carries no row data, writes nothing', async (c) => {
    await importEmployees(t.db, base, { actor });
    const before = await importSnapshot(t.db);
    await failOn(c.table, c.event, c.when, c.detail);

    const error = await failure(next, 1);

    expect(error.step).toBe(c.step);
    expect(error.rows).toEqual({ first: c.row, last: c.row, count: 1, row: c.row });
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it('setting unit heads: names the step and the row of the marked person', async () => {
    await importEmployees(t.db, base, { actor });
    const before = await importSnapshot(t.db);
    await failOn('org_units', 'update', 'new.head_id is distinct from old.head_id', `'x'`);

    const error = await failure(next, 1);

    expect(error.step).toBe('setting unit heads');
    expect(error.rows).toEqual({ first: 8, last: 8, count: 1, row: undefined });
    expect(await importSnapshot(t.db)).toEqual(before);
  });
});

describe('writing employees', () => {
  it('links an appraiser new on the same level, counts the new units, audits only what changed', async () => {
    await importEmployees(t.db, base, { actor });
    const stored = await t.db.select().from(employees).orderBy(asc(employees.id));

    const result = await importEmployees(t.db, next, { actor, batchSize: 1 });

    expect(result).toEqual({ ok: true, summary: { created: 5, updated: 1, unchanged: 1, unitsCreated: 2 } });
    const people = await t.db.select().from(employees).orderBy(asc(employees.id));
    const byNip = new Map(people.map((p) => [p.nip, p]));
    expect(byNip.get(nip(12))!.appraiserId).toBe(byNip.get(nip(13))!.id);
    expect(byNip.get(nip(11))!.supervisorId).toBe(byNip.get(nip(10))!.id);
    // The unchanged person is not touched; the renamed one is.
    expect(byNip.get(nip(1))!.updatedAt).toEqual(stored[0]!.updatedAt);
    expect(byNip.get(nip(2))!.updatedAt.getTime()).toBeGreaterThan(stored[1]!.updatedAt.getTime());

    const units = await t.db
      .select({ path: orgUnits.path, head: orgUnits.headId })
      .from(orgUnits)
      .orderBy(asc(orgUnits.id));
    expect(units).toEqual([
      { path: D, head: byNip.get(nip(1))!.id },
      { path: `${D}/Biro A`, head: byNip.get(nip(14))!.id },
      { path: `${D}/Biro B`, head: null },
      { path: `${D}/Biro B/Bagian X`, head: null },
    ]);

    const audit = await t.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(audit.slice(2).map((a) => [a.action, a.entityKey])).toEqual([
      ['import.update', nip(2)],
      ['import.create', nip(10)],
      ['import.create', nip(11)],
      ['import.create', nip(12)],
      ['import.create', nip(13)],
      ['import.create', nip(14)],
    ]);
    expect(audit[2]).toMatchObject({ actor, before: { name: 'Sri' }, after: { name: 'Sri Rahayu' } });
    // A creation is audited whole, with the defaults the person got.
    expect(audit[5]!.after).toEqual({
      name: 'Dewi',
      email: null,
      phone: null,
      position: null,
      unit: D,
      supervisorNip: null,
      appraiserNip: nip(13),
      salutation: null,
      timeZone: 'Asia/Jakarta',
      locale: 'id',
      roles: ['pegawai'],
      unitHead: false,
    });
    expect(audit[7]!.after).toMatchObject({ unitHead: true, supervisorNip: nip(2) });
  });

  it('a new person from a file without kepala_unit heads nothing; a new top-level unit has no parent', async () => {
    await importEmployees(t.db, csv('nip;nama;unit;nip_atasan', `${nip(1)};Hendra;Biro;`), { actor });
    // "Biro2" extends the stored "Biro" by one character: it must not be read as its child.
    const result = await importEmployees(
      t.db,
      csv(
        'nip;nama;unit;nip_atasan',
        `${nip(1)};Hendra;Biro;`,
        `${nip(2)};Sri;Biro2;`,
        `${nip(3)};Budi;Biro2/Bagian Y;${nip(2)}`,
      ),
      { actor },
    );
    expect(result).toEqual({ ok: true, summary: { created: 2, updated: 0, unchanged: 1, unitsCreated: 2 } });
    const units = await t.db
      .select({ id: orgUnits.id, path: orgUnits.path, parent: orgUnits.parentId, head: orgUnits.headId })
      .from(orgUnits)
      .orderBy(asc(orgUnits.id));
    expect(units.map(({ path, parent, head }) => ({ path, parent, head }))).toEqual([
      { path: 'Biro', parent: null, head: null },
      { path: 'Biro2', parent: null, head: null },
      { path: 'Biro2/Bagian Y', parent: units[1]!.id, head: null },
    ]);
    const created = await t.db.select().from(auditLog).where(eq(auditLog.action, 'import.create'));
    expect(created.map((a) => (a.after as { unitHead: boolean }).unitHead)).toEqual([false, false, false]);
  });

  it('keeps what a row without optional columns does not say, and audits a changed head', async () => {
    await importEmployees(
      t.db,
      csv(
        'nip;nama;email;telepon;jabatan;unit;nip_atasan;nip_penilai;sapaan;zona_waktu;bahasa;peran;kepala_unit',
        `${nip(1)};Hendra;h@example.go.id;0811-1020-3040;Deputi;${D};;;Bapak;WITA;en;admin;ya`,
        `${nip(2)};Sri;;;Analis;${D};${nip(1)};${nip(1)};Ibu;;;;`,
      ),
      { actor },
    );
    const result = await importEmployees(
      t.db,
      csv(
        'nip;nama;unit;nip_atasan;kepala_unit',
        `${nip(1)};Hendra;${D};;`,
        `${nip(2)};Sri;${D};${nip(1)};ya`,
      ),
      { actor },
    );
    expect(result).toEqual({ ok: true, summary: { created: 0, updated: 2, unchanged: 0, unitsCreated: 0 } });
    const [hendra, sri] = await t.db.select().from(employees).orderBy(asc(employees.id));
    expect(hendra).toMatchObject({
      email: 'h@example.go.id',
      phone: '6281110203040',
      position: 'Deputi',
      salutation: 'Bapak',
      timeZone: 'Asia/Makassar',
      locale: 'en',
      roles: ['pegawai', 'admin'],
    });
    expect(sri).toMatchObject({ appraiserId: hendra!.id, salutation: 'Ibu', position: 'Analis' });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'import.update'))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => [a.entityKey, a.before, a.after])).toEqual([
      [nip(1), { unitHead: true }, { unitHead: false }],
      [nip(2), { unitHead: false }, { unitHead: true }],
    ]);
  });
});
