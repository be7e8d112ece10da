import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { importEmployees } from '../../src/import/employees/import-employees.js';
import { auditLog, employees, orgUnits } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { csv, importSnapshot } from '../support/import-snapshot.js';

const t = useTestDatabase();
const actor = 'cli:hr';

const HEADER = 'nip;nama;email;telepon;jabatan;unit;nip_atasan;zona_waktu;bahasa;peran';
const DEPUTI = '197003141996031001';
const BIRO = '197508222000032002';
const BAGIAN = '198101172005011004';
const STAF = '199002142015032001';
const D = 'Deputi Bidang Data';
const lines = {
  deputi: `${DEPUTI};Hendra Wijaya;hendra@example.go.id;0811-1020-3040;Deputi;${D};;WIB;id;pegawai`,
  biro: `${BIRO};Sri Rahayu;;+62 812 2000 3101;Kepala Biro;${D}/Biro Perencanaan;${DEPUTI};;;admin`,
  bagian: `${BAGIAN};Andi Rusli;;;Kepala Bagian;${D}/Biro Perencanaan/Bagian Program;${BIRO};WITA;id;`,
  staf: `${STAF};Fransiska Yoku;;;Analis;${D}/Biro Perencanaan/Bagian Program;${BAGIAN};WIT;en;pegawai`,
};
const base = csv(HEADER, lines.deputi, lines.biro, lines.bagian, lines.staf);

async function importBase() {
  const result = await importEmployees(t.db, base, { actor });
  expect(result.ok).toBe(true);
}

async function employee(nip: string) {
  const [row] = await t.db.select().from(employees).where(eq(employees.nip, nip));
  return row!;
}

beforeEach(async () => {
  await truncateAll(t.db);
});

