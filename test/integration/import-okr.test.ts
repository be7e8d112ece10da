import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { importEmployees } from '../../src/import/employees/import-employees.js';
import { importOkr } from '../../src/import/okr/import-okr.js';
import { auditLog, keyResults, objectives, performancePeriods } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { csv, importSnapshot } from '../support/import-snapshot.js';

const t = useTestDatabase();
const actor = 'cli:hr';

const KEPALA = '197508222000032002';
const STAF = '199002142015032001';
const STRANGER = '199912312020121999';
const HEADER = 'kode,nip,periode,sasaran,hasil_kunci,satuan,awal,target,arah,jenis,bobot,kode_induk';
const SASARAN = '"Tersusunnya dokumen perencanaan yang berkualitas"';
const lines = {
  kepala: `BPK-01,${KEPALA},2026,${SASARAN},"Dokumen Renja yang ditetapkan",dokumen,0,4,naik,committed,2,`,
  hemat: `BPK-02,${KEPALA},2026,"Meningkatnya efisiensi anggaran","Penghematan belanja",Rp,0,"1.500.000.000",naik,aspirational,1,`,
  staf: `REN-01,${STAF},2026-Q4,"Tersedianya analisis kinerja","Waktu penyusunan laporan",hari,"7,5",5,turun,,"1,5",BPK-01`,
};
const base = csv(HEADER, lines.staf, lines.kepala, lines.hemat);

async function keyResult(code: string) {
  const [row] = await t.db.select().from(keyResults).where(eq(keyResults.code, code));
  return row!;
}

beforeEach(async () => {
  await truncateAll(t.db);
  const people = await importEmployees(
    t.db,
    csv(
      'nip,nama,unit,nip_atasan',
      `${KEPALA},Sri Rahayu,Biro A,`,
      `${STAF},Fransiska Yoku,Biro A,${KEPALA}`,
    ),
    { actor },
  );
  expect(people.ok).toBe(true);
});

describe('importOkr', () => {
  it('creates periods, objectives and key results with their cascade, with an audit row each', async () => {
    const result = await importOkr(t.db, base, { actor });
    expect(result).toEqual({
      ok: true,
      summary: { created: 3, updated: 0, unchanged: 0, objectivesCreated: 3, periodsCreated: 2 },
    });

    const periods = await t.db.select().from(performancePeriods).orderBy(asc(performancePeriods.code));
    expect(periods.map((p) => [p.code, p.year, p.quarter, p.startsOn, p.endsOn])).toEqual([
      ['2026', 2026, null, '2026-01-01', '2026-12-31'],
      ['2026-Q4', 2026, 4, '2026-10-01', '2026-12-31'],
    ]);

    const parent = await keyResult('BPK-01');
    expect(parent).toMatchObject({
      baseline: 0,
      target: 4,
      direction: 'up',
      kind: 'committed',
      weight: 2,
      parentId: null,
    });
    expect(await keyResult('BPK-02')).toMatchObject({
      target: 1_500_000_000,
      unitLabel: 'Rp',
      kind: 'aspirational',
    });
    const child = await keyResult('REN-01');
    expect(child).toMatchObject({
      baseline: 7.5,
      target: 5,
      direction: 'down',
      kind: 'committed',
      weight: 1.5,
    });
    expect(child.parentId).toBe(parent.id);
    const [objective] = await t.db.select().from(objectives).where(eq(objectives.id, child.objectiveId));
    expect(objective).toMatchObject({ title: 'Tersedianya analisis kinerja', periodId: child.periodId });

    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'key_result'))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => [a.action, a.entityKey])).toEqual([
      ['import.create', 'REN-01'],
      ['import.create', 'BPK-01'],
      ['import.create', 'BPK-02'],
    ]);
    expect(audit[0]!.after).toMatchObject({
      ownerNip: STAF,
      period: '2026-Q4',
      parentCode: 'BPK-01',
      baseline: 7.5,
    });
  });

  it('upserts objectives by (owner, period, title)', async () => {
    const second = `BPK-03,${KEPALA},2026,${SASARAN},"Laporan kinerja",laporan,0,4,naik,,,`;
    const result = await importOkr(t.db, csv(HEADER, lines.kepala, second), { actor });
    expect(result.ok && result.summary.objectivesCreated).toBe(1);
    expect((await keyResult('BPK-01')).objectiveId).toBe((await keyResult('BPK-03')).objectiveId);
  });

  it('is idempotent: a second import of the same file writes nothing', async () => {
    await importOkr(t.db, base, { actor });
    const before = await importSnapshot(t.db);
    const result = await importOkr(t.db, base, { actor });
    expect(result).toEqual({
      ok: true,
      summary: { created: 0, updated: 0, unchanged: 3, objectivesCreated: 0, periodsCreated: 0 },
    });
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it('updates a changed row by code and audits only the changed fields', async () => {
    await importOkr(t.db, base, { actor });
    const before = await importSnapshot(t.db);
    const changed = lines.staf.replace(',5,turun', ',4,turun').replace('BPK-01', 'BPK-02');
    const result = await importOkr(t.db, csv(HEADER, changed, lines.kepala, lines.hemat), { actor });
    expect(result.ok && result.summary).toMatchObject({ created: 0, updated: 1, unchanged: 2 });

    const child = await keyResult('REN-01');
    expect(child).toMatchObject({ target: 4, parentId: (await keyResult('BPK-02')).id });
    const oldChild = before.keyResults.find((k) => k.code === 'REN-01')!;
    expect(child.updatedAt.getTime()).toBeGreaterThan(oldChild.updatedAt.getTime());
    expect((await importSnapshot(t.db)).keyResults.filter((k) => k.code !== 'REN-01')).toEqual(
      before.keyResults.filter((k) => k.code !== 'REN-01'),
    );
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'import.update'));
    expect(audit).toMatchObject({
      entity: 'key_result',
      entityKey: 'REN-01',
      before: { target: 5, parentCode: 'BPK-01' },
      after: { target: 4, parentCode: 'BPK-02' },
    });
  });

  it('accepts a parent that is only in the database, and keeps absent optional columns', async () => {
    await importOkr(t.db, base, { actor });
    const header = 'kode,nip,periode,sasaran,hasil_kunci,satuan,awal,target,arah';
    const result = await importOkr(
      t.db,
      csv(
        'kode,nip,periode,sasaran,hasil_kunci,satuan,awal,target,arah,kode_induk',
        `REN-02,${STAF},2026,"Sasaran baru","KR baru",%,10,90,naik,BPK-02`,
      ),
      { actor },
    );
    expect(result.ok).toBe(true);
    expect((await keyResult('REN-02')).parentId).toBe((await keyResult('BPK-02')).id);

    const again = await importOkr(
      t.db,
      csv(
        header,
        `BPK-02,${KEPALA},2026,"Meningkatnya efisiensi anggaran","Penghematan belanja",Rp,0,"1.500.000.000",naik`,
      ),
      { actor },
    );
    expect(again.ok && again.summary).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await keyResult('BPK-02')).toMatchObject({ kind: 'aspirational', weight: 1 });

    // Without the kode_induk column a child keeps its parent.
    const child = await importOkr(
      t.db,
      csv(header, `REN-02,${STAF},2026,"Sasaran baru","KR baru",%,10,90,naik`),
      {
        actor,
      },
    );
    expect(child.ok && child.summary).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await keyResult('REN-02')).parentId).toBe((await keyResult('BPK-02')).id);
  });
});

