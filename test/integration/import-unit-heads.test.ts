import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { importEmployees } from '../../src/import/employees/import-employees.js';
import { auditLog, employees, orgUnits } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { csv } from '../support/import-snapshot.js';

const t = useTestDatabase();
const actor = 'cli:hr';

const DEPUTI = '197003141996031001';
const BIRO = '197508222000032002';
const STAF = '199002142015032001';
const D = 'Deputi Bidang Data';
const B = `${D}/Biro Perencanaan`;
const HEADER = 'nip;nama;unit;nip_atasan;kepala_unit';
const file = (deputi: string, biro: string, staf: string, stafUnit = B) =>
  csv(
    HEADER,
    `${DEPUTI};Hendra Wijaya;${D};;${deputi}`,
    `${BIRO};Sri Rahayu;${B};${DEPUTI};${biro}`,
    `${STAF};Fransiska Yoku;${stafUnit};${BIRO};${staf}`,
  );

async function importFile(text: string) {
  const result = await importEmployees(t.db, text, { actor });
  expect(result.ok).toBe(true);
  return result;
}

/** Unit path → the head's NIP (or null). */
async function heads(): Promise<Record<string, string | null>> {
  const rows = await t.db
    .select({ path: orgUnits.path, nip: employees.nip })
    .from(orgUnits)
    .leftJoin(employees, eq(employees.id, orgUnits.headId))
    .orderBy(asc(orgUnits.path));
  return Object.fromEntries(rows.map((r) => [r.path, r.nip]));
}

beforeEach(async () => {
  await truncateAll(t.db);
});

describe('importEmployees: kepala_unit', () => {
  it('sets the heads marked ya, with the change in the person’s audit row', async () => {
    await importFile(file('ya', 'ya', 'tidak'));
    expect(await heads()).toEqual({ [D]: DEPUTI, [B]: BIRO });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityKey, BIRO));
    expect(audit!.after).toMatchObject({ unitHead: true });
  });

  it('changes the head when another row of the unit is marked', async () => {
    await importFile(file('ya', 'ya', ''));
    const result = await importFile(file('ya', 'tidak', 'ya'));
    expect(result.ok && result.summary).toMatchObject({ updated: 2, unchanged: 1 });
    expect(await heads()).toEqual({ [D]: DEPUTI, [B]: STAF });
    const updates = await t.db.select().from(auditLog).where(eq(auditLog.action, 'import.update'));
    expect(updates.map((a) => [a.entityKey, a.before, a.after])).toEqual([
      [BIRO, { unitHead: true }, { unitHead: false }],
      [STAF, { unitHead: false }, { unitHead: true }],
    ]);
  });

  it('clears the head whose row now says tidak or is empty, and one who moved to another unit', async () => {
    await importFile(file('ya', 'ya', ''));
    await importFile(file('', 'ya', ''));
    expect(await heads()).toEqual({ [D]: null, [B]: BIRO });

    // The Biro's head moves to the Deputi's unit and heads it: the Biro has no head any more.
    const moved = csv(
      HEADER,
      `${DEPUTI};Hendra Wijaya;${D};;`,
      `${BIRO};Sri Rahayu;${D};${DEPUTI};ya`,
      `${STAF};Fransiska Yoku;${B};${BIRO};`,
    );
    await importFile(moved);
    expect(await heads()).toEqual({ [D]: BIRO, [B]: null });
  });

  it('is idempotent: the same file again changes nothing', async () => {
    await importFile(file('ya', 'ya', ''));
    const again = await importFile(file('ya', 'ya', ''));
    expect(again.ok && again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('leaves the heads alone when the column is absent, or the head is not in the file', async () => {
    await importFile(file('ya', 'ya', ''));
    const without = csv(
      'nip;nama;unit;nip_atasan',
      `${DEPUTI};Hendra Wijaya;${D};`,
      `${BIRO};Sri Rahayu;${B};${DEPUTI}`,
      `${STAF};Fransiska Yoku;${B};${BIRO}`,
    );
    const result = await importFile(without);
    expect(result.ok && result.summary).toMatchObject({ updated: 0, unchanged: 3 });
    expect(await heads()).toEqual({ [D]: DEPUTI, [B]: BIRO });

    await importFile(csv(HEADER, `${STAF};Fransiska Yoku;${B};${BIRO};tidak`));
    expect(await heads()).toEqual({ [D]: DEPUTI, [B]: BIRO });
  });

  it('clears a head who is no longer active', async () => {
    await importFile(file('ya', 'ya', ''));
    await t.db.update(employees).set({ active: false }).where(eq(employees.nip, BIRO));
    await importFile(csv('nip;nama;unit;nip_atasan', `${STAF};Fransiska Yoku;${B};${BIRO}`));
    expect(await heads()).toEqual({ [D]: DEPUTI, [B]: null });
  });

  it('refuses two heads of one unit and writes nothing', async () => {
    const result = await importEmployees(t.db, file('ya', 'ya', 'ya'), { actor });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 4,
          column: 'kepala_unit',
          key: 'import-unit-head-twice',
          args: { unit: B, firstRow: 3, row: 4 },
        },
      ],
    });
    expect(await t.db.select().from(employees)).toEqual([]);
  });
});
