/**
 * New rows as the imports write them: a new person or key result gets its audit row from the INSERT
 * that writes it, built by the database from the batch, with an id taken up front in file order. The
 * audit row must say exactly what was stored (and what the file said: numbers as written, not
 * padded to the column's four decimals), the audit must list in file order whatever the levels
 * and batches, and every supervisor, appraiser and parent link must point where the file says.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importEmployees } from '../../src/import/employees/import-employees.js';
import { importOkr } from '../../src/import/okr/import-okr.js';
import {
  auditLog,
  employees,
  keyResults,
  objectives,
  orgUnits,
  performancePeriods,
} from '../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { csv } from '../support/import-snapshot.js';

const t = useTestDatabase();
const actor = 'cli:hr';

const DEPUTI = '197003141996031001';
const BIRO_A = '197508222000032002';
const BIRO_B = '197601012001121003';
const BAGIAN = '198101172005011004';
const STAF_1 = '199002142015032001';
const STAF_2 = '199105052016012005';
const STAF_3 = '199207072017022006';
const D = 'Deputi Bidang Data';

const EMPLOYEE_HEADER =
  'nip;nama;email;telepon;jabatan;unit;nip_atasan;nip_penilai;sapaan;zona_waktu;bahasa;peran;kepala_unit';
/**
 * Staff before their supervisors (four levels: STAF_1 → BAGIAN → BIRO_A → DEPUTI), and two
 * appraisers that are new and not above their appraisee: BIRO_B (another branch, further down) and
 * STAF_1 (a level below STAF_3's).
 */
const employeeFile = csv(
  EMPLOYEE_HEADER,
  `${STAF_1};Fransiska Yoku;;;Analis;${D}/Biro A/Bagian A1;${BAGIAN};${BIRO_B};Ibu;WIT;en;pegawai;tidak`,
  `${BAGIAN};Andi Rusli;;;Kepala Bagian;${D}/Biro A/Bagian A1;${BIRO_A};;Bapak;;;admin;ya`,
  `${STAF_2};Citra Lestari;citra@example.go.id;;Pranata Komputer;${D}/Biro A/Bagian A1;${BAGIAN};${BIRO_A};;WITA;;;`,
  `${BIRO_A};Sri Rahayu;sri@example.go.id;0812-2000-3101;Kepala Biro;${D}/Biro A;${DEPUTI};;Ibu;;;;ya`,
  `${DEPUTI};Hendra Wijaya;;;Deputi;${D};;;Bapak;WIB;id;pegawai;ya`,
  `${BIRO_B};Joko Susilo;;;Kepala Biro;${D}/Biro B;${DEPUTI};;;;;;`,
  `${STAF_3};Gita Maharani;;;Analis;${D}/Biro B;${BIRO_B};${STAF_1};;;;;tidak`,
);
const fileOrder = [STAF_1, BAGIAN, STAF_2, BIRO_A, DEPUTI, BIRO_B, STAF_3];

/** Every person as the audit describes one (write-employees.ts EmployeeView), read back from the tables. */
async function storedPeople() {
  const supervisor = alias(employees, 'supervisor');
  const appraiser = alias(employees, 'appraiser');
  const rows = await t.db
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
    .leftJoin(appraiser, eq(appraiser.id, employees.appraiserId));
  return new Map(rows.map(({ nip, ...view }) => [nip, view]));
}

async function auditOf(entity: string) {
  return t.db.select().from(auditLog).where(eq(auditLog.entity, entity)).orderBy(asc(auditLog.id));
}

beforeEach(async () => {
  await truncateAll(t.db);
});

describe('new employees', () => {
  it.each([
    ['in one batch', undefined],
    ['in batches of 2', 2],
  ])(
    'are linked as the file says and audited with what was stored, in file order (%s)',
    async (_, batchSize) => {
      const result = await importEmployees(t.db, employeeFile, { actor, batchSize });
      expect(result).toEqual({
        ok: true,
        summary: { created: 7, updated: 0, unchanged: 0, unitsCreated: 4 },
      });

      const people = await storedPeople();
      expect(
        Object.fromEntries([...people].map(([nip, p]) => [nip, [p.supervisorNip, p.appraiserNip]])),
      ).toEqual({
        [STAF_1]: [BAGIAN, BIRO_B],
        [BAGIAN]: [BIRO_A, null],
        [STAF_2]: [BAGIAN, BIRO_A],
        [BIRO_A]: [DEPUTI, null],
        [DEPUTI]: [null, null],
        [BIRO_B]: [DEPUTI, null],
        [STAF_3]: [BIRO_B, STAF_1],
      });

      const audit = await auditOf('employee');
      expect(audit.map((a) => [a.actor, a.action, a.entityKey, a.before])).toEqual(
        fileOrder.map((nip) => [actor, 'import.create', nip, null]),
      );
      for (const row of audit) expect(row.after).toEqual(people.get(row.entityKey));
      expect(audit[0]!.after).toEqual({
        name: 'Fransiska Yoku',
        email: null,
        phone: null,
        position: 'Analis',
        unit: `${D}/Biro A/Bagian A1`,
        supervisorNip: BAGIAN,
        appraiserNip: BIRO_B,
        salutation: 'Ibu',
        timeZone: 'Asia/Jayapura',
        locale: 'en',
        roles: ['pegawai'],
        unitHead: false,
      });
      expect(audit[3]!.after).toMatchObject({ phone: '6281220003101', unitHead: true, roles: ['pegawai'] });
      expect(audit[1]!.after).toMatchObject({ roles: ['pegawai', 'admin'], unitHead: true });
    },
  );

  it('keeps the audit in file order when new and changed people are interleaved', async () => {
    await importEmployees(t.db, csv(EMPLOYEE_HEADER, employeeFile.split('\n')[5]!), { actor });
    const file = employeeFile.replace('Deputi;', 'Deputi Bidang;');
    expect(await importEmployees(t.db, file, { actor, batchSize: 2 })).toMatchObject({
      ok: true,
      summary: { created: 6, updated: 1, unchanged: 0 },
    });
    const audit = (await auditOf('employee')).slice(1);
    expect(audit.map((a) => [a.action, a.entityKey])).toEqual(
      fileOrder.map((nip) => [nip === DEPUTI ? 'import.update' : 'import.create', nip]),
    );
    expect(audit[4]).toMatchObject({ before: { position: 'Deputi' }, after: { position: 'Deputi Bidang' } });
  });
});

