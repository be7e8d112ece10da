/**
 * Imports written in batches: the result must not depend on where the batch boundaries fall (a
 * batch of 3 over files whose supervisors and parents come after their staff and children), a
 * failure in a late batch must undo the earlier ones, and no failure may print row data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.js';
import { loadConfig } from '../../src/config.js';
import { Translator } from '../../src/i18n/translator.js';
import { importEmployees } from '../../src/import/employees/import-employees.js';
import { ImportFailedError } from '../../src/import/import-failure.js';
import { importOkr } from '../../src/import/okr/import-okr.js';
import type { Db } from '../../src/storage/database.js';
import { auditLog, employees, keyResults, objectives, orgUnits } from '../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { generateOrganisation } from '../support/generated-import-files.js';
import { csv, importSnapshot } from '../support/import-snapshot.js';

const t = useTestDatabase();
const actor = 'cli:hr';

const nip = (n: number) => `1990010120150${`${n}`.padStart(5, '0')}`;
const D = 'Deputi Bidang Data';
const HEADER = 'nip;nama;email;telepon;jabatan;unit;nip_atasan;zona_waktu;bahasa;peran';
const person = (n: number, name: string, unit: string, supervisor: number | null, position = 'Analis') =>
  `${nip(n)};${name};;;${position};${unit};${supervisor === null ? '' : nip(supervisor)};;;`;

/** Deputi 1 → Biro 2 → Bagian 3 → staff 4. */
const baseEmployees = csv(
  HEADER,
  person(1, 'Hendra Wijaya', D, null, 'Deputi'),
  person(2, 'Sri Rahayu', `${D}/Biro A`, 1, 'Kepala Biro'),
  person(3, 'Andi Rusli', `${D}/Biro A/Bagian A1`, 2, 'Kepala Bagian'),
  person(4, 'Fransiska Yoku', `${D}/Biro A/Bagian A1`, 3),
);

/**
 * Eleven rows, staff before their (new) supervisors: 10 → 11 → 12 → 3 (stored), 13 → 11, 14 and 15
 * under 12; 4 (stored) moves under the new 12; 2 (stored) is renamed; 1 and 3 are unchanged. Five
 * new units on one level, so the units are batched too.
 */
const moreEmployees = csv(
  HEADER,
  person(10, 'Budi Santoso', `${D}/Biro B/Bagian B1/Subbagian 1`, 11),
  person(4, 'Fransiska Yoku', `${D}/Biro B/Bagian B1`, 12),
  person(13, 'Citra Lestari', `${D}/Biro B/Bagian B1/Subbagian 2`, 11),
  person(11, 'Dewi Kartika', `${D}/Biro B/Bagian B1`, 12, 'Kepala Subbagian'),
  person(1, 'Hendra Wijaya', D, null, 'Deputi'),
  person(14, 'Eko Prasetyo', `${D}/Biro B/Bagian B1/Subbagian 3`, 12),
  person(2, 'Sri Rahayu Ningsih', `${D}/Biro A`, 1, 'Kepala Biro'),
  person(15, 'Gita Maharani', `${D}/Biro B/Bagian B1/Subbagian 4`, 12),
  person(12, 'Joko Susilo', `${D}/Biro B/Bagian B1`, 3, 'Kepala Bagian'),
  person(3, 'Andi Rusli', `${D}/Biro A/Bagian A1`, 2, 'Kepala Bagian'),
  person(16, 'Kartika Sari', `${D}/Biro B/Bagian B1/Subbagian 5`, 10),
);

const OKR_HEADER = 'kode,nip,periode,sasaran,hasil_kunci,satuan,awal,target,arah,jenis,bobot,kode_induk';
const kr = (code: string, owner: number, period: string, objective: string, parent = '', target = '4') =>
  `${code},${nip(owner)},${period},"${objective}","Hasil ${code}",dokumen,0,${target},naik,,,${parent}`;
const baseOkr = csv(
  OKR_HEADER,
  kr('DEP-1', 1, '2026', 'Sasaran Deputi'),
  kr('BIRO-1', 2, '2026', 'Sasaran Biro', 'DEP-1'),
  kr('BAG-1', 3, '2026', 'Sasaran Bagian', 'BIRO-1'),
);
/** Children before parents (three new levels), six new objectives, a stored KR re-parented to a new one. */
const moreOkr = csv(
  OKR_HEADER,
  kr('STAF-1', 4, '2026', 'Sasaran staf 1', 'SUB-1'),
  kr('STAF-2', 4, '2026-Q4', 'Sasaran staf 2', 'SUB-1'),
  kr('SUB-1', 11, '2026', 'Sasaran subbagian', 'BAG-2'),
  kr('BAG-1', 3, '2026', 'Sasaran Bagian', 'BAG-2', '5'),
  kr('STAF-3', 10, '2026', 'Sasaran staf 3', 'SUB-1'),
  kr('DEP-1', 1, '2026', 'Sasaran Deputi'),
  kr('BAG-2', 12, '2026', 'Sasaran Bagian B1', 'BIRO-1'),
  kr('STAF-4', 13, '2026-Q4', 'Sasaran staf 4', 'SUB-1'),
  kr('STAF-5', 14, '2026', 'Sasaran staf 5', ''),
  kr('BIRO-1', 2, '2026', 'Sasaran Biro', 'DEP-1'),
);

