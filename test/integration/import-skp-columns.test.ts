/**
 * The SKP columns through both imports into the database: quarterly targets, akumulasi, jenis_rhk,
 * aspek, the aliases SKP spreadsheets use, flat targets, nip_penilai and sapaan; re-imports that
 * change nothing write nothing, changed values are audited, refusals write nothing.
 */
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { importEmployees } from '../../src/import/employees/import-employees.js';
import { importOkr } from '../../src/import/okr/import-okr.js';
import { auditLog, employees, keyResults } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { csv, importSnapshot } from '../support/import-snapshot.js';

const t = useTestDatabase();
const actor = 'cli:hr';

const BIRO = '197508222000032002';
const KABAG = '198101172005011004';
const KETUA_TIM = '199002142015032001';
const STAF = '199107082015031002';
const STAF_2 = '199310192018012001';
const EMPLOYEE_HEADER = 'nip;nama;unit;nip_atasan;nip_penilai;sapaan';
const U = 'Biro A/Bagian Perencanaan';
/** The staff rows come first and the appraiser further down, so links must wait for their rows. */
const team = csv(
  EMPLOYEE_HEADER,
  `${STAF};Fadli;${U};${KETUA_TIM};${KABAG};bapak`,
  `${STAF_2};Rina;${U};${KETUA_TIM};${KETUA_TIM};Ibu`,
  `${KETUA_TIM};Fransiska;${U};${KABAG};;IBU`,
  `${KABAG};Andi;${U};;${BIRO};Bapak`,
  // The Kepala Biro appraises the Kepala Bagian without being his atasan in this file: both are new
  // at the top level, so this link cannot be resolved by inserting level by level.
  `${BIRO};Sri;Biro A;;;Ibu`,
);

async function employee(nip: string) {
  const [row] = await t.db.select().from(employees).where(eq(employees.nip, nip));
  return row!;
}

async function keyResult(code: string) {
  const [row] = await t.db.select().from(keyResults).where(eq(keyResults.code, code));
  return row!;
}

beforeEach(async () => {
  await truncateAll(t.db);
});

