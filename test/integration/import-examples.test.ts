import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { importEmployees } from '../../src/import/employees/import-employees.js';
import { importOkr } from '../../src/import/okr/import-okr.js';
import { employees, keyResults, objectives, orgUnits, performancePeriods } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { importSnapshot } from '../support/import-snapshot.js';

const t = useTestDatabase();
const actor = 'cli:hr';
const read = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

beforeAll(async () => {
  await truncateAll(t.db);
});

async function chain<T extends { id: number }>(
  rows: T[],
  start: T | undefined,
  up: (row: T) => number | null,
) {
  const names: T[] = [];
  for (let row = start; row; row = rows.find((r) => r.id === up(row!))) names.push(row);
  return names;
}

describe('examples/', () => {
  it('imports employees.csv (BOM, `;`, CRLF)', async () => {
    const result = await importEmployees(t.db, read('employees.csv'), { actor });
    expect(result).toEqual({ ok: true, summary: { created: 15, updated: 0, unchanged: 0, unitsCreated: 7 } });

    const people = await t.db.select().from(employees);
    const staff = people.find((p) => p.name.startsWith('Fransiska Yoku'));
    expect((await chain(people, staff, (p) => p.supervisorId)).map((p) => p.nip)).toEqual([
      '199002142015032001',
      '198101172005011004',
      '197508222000032002',
      '197003141996031001',
    ]);
    expect(new Set(people.map((p) => p.timeZone))).toEqual(
      new Set(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']),
    );
    expect(people.filter((p) => p.locale === 'en').map((p) => p.name)).toEqual(['Kevin Hartanto, M.A.']);
    expect(people.filter((p) => p.roles.includes('admin')).map((p) => p.name)).toEqual([
      'Teguh Prasetyo, S.Kom.',
    ]);
    expect(people.find((p) => p.nip === '197003141996031001')).toMatchObject({
      name: 'Dr. Ir. Hendra Wijayakusuma, M.Si.',
      phone: '6281110203040',
      email: 'hendra.wijayakusuma@example.go.id',
    });
    expect(people.every((p) => /^62\d{8,13}$/.test(p.phone ?? ''))).toBe(true);

    // Every unit has its kepala unit: the person on the row marked ya, who works in that unit.
    const headed = await t.db.select().from(orgUnits);
    expect(headed.map((u) => [u.path, people.find((p) => p.id === u.headId)?.unitId])).toEqual(
      headed.map((u) => [u.path, u.id]),
    );

    // A staff member led day to day by a ketua tim and appraised by the Kepala Bagian.
    const idOf = (nip: string) => people.find((p) => p.nip === nip)!.id;
    expect(people.find((p) => p.nip === '199107082015031002')).toMatchObject({
      supervisorId: idOf('199002142015032001'),
      appraiserId: idOf('198101172005011004'),
      salutation: 'Bapak',
    });
    expect(people.filter((p) => p.appraiserId !== null)).toHaveLength(1);
    expect(people.filter((p) => p.salutation === null).map((p) => p.name)).toEqual(['Kevin Hartanto, M.A.']);
    expect(new Set(people.map((p) => p.salutation))).toEqual(new Set(['Bapak', 'Ibu', null]));

    const units = await t.db.select().from(orgUnits);
    const bagian = units.find((u) => u.name === 'Bagian Kinerja dan Mutasi');
    expect((await chain(units, bagian, (u) => u.parentId)).map((u) => u.name)).toEqual([
      'Bagian Kinerja dan Mutasi',
      'Biro Sumber Daya Manusia',
      'Deputi Bidang Tata Kelola Data',
    ]);
  });

  it('imports okr.csv (`,`, quoted numbers) with its cascade', async () => {
    const result = await importOkr(t.db, read('okr.csv'), { actor });
    expect(result).toEqual({
      ok: true,
      summary: { created: 41, updated: 0, unchanged: 0, objectivesCreated: 26, periodsCreated: 2 },
    });
    expect((await t.db.select().from(performancePeriods)).map((p) => p.code).sort()).toEqual([
      '2026',
      '2026-Q4',
    ]);
    expect(await t.db.select().from(objectives)).toHaveLength(26);

    const krs = await t.db.select().from(keyResults);
    const staffKr = krs.find((k) => k.code === 'FY-01');
    expect((await chain(krs, staffKr, (k) => k.parentId)).map((k) => k.code)).toEqual([
      'FY-01',
      'REN-03',
      'BPK-02',
      'DEP-01',
    ]);
    const byCode = (code: string) => krs.find((k) => k.code === code);
    expect(byCode('DEP-01')).toMatchObject({ baseline: 72.5, target: 80, direction: 'up', weight: 2 });
    expect(byCode('BPK-03')).toMatchObject({ baseline: 86.2, weight: 1.5 });
    expect(byCode('BPK-04')).toMatchObject({ unitLabel: 'Rp', target: 1_500_000_000, kind: 'aspirational' });
    expect(byCode('DEP-03')).toMatchObject({ baseline: 21, target: 10, direction: 'down' });
    expect(krs.filter((k) => k.direction === 'down').length).toBeGreaterThanOrEqual(2);
    expect(byCode('REN-02')).toMatchObject({
      targetQ1: 3,
      targetQ2: 6,
      targetQ3: 9,
      targetQ4: 12,
      accumulation: 'cumulative', // by the unit (kegiatan)
    });
    expect(byCode('SDM-01')).toMatchObject({
      targetQ1: 18,
      targetQ4: 10,
      accumulation: 'average',
      aspect: 'time',
    });
    expect(byCode('SDM-02')).toMatchObject({ targetQ2: 65, accumulation: 'latest' });
    expect(byCode('KEU-03')).toMatchObject({ resultKind: 'additional', aspect: 'cost' });
    expect(byCode('KEU-04')).toMatchObject({
      baseline: 100,
      target: 100,
      direction: 'up',
      accumulation: 'latest',
    });
    expect(byCode('DEP-01')).toMatchObject({
      targetQ1: null,
      resultKind: 'main',
      aspect: null,
      accumulation: 'latest',
    });
    expect(krs.filter((k) => k.targetQ1 !== null).length).toBeGreaterThanOrEqual(5);
    expect(krs.filter((k) => k.resultKind === 'additional').length).toBeGreaterThanOrEqual(2);
    const [q4] = await t.db.select().from(performancePeriods).where(eq(performancePeriods.code, '2026-Q4'));
    expect(krs.filter((k) => k.periodId === q4!.id).map((k) => k.code)).toContain('TP-02');
  });

  it('re-imports both files without a single write', async () => {
    const before = await importSnapshot(t.db);
    expect(await importEmployees(t.db, read('employees.csv'), { actor })).toMatchObject({
      summary: { created: 0, updated: 0, unchanged: 15 },
    });
    expect(await importOkr(t.db, read('okr.csv'), { actor })).toMatchObject({
      summary: { created: 0, updated: 0, unchanged: 41 },
    });
    expect(await importSnapshot(t.db)).toEqual(before);
  });
});