/** What an import means, without ids and timestamps: compared across batch sizes. */
async function meaning(db: Db) {
  const supervisor = alias(employees, 'supervisor');
  const people = await db
    .select({ nip: employees.nip, name: employees.name, unit: orgUnits.path, supervisor: supervisor.nip })
    .from(employees)
    .leftJoin(orgUnits, eq(orgUnits.id, employees.unitId))
    .leftJoin(supervisor, eq(supervisor.id, employees.supervisorId))
    .orderBy(asc(employees.nip));
  const parentUnit = alias(orgUnits, 'parent_unit');
  const units = await db
    .select({ path: orgUnits.path, name: orgUnits.name, parent: parentUnit.path })
    .from(orgUnits)
    .leftJoin(parentUnit, eq(parentUnit.id, orgUnits.parentId))
    .orderBy(asc(orgUnits.path));
  const parent = alias(keyResults, 'parent');
  const krs = await db
    .select({
      code: keyResults.code,
      target: keyResults.target,
      objective: objectives.title,
      parent: parent.code,
    })
    .from(keyResults)
    .innerJoin(objectives, eq(objectives.id, keyResults.objectiveId))
    .leftJoin(parent, eq(parent.id, keyResults.parentId))
    .orderBy(asc(keyResults.code));
  const audit = await db
    .select({
      action: auditLog.action,
      key: auditLog.entityKey,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .orderBy(asc(auditLog.id));
  return { people, units, krs, audit, objectives: (await db.select().from(objectives)).length };
}

async function importAll(batchSize?: number) {
  const results = [
    await importEmployees(t.db, baseEmployees, { actor, batchSize }),
    await importEmployees(t.db, moreEmployees, { actor, batchSize }),
    await importOkr(t.db, baseOkr, { actor, batchSize }),
    await importOkr(t.db, moreOkr, { actor, batchSize }),
  ];
  return results.map((r) => (r.ok ? r.summary : r.problems));
}

/** Identity values are taken outside the transaction: a rolled-back insert still uses them up. */
async function nextId(table: 'employees' | 'audit_log' | 'key_results'): Promise<number> {
  const [row] = rowsOf<{ id: string | number }>(
    await t.db.execute(sql`select nextval(pg_get_serial_sequence(${table}, 'id')) as id`),
  );
  return Number(row!.id);
}

beforeEach(async () => {
  await truncateAll(t.db);
});

describe('imports in batches', () => {
  it('writes the same employees, links and audit rows whatever the batch size', async () => {
    const summaries = await importAll(3);
    expect(summaries[1]).toEqual({ created: 7, updated: 2, unchanged: 2, unitsCreated: 7 });
    const batched = await meaning(t.db);

    const supervisorOf = Object.fromEntries(batched.people.map((p) => [p.nip, p.supervisor]));
    expect(supervisorOf).toMatchObject({
      [nip(10)]: nip(11),
      [nip(11)]: nip(12),
      [nip(12)]: nip(3),
      [nip(13)]: nip(11),
      [nip(14)]: nip(12),
      [nip(16)]: nip(10),
      [nip(4)]: nip(12),
      [nip(1)]: null,
    });
    // Audit rows in file order, each import's creations and updates interleaved as in the file.
    const employeeAudit = batched.audit.filter((a) => /^\d{18}$/.test(a.key)).slice(4);
    expect(employeeAudit.map((a) => [a.action, a.key])).toEqual(
      [
        ['import.create', 10],
        ['import.update', 4],
        ['import.create', 13],
        ['import.create', 11],
        ['import.create', 14],
        ['import.update', 2],
        ['import.create', 15],
        ['import.create', 12],
        ['import.create', 16],
      ].map(([action, n]) => [action, nip(n as number)]),
    );
    expect(employeeAudit[1]).toMatchObject({
      before: { supervisorNip: nip(3), unit: `${D}/Biro A/Bagian A1` },
      after: { supervisorNip: nip(12), unit: `${D}/Biro B/Bagian B1` },
    });

    await truncateAll(t.db);
    expect(await importAll()).toEqual(summaries);
    expect(await meaning(t.db)).toEqual(batched);
  });

  it('writes the same key results, cascade, objectives and audit rows whatever the batch size', async () => {
    const summaries = await importAll(3);
    expect(summaries[3]).toEqual({
      created: 7,
      updated: 1,
      unchanged: 2,
      objectivesCreated: 7,
      periodsCreated: 1,
    });
    const batched = await meaning(t.db);
    expect(Object.fromEntries(batched.krs.map((k) => [k.code, k.parent]))).toEqual({
      'BAG-1': 'BAG-2',
      'BAG-2': 'BIRO-1',
      'BIRO-1': 'DEP-1',
      'DEP-1': null,
      'STAF-1': 'SUB-1',
      'STAF-2': 'SUB-1',
      'STAF-3': 'SUB-1',
      'STAF-4': 'SUB-1',
      'STAF-5': null,
      'SUB-1': 'BAG-2',
    });
    expect(batched.audit.find((a) => a.key === 'BAG-1' && a.action === 'import.update')).toMatchObject({
      before: { target: 4, parentCode: 'BIRO-1' },
      after: { target: 5, parentCode: 'BAG-2' },
    });

    await truncateAll(t.db);
    expect(await importAll()).toEqual(summaries);
    expect(await meaning(t.db)).toEqual(batched);
  });

  it('compares a small file with the stored rows slice by slice, not by reading whole tables', async () => {
    await importAll();
    // 5 of 15 employees and 4 of 10 key results: stored rows are read by key, in slices of 3.
    const people = csv(
      HEADER,
      person(10, 'Budi Santoso', `${D}/Biro B/Bagian B1/Subbagian 1`, 11),
      person(4, 'Fransiska Yoku', `${D}/Biro B/Bagian B1`, 11),
      person(13, 'Citra Lestari, S.E.', `${D}/Biro B/Bagian B1/Subbagian 2`, 11),
      person(11, 'Dewi Kartika', `${D}/Biro B/Bagian B1`, 12, 'Kepala Subbagian'),
      person(1, 'Hendra Wijaya', D, null, 'Deputi'),
    );
    const krs = csv(
      OKR_HEADER,
      kr('STAF-1', 4, '2026', 'Sasaran staf 1', 'SUB-1'),
      kr('STAF-2', 4, '2026-Q4', 'Sasaran staf 2', 'BAG-2'),
      kr('DEP-1', 1, '2026', 'Sasaran Deputi', '', '6'),
      kr('BIRO-1', 2, '2026', 'Sasaran Biro', 'DEP-1'),
    );
    expect(await importEmployees(t.db, people, { actor, batchSize: 3 })).toEqual({
      ok: true,
      summary: { created: 0, updated: 2, unchanged: 3, unitsCreated: 0 },
    });
    expect(await importOkr(t.db, krs, { actor, batchSize: 3 })).toEqual({
      ok: true,
      summary: { created: 0, updated: 2, unchanged: 2, objectivesCreated: 0, periodsCreated: 0 },
    });
    const after = await meaning(t.db);
    expect(after.people.find((p) => p.nip === nip(4))?.supervisor).toBe(nip(11));
    expect(after.krs.find((k) => k.code === 'STAF-2')?.parent).toBe('BAG-2');
    expect(after.krs.find((k) => k.code === 'DEP-1')?.target).toBe(6);
  });

  it('imports 8,000 new employees (more than one statement could bind before) and re-imports them as a no-op', async () => {
    const org = generateOrganisation(8_000);
    const text = `${org.employeeLines.join('\r\n')}\r\n`;
    const first = await importEmployees(t.db, text, { actor });
    expect(first.ok && first.summary).toMatchObject({ created: 8_000, updated: 0, unchanged: 0 });
    const [links] = rowsOf<{ top: string | number; linked: string | number }>(
      await t.db.execute(
        sql`select count(*) filter (where supervisor_id is null) as top, count(supervisor_id) as linked from employees`,
      ),
    );
    expect([Number(links!.top), Number(links!.linked)]).toEqual([1, 7_999]);
    const before = await importSnapshot(t.db);
    const again = await importEmployees(t.db, text, { actor });
    expect(again.ok && again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 8_000 });
    expect(await importSnapshot(t.db)).toEqual(before);
  });
});

describe('an import that fails after writing some batches', () => {
  afterEach(async () => {
    await t.db.execute(sql`alter table audit_log drop constraint if exists import_test_refuses`);
  });

  /**
   * Refuses the audit row of `key`. An updated row's audit row is the last thing an import writes; a
   * created row's is written in the same statement as the row, after it.
   */
  const refuseAuditOf = (key: string) =>
    t.db.execute(
      sql.raw(
        `alter table audit_log add constraint import_test_refuses check (entity_key <> '${key}') not valid`,
      ),
    );

  it('undoes the employees, units and audit rows written in earlier batches', async () => {
    await importEmployees(t.db, baseEmployees, { actor });
    const before = await importSnapshot(t.db);
    // Row 12 is inserted last, on the fourth level (16 → 10 → 11 → 12), with its audit row.
    await refuseAuditOf(nip(16));
    const employeeIds = await nextId('employees');
    const auditIds = await nextId('audit_log');

    const result = await importEmployees(t.db, moreEmployees, { actor, batchSize: 3 });

    // The database names the row in its refusal: located, though the batch held rows 9 to 12.
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 12,
          key: 'import-row-refused',
          args: { error: 'SQLSTATE 23514, constraint import_test_refuses' },
        },
      ],
    });
    // Seven employees were inserted and the audit rows' ids taken (they stay used up), then rolled back.
    expect(await nextId('employees')).toBe(employeeIds + 7 + 1);
    expect(await nextId('audit_log')).toBeGreaterThanOrEqual(auditIds + 6 + 1);
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it('undoes the key results, objectives and periods written in earlier batches', async () => {
    await importEmployees(t.db, baseEmployees, { actor });
    await importEmployees(t.db, moreEmployees, { actor });
    await importOkr(t.db, baseOkr, { actor });
    const before = await importSnapshot(t.db);
    // A new key result's audit row is written with it: STAF-4 (row 9) is inserted last, in the
    // second batch of the third level (BAG-2 and STAF-5; SUB-1; STAF-1 to STAF-3; STAF-4).
    await refuseAuditOf('STAF-4');
    const keyResultIds = await nextId('key_results');

    const result = await importOkr(t.db, moreOkr, { actor, batchSize: 3 });

    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 9,
          key: 'import-row-refused',
          args: { error: 'SQLSTATE 23514, constraint import_test_refuses' },
        },
      ],
    });
    expect(await nextId('key_results')).toBe(keyResultIds + 7 + 1);
    expect(await importSnapshot(t.db)).toEqual(before);
  });
});