const KEPALA = BIRO_A;
const OKR_HEADER =
  'kode,nip,periode,sasaran,hasil_kunci,satuan,awal,target,arah,jenis,bobot,kode_induk,' +
  'target_tw1,target_tw2,target_tw3,target_tw4,akumulasi,jenis_rhk,aspek';
/** Children before their parents (three levels), numbers as Indonesian spreadsheets write them. */
const okrFile = csv(
  OKR_HEADER,
  `STAF-1,${STAF_1},2026,"Sasaran staf","Dokumen staf",dokumen,0,"2,5",naik,,"1,5",BAG-1,"0,5",1,"1,5","2,5",kumulatif,utama,kuantitas`,
  `STAF-2,${STAF_1},2026-Q4,"Sasaran staf","Penghematan",Rp,"1.500.000","1.250.000,75",turun,aspirational,,BAG-1,,,,,,tambahan,biaya`,
  `BAG-1,${KEPALA},2026,"Sasaran bagian","Capaian bagian",%,"0,1235",100,naik,committed,2,DEP-1,,,,,,,`,
  `DEP-1,${KEPALA},2026,"Sasaran deputi","Dokumen deputi",dokumen,0,7,naik,,,,,,,,,,`,
);

/** Every key result as the audit describes one (write-okr.ts KeyResultView), read back from the tables. */
async function storedKeyResults() {
  const parent = alias(keyResults, 'parent');
  const rows = await t.db
    .select({
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
      targetQ1: keyResults.targetQ1,
      targetQ2: keyResults.targetQ2,
      targetQ3: keyResults.targetQ3,
      targetQ4: keyResults.targetQ4,
      accumulation: keyResults.accumulation,
      resultKind: keyResults.resultKind,
      aspect: keyResults.aspect,
    })
    .from(keyResults)
    .innerJoin(employees, eq(employees.id, keyResults.ownerId))
    .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
    .innerJoin(objectives, eq(objectives.id, keyResults.objectiveId))
    .leftJoin(parent, eq(parent.id, keyResults.parentId));
  return new Map(rows.map(({ code, ...view }) => [code, view]));
}

describe('new key results', () => {
  beforeEach(async () => {
    expect((await importEmployees(t.db, employeeFile, { actor })).ok).toBe(true);
  });

  it.each([
    ['in one batch', undefined],
    ['in batches of 1', 1],
  ])(
    'are linked to their parents and audited with what was stored, in file order (%s)',
    async (_, batchSize) => {
      const result = await importOkr(t.db, okrFile, { actor, batchSize });
      expect(result).toEqual({
        ok: true,
        summary: { created: 4, updated: 0, unchanged: 0, objectivesCreated: 4, periodsCreated: 2 },
      });

      const stored = await storedKeyResults();
      expect(Object.fromEntries([...stored].map(([code, kr]) => [code, kr.parentCode]))).toEqual({
        'STAF-1': 'BAG-1',
        'STAF-2': 'BAG-1',
        'BAG-1': 'DEP-1',
        'DEP-1': null,
      });

      const audit = await auditOf('key_result');
      expect(audit.map((a) => [a.actor, a.action, a.entityKey, a.before])).toEqual(
        ['STAF-1', 'STAF-2', 'BAG-1', 'DEP-1'].map((code) => [actor, 'import.create', code, null]),
      );
      for (const row of audit) expect(row.after).toEqual(stored.get(row.entityKey));
      expect(audit[0]!.after).toEqual({
        ownerNip: STAF_1,
        period: '2026',
        objective: 'Sasaran staf',
        title: 'Dokumen staf',
        unit: 'dokumen',
        baseline: 0,
        target: 2.5,
        direction: 'up',
        kind: 'committed',
        weight: 1.5,
        parentCode: 'BAG-1',
        targetQ1: 0.5,
        targetQ2: 1,
        targetQ3: 1.5,
        targetQ4: 2.5,
        accumulation: 'cumulative',
        resultKind: 'main',
        aspect: 'quantity',
      });

      // The numbers as the file wrote them, not as numeric(20, 4) prints them (2.5000).
      const numbers = rowsOf<{ key: string; text: string }>(
        await t.db.execute(sql`
        select entity_key as key,
               concat_ws(' ', after -> 'baseline', after -> 'target', after -> 'weight', after -> 'targetQ3') as text
        from audit_log where entity = 'key_result' order by id`),
      );
      expect(numbers).toEqual([
        { key: 'STAF-1', text: '0 2.5 1.5 1.5' },
        { key: 'STAF-2', text: '1500000 1250000.75 1 null' },
        { key: 'BAG-1', text: '0.1235 100 2 null' },
        { key: 'DEP-1', text: '0 7 1 null' },
      ]);
    },
  );
});