describe('importEmployees', () => {
  it('creates the unit tree, the people and their supervisors, with an audit row each', async () => {
    const result = await importEmployees(t.db, base, { actor });
    expect(result).toEqual({ ok: true, summary: { created: 4, updated: 0, unchanged: 0, unitsCreated: 3 } });

    const units = await t.db.select().from(orgUnits).orderBy(asc(orgUnits.id));
    expect(units.map((u) => [u.path, u.name, units.find((p) => p.id === u.parentId)?.path ?? null])).toEqual([
      [D, D, null],
      [`${D}/Biro Perencanaan`, 'Biro Perencanaan', D],
      [`${D}/Biro Perencanaan/Bagian Program`, 'Bagian Program', `${D}/Biro Perencanaan`],
    ]);

    const deputi = await employee(DEPUTI);
    const biro = await employee(BIRO);
    const bagian = await employee(BAGIAN);
    const staf = await employee(STAF);
    expect(deputi).toMatchObject({ supervisorId: null, phone: '6281110203040', timeZone: 'Asia/Jakarta' });
    expect(biro).toMatchObject({
      supervisorId: deputi.id,
      phone: '6281220003101',
      roles: ['pegawai', 'admin'],
    });
    expect(bagian).toMatchObject({ supervisorId: biro.id, timeZone: 'Asia/Makassar', roles: ['pegawai'] });
    expect(staf).toMatchObject({
      supervisorId: bagian.id,
      timeZone: 'Asia/Jayapura',
      locale: 'en',
      email: null,
    });

    const audit = await t.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(audit.map((a) => [a.actor, a.action, a.entity, a.entityKey])).toEqual(
      [DEPUTI, BIRO, BAGIAN, STAF].map((nip) => [actor, 'import.create', 'employee', nip]),
    );
    expect(audit[1]).toMatchObject({
      before: null,
      after: expect.objectContaining({
        name: 'Sri Rahayu',
        supervisorNip: DEPUTI,
        unit: `${D}/Biro Perencanaan`,
      }),
    });
  });

  it('is idempotent: a second import of the same file writes nothing', async () => {
    await importBase();
    const before = await importSnapshot(t.db);
    const result = await importEmployees(t.db, base, { actor });
    expect(result).toEqual({ ok: true, summary: { created: 0, updated: 0, unchanged: 4, unitsCreated: 0 } });
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it('updates a changed row by NIP, audits only the changed fields and leaves the others alone', async () => {
    await importBase();
    const before = await importSnapshot(t.db);
    const moved = `${STAF};Fransiska Yoku;;;Analis Kebijakan;${D}/Biro Perencanaan;${BIRO};WIT;en;pegawai`;
    const result = await importEmployees(t.db, csv(HEADER, lines.deputi, lines.biro, lines.bagian, moved), {
      actor,
    });
    expect(result).toEqual({ ok: true, summary: { created: 0, updated: 1, unchanged: 3, unitsCreated: 0 } });

    const staf = await employee(STAF);
    const oldStaf = before.employees.find((e) => e.nip === STAF)!;
    expect(staf).toMatchObject({ position: 'Analis Kebijakan', supervisorId: (await employee(BIRO)).id });
    expect(staf.updatedAt.getTime()).toBeGreaterThan(oldStaf.updatedAt.getTime());
    const others = (await importSnapshot(t.db)).employees.filter((e) => e.nip !== STAF);
    expect(others).toEqual(before.employees.filter((e) => e.nip !== STAF));

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'import.update'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entity: 'employee',
      entityKey: STAF,
      before: { position: 'Analis', unit: `${D}/Biro Perencanaan/Bagian Program`, supervisorNip: BAGIAN },
      after: { position: 'Analis Kebijakan', unit: `${D}/Biro Perencanaan`, supervisorNip: BIRO },
    });
  });

  it('leaves rows absent from the file and columns absent from the file alone', async () => {
    await importBase();
    const result = await importEmployees(
      t.db,
      csv('nip,nama,unit,nip_atasan', `${STAF},Fransiska Y.,${D},${DEPUTI}`),
      {
        actor,
      },
    );
    expect(result.ok && result.summary).toMatchObject({ updated: 1, unchanged: 0 });
    expect(await employee(STAF)).toMatchObject({
      name: 'Fransiska Y.',
      timeZone: 'Asia/Jayapura',
      locale: 'en',
    });
    expect(await t.db.select().from(employees)).toHaveLength(4);
  });

  it('keeps roles the import does not manage', async () => {
    await importBase();
    await t.db
      .update(employees)
      .set({ roles: ['pegawai', 'admin', 'auditor'] })
      .where(eq(employees.nip, BIRO));
    const demoted = lines.biro.replace(/;admin$/, ';pegawai');
    await importEmployees(t.db, csv(HEADER, lines.deputi, demoted, lines.bagian, lines.staf), { actor });
    expect((await employee(BIRO)).roles.sort()).toEqual(['auditor', 'pegawai']);
  });

  it('links to a supervisor that is only in the database', async () => {
    await importBase();
    const newcomer = '199507082020121002';
    const result = await importEmployees(t.db, csv(HEADER, `${newcomer};Budi;;;Analis;${D};${BAGIAN};;;`), {
      actor,
    });
    expect(result.ok).toBe(true);
    expect((await employee(newcomer)).supervisorId).toBe((await employee(BAGIAN)).id);
  });
});