describe('importOkr refuses a bad file and writes nothing', () => {
  const row = (cells: Partial<Record<string, string>>) => {
    const all: Record<string, string> = {
      kode: 'KR-9',
      nip: STAF,
      periode: '2026',
      sasaran: 'Sasaran',
      hasil_kunci: 'Hasil kunci',
      satuan: 'dokumen',
      awal: '0',
      target: '4',
      arah: 'naik',
      jenis: '',
      bobot: '',
      kode_induk: '',
      ...cells,
    };
    return HEADER.split(',')
      .map((c) => (/[,"\n]/.test(all[c]!) ? `"${all[c]!.replace(/"/g, '""')}"` : all[c]))
      .join(',');
  };
  const cases: [string, string, { row?: number; column?: string; key: string; args?: object }][] = [
    ['an empty file', '', { key: 'import-empty-file' }],
    ['a file with only a header', csv(HEADER), { key: 'import-no-data-rows' }],
    [
      'missing columns',
      csv('kode,nip,periode,sasaran,hasil_kunci,awal,target', 'A,1,2026,s,h,0,1'),
      { row: 1, key: 'import-missing-columns', args: { columns: 'satuan, arah/polaritas' } },
    ],
    [
      'a duplicate code',
      csv(HEADER, row({ kode: 'A' }), row({ kode: 'B' }), row({ kode: 'A' })),
      { row: 4, column: 'kode', key: 'import-duplicate-code', args: { value: 'A', firstRow: 2 } },
    ],
    [
      'an unknown owner',
      csv(HEADER, row({ nip: STRANGER })),
      { row: 2, column: 'nip', key: 'import-owner-unknown', args: { value: STRANGER } },
    ],
    [
      'a malformed owner NIP',
      csv(HEADER, row({ nip: '1990' })),
      { row: 2, column: 'nip', key: 'import-nip-format' },
    ],
    [
      'an unknown parent',
      csv(HEADER, row({ kode_induk: 'DEP-99' })),
      { row: 2, column: 'kode_induk', key: 'import-parent-unknown', args: { value: 'DEP-99' } },
    ],
    [
      'a self-parent',
      csv(HEADER, row({ kode_induk: 'KR-9' })),
      { row: 2, column: 'kode_induk', key: 'import-parent-self', args: { value: 'KR-9' } },
    ],
    [
      'a parent cycle in the file',
      csv(HEADER, row({ kode: 'A', kode_induk: 'B' }), row({ kode: 'B', kode_induk: 'A' })),
      { row: 2, column: 'kode_induk', key: 'import-parent-cycle', args: { codes: 'A → B → A' } },
    ],
    [
      'a parent cycle through stored key results',
      csv(HEADER, lines.kepala.replace(/,$/, ',REN-01')),
      {
        row: 2,
        column: 'kode_induk',
        key: 'import-parent-cycle',
        args: { codes: 'BPK-01 → REN-01 → BPK-01' },
      },
    ],
    [
      'a non-numeric awal',
      csv(HEADER, row({ awal: 'nol' })),
      { row: 2, column: 'awal', key: 'import-number-invalid' },
    ],
    [
      'a non-numeric target',
      csv(HEADER, row({ target: '4 dok' })),
      { row: 2, column: 'target', key: 'import-number-invalid' },
    ],
    [
      'a non-numeric bobot',
      csv(HEADER, row({ bobot: 'tinggi' })),
      { row: 2, column: 'bobot', key: 'import-number-invalid' },
    ],
    [
      'a zero bobot',
      csv(HEADER, row({ bobot: '0' })),
      { row: 2, column: 'bobot', key: 'import-weight-invalid' },
    ],
    [
      'naik with a lower target',
      csv(HEADER, row({ awal: '10', target: '5' })),
      {
        row: 2,
        column: 'target',
        key: 'import-target-below-baseline',
        args: { baseline: '10', target: '5' },
      },
    ],
    [
      'turun with a higher target',
      csv(HEADER, row({ arah: 'turun', awal: '5', target: '10' })),
      {
        row: 2,
        column: 'target',
        key: 'import-target-above-baseline',
        args: { baseline: '5', target: '10' },
      },
    ],
    [
      'period 2026-Q5',
      csv(HEADER, row({ periode: '2026-Q5' })),
      { row: 2, column: 'periode', key: 'import-period-invalid' },
    ],
    [
      'period 26',
      csv(HEADER, row({ periode: '26' })),
      { row: 2, column: 'periode', key: 'import-period-invalid' },
    ],
    [
      'period 2026-13',
      csv(HEADER, row({ periode: '2026-13' })),
      { row: 2, column: 'periode', key: 'import-period-invalid' },
    ],
    [
      'a bad arah',
      csv(HEADER, row({ arah: 'maju' })),
      { row: 2, column: 'arah', key: 'import-direction-invalid' },
    ],
    [
      'a bad jenis',
      csv(HEADER, row({ jenis: 'wajib' })),
      { row: 2, column: 'jenis', key: 'import-kind-invalid' },
    ],
    [
      'an empty sasaran',
      csv(HEADER, row({ sasaran: '' })),
      { row: 2, column: 'sasaran', key: 'import-required' },
    ],
    [
      'an empty hasil_kunci',
      csv(HEADER, row({ hasil_kunci: '' })),
      { row: 2, column: 'hasil_kunci', key: 'import-required' },
    ],
    [
      'an empty target',
      csv(HEADER, row({ target: '' })),
      { row: 2, column: 'target', key: 'import-required' },
    ],
    ['an empty kode', csv(HEADER, row({ kode: '' })), { row: 2, column: 'kode', key: 'import-required' }],
  ];

  it.each(cases)('%s', async (_name, text, expected) => {
    await importOkr(t.db, base, { actor });
    const before = await importSnapshot(t.db);
    const result = await importOkr(t.db, text, { actor });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContainEqual(
      expected.args ? expected : expect.objectContaining(expected),
    );
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it('lists every problem, in row order, and writes none of the good rows', async () => {
    const before = await importSnapshot(t.db);
    const text = csv(
      HEADER,
      row({ kode: 'OK-1' }),
      row({ kode: 'BAD-1', periode: '2026-Q5', awal: 'x' }),
      row({ kode: 'OK-2' }),
      row({ kode: 'BAD-2', arah: 'turun', kode_induk: 'NOPE' }),
    );
    const result = await importOkr(t.db, text, { actor });
    expect(!result.ok && result.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [3, 'periode', 'import-period-invalid'],
      [3, 'awal', 'import-number-invalid'],
      [5, 'target', 'import-target-above-baseline'],
      [5, 'kode_induk', 'import-parent-unknown'],
    ]);
    expect(await importSnapshot(t.db)).toEqual(before);
  });
});