describe('importEmployees: nip_penilai and sapaan', () => {
  it.each([1, 2, 4_000])('stores the appraiser and the salutation (batch size %i)', async (batchSize) => {
    const result = await importEmployees(t.db, team, { actor, batchSize });
    expect(result).toEqual({ ok: true, summary: { created: 5, updated: 0, unchanged: 0, unitsCreated: 2 } });
    const [biro, kabag, ketua, staf, staf2] = await Promise.all(
      [BIRO, KABAG, KETUA_TIM, STAF, STAF_2].map(employee),
    );
    expect(staf).toMatchObject({ supervisorId: ketua!.id, appraiserId: kabag!.id, salutation: 'Bapak' });
    expect(staf2).toMatchObject({ supervisorId: ketua!.id, appraiserId: ketua!.id, salutation: 'Ibu' });
    expect(ketua).toMatchObject({ supervisorId: kabag!.id, appraiserId: null, salutation: 'Ibu' });
    expect(kabag).toMatchObject({ supervisorId: null, appraiserId: biro!.id, salutation: 'Bapak' });
    expect(biro).toMatchObject({ appraiserId: null, salutation: 'Ibu' });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityKey, STAF));
    expect(audit!.after).toMatchObject({
      supervisorNip: KETUA_TIM,
      appraiserNip: KABAG,
      salutation: 'Bapak',
    });
  });

  it('re-imports with no change as a no-op, and audits a changed appraiser and salutation', async () => {
    await importEmployees(t.db, team, { actor });
    const before = await importSnapshot(t.db);
    expect(await importEmployees(t.db, team, { actor })).toMatchObject({
      summary: { created: 0, updated: 0, unchanged: 5 },
    });
    expect(await importSnapshot(t.db)).toEqual(before);

    const changed = team.replace(`${KETUA_TIM};${KABAG};bapak`, `${KETUA_TIM};;Bapak`);
    expect(await importEmployees(t.db, changed, { actor })).toMatchObject({
      summary: { created: 0, updated: 1, unchanged: 4 },
    });
    expect(await employee(STAF)).toMatchObject({ appraiserId: null, salutation: 'Bapak' });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'import.update'));
    expect(audit).toMatchObject({
      entityKey: STAF,
      before: { appraiserNip: KABAG },
      after: { appraiserNip: null },
    });
  });

  it('keeps the stored appraiser and salutation when the file has neither column', async () => {
    await importEmployees(t.db, team, { actor });
    const before = await importSnapshot(t.db);
    const plain = csv(
      'nip;nama;unor;nip_atasan',
      `${STAF};Fadli;${U};${KETUA_TIM}`,
      `${KETUA_TIM};Fransiska;${U};${KABAG}`,
    );
    expect(await importEmployees(t.db, plain, { actor })).toMatchObject({
      summary: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it.each([
    [
      'a self-appraiser',
      `${KABAG};Andi;${U};;${KABAG};Bapak`,
      { row: 2, column: 'nip_penilai', key: 'import-appraiser-self' },
    ],
    [
      'an unknown appraiser',
      `${KABAG};Andi;${U};;199912312020121999;Bapak`,
      { row: 2, column: 'nip_penilai', key: 'import-appraiser-unknown' },
    ],
    [
      'an appraisal cycle with the stored team',
      `${KABAG};Andi;${U};;${STAF};Bapak`,
      { row: 2, column: 'nip_penilai', key: 'import-appraiser-cycle' },
    ],
    [
      'an unknown sapaan',
      `${KABAG};Andi;${U};;;Pak`,
      { row: 2, column: 'sapaan', key: 'import-salutation-invalid' },
    ],
  ])('refuses %s and writes nothing', async (_name, line, expected) => {
    await importEmployees(t.db, team, { actor });
    const before = await importSnapshot(t.db);
    const result = await importEmployees(t.db, csv(EMPLOYEE_HEADER, line), { actor });
    expect(!result.ok && result.problems).toEqual([expect.objectContaining(expected)]);
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it('refuses unit beside unor, naming the alias', async () => {
    const result = await importEmployees(t.db, csv('nip;nama;unit;unor;nip_atasan', `${KABAG};Andi;A;A;`), {
      actor,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 1, column: 'unor', key: 'import-alias-clash', args: { name: 'unit', alias: 'unor' } },
      ],
    });
  });
});

const OKR_HEADER =
  'kode,nip,periode,sasaran,hasil_kunci,satuan,awal,target,arah,target_tw1,target_tw2,target_tw3,target_tw4,akumulasi,jenis_rhk,aspek';
const okr = csv(
  OKR_HEADER,
  `APP-1,${STAF},2026,"Meningkatnya layanan digital","Aplikasi yang terintegrasi",aplikasi,20,50,naik,25,35,45,50,,,kuantitas`,
  `WKT-1,${STAF},2026,"Meningkatnya layanan digital","Rata-rata waktu layanan",hari,21,10,turun,18,,12,,rata-rata,tambahan,waktu`,
  `LKP-1,${STAF},2026,"Meningkatnya akuntabilitas","Laporan keuangan tepat waktu",%,100,100,naik,100,100,100,100,,,`,
);

describe('importOkr: SKP columns', () => {
  beforeEach(async () => {
    expect((await importEmployees(t.db, team, { actor })).ok).toBe(true);
  });

  it('stores quarterly targets, akumulasi, jenis_rhk and aspek; a flat target is accepted', async () => {
    expect(await importOkr(t.db, okr, { actor })).toMatchObject({ ok: true, summary: { created: 3 } });
    expect(await keyResult('APP-1')).toMatchObject({
      targetQ1: 25,
      targetQ2: 35,
      targetQ3: 45,
      targetQ4: 50,
      accumulation: 'cumulative',
      resultKind: 'main',
      aspect: 'quantity',
    });
    expect(await keyResult('WKT-1')).toMatchObject({
      targetQ1: 18,
      targetQ2: null,
      targetQ3: 12,
      targetQ4: null,
      accumulation: 'average',
      resultKind: 'additional',
      aspect: 'time',
    });
    expect(await keyResult('LKP-1')).toMatchObject({ baseline: 100, target: 100, accumulation: 'latest' });
  });

  it('re-imports with no change as a no-op, and audits a changed quarterly target', async () => {
    await importOkr(t.db, okr, { actor });
    const before = await importSnapshot(t.db);
    expect(await importOkr(t.db, okr, { actor })).toMatchObject({ summary: { updated: 0, unchanged: 3 } });
    expect(await importSnapshot(t.db)).toEqual(before);

    const changed = okr.replace(',25,35,45,50,,,kuantitas', ',25,30,45,50,kumulatif,utama,kualitas');
    expect(await importOkr(t.db, changed, { actor })).toMatchObject({
      summary: { updated: 1, unchanged: 2 },
    });
    expect(await keyResult('APP-1')).toMatchObject({ targetQ2: 30, resultKind: 'main', aspect: 'quality' });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'import.update'))
      .orderBy(asc(auditLog.id));
    expect(audit).toMatchObject({
      entityKey: 'APP-1',
      before: { targetQ2: 35, aspect: 'quantity' },
      after: { targetQ2: 30, aspect: 'quality' },
    });
  });

  it('keeps stored SKP values when the file lacks their columns', async () => {
    await importOkr(t.db, okr, { actor });
    const before = await importSnapshot(t.db);
    const plain = csv(
      'kode,nip,periode,sasaran,hasil_kunci,satuan,awal,target,arah',
      `WKT-1,${STAF},2026,"Meningkatnya layanan digital","Rata-rata waktu layanan",hari,21,10,turun`,
    );
    expect(await importOkr(t.db, plain, { actor })).toMatchObject({ summary: { updated: 0, unchanged: 1 } });
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it('reads the SKP column names (rhk, iki, nilai_awal, polaritas, rhk_atasan) as today’s', async () => {
    const parent = `INDUK,${KABAG},2026,"Sasaran Bagian","Indikator Bagian",dokumen,0,4,naik,,,,,,,`;
    expect((await importOkr(t.db, csv(OKR_HEADER, parent), { actor })).ok).toBe(true);
    const skp = csv(
      'kode,nip,periode,rhk,iki,satuan,nilai_awal,target,polaritas,rhk_atasan',
      `SKP-1,${STAF},2026,"Tersusunnya dokumen","Dokumen yang ditetapkan",dokumen,0,4,positif,INDUK`,
      `SKP-2,${STAF},2026,"Tersusunnya dokumen","Waktu penyusunan",hari,10,5,negatif,`,
    );
    expect(await importOkr(t.db, skp, { actor })).toMatchObject({ ok: true, summary: { created: 2 } });
    expect(await keyResult('SKP-1')).toMatchObject({
      title: 'Dokumen yang ditetapkan',
      baseline: 0,
      direction: 'up',
      parentId: (await keyResult('INDUK')).id,
    });
    expect(await keyResult('SKP-2')).toMatchObject({ baseline: 10, target: 5, direction: 'down' });
    // A problem points at the column as the file names it.
    const bad = await importOkr(t.db, skp.replace('positif', 'maju'), { actor });
    expect(!bad.ok && bad.problems).toEqual([
      { row: 2, column: 'polaritas', key: 'import-direction-invalid', args: { value: 'maju' } },
    ]);
  });

  it.each([
    [
      'a quarterly target lying the wrong way (naik 20 → 50, TW II 10)',
      okr.replace(',25,35,45,50,', ',25,10,45,50,'),
      { row: 2, column: 'target_tw2', key: 'import-quarter-target-wrong-way' },
    ],
    [
      'a quarterly target beyond the year',
      okr.replace(',25,35,45,50,', ',25,35,55,50,'),
      { row: 2, column: 'target_tw3', key: 'import-quarter-target-beyond-year' },
    ],
    [
      'a quarterly target falling back',
      okr.replace(',25,35,45,50,', ',25,35,30,50,'),
      { row: 2, column: 'target_tw3', key: 'import-quarter-target-falls-back' },
    ],
    ['a bad akumulasi', okr.replace(',rata-rata,', ',jumlah,'), { row: 3, column: 'akumulasi' }],
    ['a bad jenis_rhk', okr.replace(',tambahan,', ',pokok,'), { row: 3, column: 'jenis_rhk' }],
    ['a bad aspek', okr.replace(',tambahan,waktu', ',tambahan,durasi'), { row: 3, column: 'aspek' }],
    [
      'a name beside its alias',
      okr.replace('hasil_kunci,', 'hasil_kunci,iki,'),
      { row: 1, column: 'iki', key: 'import-alias-clash' },
    ],
  ])('refuses %s and writes nothing', async (_name, text, expected) => {
    await importOkr(t.db, okr, { actor });
    const before = await importSnapshot(t.db);
    const result = await importOkr(t.db, text, { actor });
    expect(!result.ok && result.problems).toContainEqual(expect.objectContaining(expected));
    expect(await importSnapshot(t.db)).toEqual(before);
  });
});