describe('a failed import prints no row data', () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await t.db.execute(sql`drop trigger if exists import_test_fails on employees`);
    await t.db.execute(sql`drop function if exists import_test_fails()`);
  });

  /** A database error whose own message quotes a person's name, as driver errors quote parameters. */
  async function failOnInsertOf(n: number) {
    await t.db.execute(
      sql.raw(`create function import_test_fails() returns trigger language plpgsql as $$
        begin
          if new.nip = '${nip(n)}' then raise exception 'cannot store %', new.name using errcode = 'P0001'; end if;
          return new;
        end $$`),
    );
    await t.db.execute(
      sql`create trigger import_test_fails before insert on employees for each row execute function import_test_fails()`,
    );
  }
  const personalData = new RegExp(
    [nip(12), 'Joko Susilo', nip(16), 'Kartika Sari', 'Failed query'].join('|'),
  );

  it('throws an ImportFailedError that carries no message, parameter or cause of the driver', async () => {
    await importEmployees(t.db, baseEmployees, { actor });
    const before = await importSnapshot(t.db);
    await failOnInsertOf(12);

    const error = await importEmployees(t.db, moreEmployees, { actor, batchSize: 3 }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ImportFailedError);
    expect(error).toMatchObject({ step: 'inserting employees', sqlState: 'P0001', refusedRows: false });
    expect(inspect(error, { depth: 10 }) + JSON.stringify(error)).not.toMatch(personalData);
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it('the CLI says the import failed and nothing changed, in the chosen language, and exits with 1', async () => {
    await importEmployees(t.db, baseEmployees, { actor });
    const before = await importSnapshot(t.db);
    await failOnInsertOf(12);
    dir = mkdtempSync(join(tmpdir(), 'dika-import-batches-'));
    const file = join(dir, 'employees.csv');
    writeFileSync(file, moreEmployees);
    const out: string[] = [];
    const err: string[] = [];
    const code = await importCommand.run(['employees', file], {
      config: loadConfig({}),
      translator: new Translator('id'),
      locale: 'en',
      database: async () => t.database,
      actor,
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'The import failed (SQLSTATE P0001). It runs as one transaction, so nothing was changed. ' +
        'Try again; if it fails again, pass this message on to your administrator.',
    ]);
    expect(await importSnapshot(t.db)).toEqual(before);
  });
});