describe('importEmployees refuses a bad file and writes nothing', () => {
  const cases: [string, string, { row?: number; column?: string; key: string; args?: object }][] = [
    ['an empty file', '', { key: 'import-empty-file' }],
    ['a file with only a header', `\uFEFF${HEADER}\r\n`, { key: 'import-no-data-rows' }],
    [
      'missing columns',
      csv('nip;email;unit', `${STAF};a@example.go.id;${D}`),
      { row: 1, key: 'import-missing-columns', args: { columns: 'nama, nip_atasan' } },
    ],
    [
      'a malformed NIP',
      csv(HEADER, lines.deputi, `19900214201503200;Budi;;;;${D};${DEPUTI};;;`),
      { row: 3, column: 'nip', key: 'import-nip-format' },
    ],
    [
      'a duplicate NIP',
      csv(HEADER, lines.deputi, lines.biro, lines.biro.replace('Sri Rahayu', 'Sri R.')),
      { row: 4, column: 'nip', key: 'import-duplicate-nip', args: { value: BIRO, firstRow: 3 } },
    ],
    [
      'an unknown supervisor',
      csv(HEADER, `${STAF};Budi;;;;${D};199912312020121999;;;`),
      { row: 2, column: 'nip_atasan', key: 'import-supervisor-unknown' },
    ],
    [
      'self-supervision',
      csv(HEADER, `${STAF};Budi;;;;${D};${STAF};;;`),
      { row: 2, column: 'nip_atasan', key: 'import-supervisor-self', args: { value: STAF } },
    ],
    [
      'a supervision cycle',
      csv(
        HEADER,
        `${DEPUTI};Hendra;;;;${D};${BIRO};;;`,
        `${BIRO};Sri;;;;${D};${BAGIAN};;;`,
        `${BAGIAN};Andi;;;;${D};${DEPUTI};;;`,
      ),
      {
        row: 2,
        column: 'nip_atasan',
        key: 'import-supervisor-cycle',
        args: { people: `Hendra (${DEPUTI}) → Sri (${BIRO}) → Andi (${BAGIAN}) → Hendra (${DEPUTI})` },
      },
    ],
    [
      'a cycle through stored employees',
      csv(HEADER, `${DEPUTI};Hendra Wijaya;;;;${D};${STAF};;;`),
      {
        row: 2,
        column: 'nip_atasan',
        key: 'import-supervisor-cycle',
        args: {
          people: `Hendra Wijaya (${DEPUTI}) → Fransiska Yoku (${STAF}) → Andi Rusli (${BAGIAN}) → Sri Rahayu (${BIRO}) → Hendra Wijaya (${DEPUTI})`,
        },
      },
    ],
    [
      'a bad time zone',
      csv(HEADER, `${STAF};Budi;;;;${D};;WITB;;`),
      { row: 2, column: 'zona_waktu', key: 'import-timezone-invalid', args: { value: 'WITB' } },
    ],
    [
      'a bad bahasa',
      csv(HEADER, `${STAF};Budi;;;;${D};;;jawa;`),
      { row: 2, column: 'bahasa', key: 'import-locale-invalid' },
    ],
    [
      'a bad peran',
      csv(HEADER, `${STAF};Budi;;;;${D};;;;kepala`),
      { row: 2, column: 'peran', key: 'import-role-invalid' },
    ],
    [
      'an empty nama',
      csv(HEADER, `${STAF};;;;;${D};;;;`),
      { row: 2, column: 'nama', key: 'import-required' },
    ],
    [
      'an empty unit',
      csv(HEADER, `${STAF};Budi;;;;;;;;`),
      { row: 2, column: 'unit', key: 'import-required' },
    ],
    ['an empty nip', csv(HEADER, `;Budi;;;;${D};;;;`), { row: 2, column: 'nip', key: 'import-required' }],
    [
      'a bad email',
      csv(HEADER, `${STAF};Budi;budi.example.go.id;;;${D};;;;`),
      { row: 2, column: 'email', key: 'import-email-invalid' },
    ],
    [
      'a bad phone',
      csv(HEADER, `${STAF};Budi;;0812-xx;;${D};;;;`),
      { row: 2, column: 'telepon', key: 'import-phone-invalid' },
    ],
    ['an unclosed quote', csv(HEADER, `${STAF};"Budi;;;;${D};;;;`), { row: 2, key: 'import-csv-quote' }],
    [
      'a NUL character',
      csv(HEADER, `${STAF};Bu\u0000di;;;;${D};;;;`),
      { row: 2, column: 'nama', key: 'import-nul-character' },
    ],
  ];

  it.each(cases)('%s', async (_name, text, expected) => {
    await importBase();
    const before = await importSnapshot(t.db);
    const result = await importEmployees(t.db, text, { actor });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContainEqual(
      expected.args ? expected : expect.objectContaining(expected),
    );
    expect(await importSnapshot(t.db)).toEqual(before);
  });

  it('lists every problem, in row order, and writes none of the good rows', async () => {
    const text = csv(
      HEADER,
      lines.deputi,
      `123;Budi;;;;${D};;;;`,
      lines.biro,
      `${STAF};;;;;${D};${STAF};XYZ;;`,
      lines.biro,
    );
    const before = await importSnapshot(t.db);
    const result = await importEmployees(t.db, text, { actor });
    expect(!result.ok && result.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [3, 'nip', 'import-nip-format'],
      [5, 'nama', 'import-required'],
      [5, 'zona_waktu', 'import-timezone-invalid'],
      [5, 'nip_atasan', 'import-supervisor-self'],
      [6, 'nip', 'import-duplicate-nip'],
    ]);
    expect(await importSnapshot(t.db)).toEqual(before);
  });
});
