/**
 * Who may see what in a rekap (issue 10, "Who may see what"): a supervisor their line, an
 * appraiser also those they appraise, a unit head the subtree, an admin everyone; a name outside
 * the viewer's scope answers exactly as a name that does not exist. Admin rekaps are audited.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRekap } from '../../src/services/rekap/load-rekap.js';
import {
  lineScope,
  MAX_CANDIDATES,
  personScope,
  type RekapScope,
  scopeMembers,
  unitScope,
} from '../../src/storage/repositories/rekap-scope.js';
import { unitPathById, unitsHeadedBy, unitsUnder } from '../../src/storage/repositories/rekap-units.js';
import { auditLog, employees, orgUnits } from '../../src/storage/schema.js';
import { rowsOf, useTestDatabase } from '../support/database.js';
import { seedEmployee, seedUnitPath } from '../support/telegram-harness.js';

const t = useTestDatabase();

const BIRO_A = 'Deputi X/Biro A';
const BAGIAN = 'Deputi X/Biro A/Bagian 1';
const WEEK = { kind: 'week', isoWeek: '2026-W11', start: '2026-03-09', end: '2026-03-15' } as const;
const NOW = new Date('2026-03-11T03:00:00Z');

type Row = Awaited<ReturnType<typeof seedEmployee>>;
const p = {} as Record<
  | 'admin'
  | 'kepala'
  | 'atasan'
  | 'budiS'
  | 'budiH'
  | 'gone'
  | 'penilai'
  | 'other'
  | 'x1'
  | 'spaced'
  | 'outsider'
  | 'plain',
  Row
>;

async function members(scope: RekapScope): Promise<number[]> {
  const rows = rowsOf<{ id: number }>(await t.db.execute(scopeMembers(scope)));
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

const ids = (...rows: Row[]) => rows.map((r) => r.id).sort((a, b) => a - b);

beforeAll(async () => {
  const biroA = await seedUnitPath(t.db, BIRO_A);
  const bagian = await seedUnitPath(t.db, BAGIAN);
  // Siblings sharing the prefix "Biro A": neither may leak into Biro A's subtree.
  const biroAB = await seedUnitPath(t.db, 'Deputi X/Biro AB');
  const spacedUnit = await seedUnitPath(t.db, 'Deputi X/Biro A B');
  const deputiY = await seedUnitPath(t.db, 'Deputi Y');
  p.admin = await seedEmployee(t.db, { name: 'Admin Kepegawaian', roles: ['pegawai', 'admin'] });
  p.kepala = await seedEmployee(t.db, { name: 'Kepala Biro A', unitId: biroA });
  await t.db.update(orgUnits).set({ headId: p.kepala.id }).where(sql`${orgUnits.id} = ${biroA}`);
  p.atasan = await seedEmployee(t.db, { name: 'Rina Kusuma', unitId: bagian });
  p.penilai = await seedEmployee(t.db, { name: 'Hendra Gunawan', unitId: biroAB });
  p.budiS = await seedEmployee(t.db, { name: 'Budi Santoso', unitId: bagian, supervisorId: p.atasan.id });
  p.budiH = await seedEmployee(t.db, {
    name: 'Budi Hartono',
    unitId: bagian,
    supervisorId: p.atasan.id,
    appraiserId: p.penilai.id,
  });
  p.gone = await seedEmployee(t.db, {
    name: 'Budi Pensiun',
    unitId: bagian,
    supervisorId: p.atasan.id,
    active: false,
  });
  p.other = await seedEmployee(t.db, { name: 'Oktavia Lestari', unitId: biroAB });
  p.x1 = await seedEmployee(t.db, {
    name: 'Xaverius Budi',
    unitId: biroAB,
    supervisorId: p.other.id,
    appraiserId: p.penilai.id,
  });
  p.spaced = await seedEmployee(t.db, { name: 'Sinta Dewi', unitId: spacedUnit, supervisorId: p.other.id });
  p.outsider = await seedEmployee(t.db, { name: 'Budi Luar_Lingkup', unitId: deputiY });
  p.plain = await seedEmployee(t.db, { name: 'Pegawai Biasa', unitId: deputiY });
  await seedEmployee(t.db, { name: 'Tono Luar Lingkup' });
});

describe('a supervisor and an appraiser: the line', () => {
  it('holds the active direct reports of a supervisor', async () => {
    const answer = await lineScope(t.db, p.atasan.id);
    expect(answer).toEqual({ ok: true, scope: { kind: 'line', viewerId: p.atasan.id }, admin: false });
    if (!answer.ok) return;
    expect(await members(answer.scope)).toEqual(ids(p.budiS, p.budiH));
  });

  it('holds those an appraiser appraises, under any supervisor', async () => {
    const answer = await lineScope(t.db, p.penilai.id);
    if (!answer.ok) throw new Error('refused');
    expect(await members(answer.scope)).toEqual(ids(p.budiH, p.x1));
  });

  it('refuses someone with no line, unit or admin role, and gives a head without reports `empty`', async () => {
    expect(await lineScope(t.db, p.plain.id)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await lineScope(t.db, p.budiS.id)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await lineScope(t.db, p.gone.id)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await lineScope(t.db, p.kepala.id)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('a unit head: the subtree', () => {
  it('holds everyone active in the unit and below, not the siblings sharing its name prefix', async () => {
    const answer = await unitScope(t.db, p.kepala.id);
    expect(answer).toEqual({ ok: true, scope: { kind: 'units', paths: [BIRO_A] }, admin: false });
    if (!answer.ok) return;
    expect(await members(answer.scope)).toEqual(ids(p.kepala, p.atasan, p.budiS, p.budiH));
  });

  it('narrows to a sub-unit, and answers a unit outside exactly as one that does not exist', async () => {
    const sub = await unitScope(t.db, p.kepala.id, `${BAGIAN}/`);
    if (!sub.ok) throw new Error('refused');
    expect(sub.scope).toEqual({ kind: 'units', paths: [BAGIAN] });
    expect(await members(sub.scope)).toEqual(ids(p.atasan, p.budiS, p.budiH));
    const outside = await unitScope(t.db, p.kepala.id, 'Deputi X/Biro AB');
    const unknown = await unitScope(t.db, p.kepala.id, 'Deputi X/Biro A/Bagian 9');
    expect(outside).toEqual({ ok: false, reason: 'not-found' });
    expect(unknown).toEqual(outside);
    expect(await unitScope(t.db, p.kepala.id, 'Deputi X')).toEqual(outside);
  });

  it('refuses a unit rekap to someone who heads no unit', async () => {
    expect(await unitScope(t.db, p.atasan.id)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await unitScope(t.db, p.atasan.id, BAGIAN)).toEqual({ ok: false, reason: 'not-allowed' });
  });

  it('finds the subtree through org_units_path_prefix_idx', async () => {
    const plan = await t.db.transaction(async (tx) => {
      // The tables are tiny; forbidding sequential scans shows whether the index CAN serve it.
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = rowsOf<Record<string, string>>(
        await tx.execute(sql`explain ${scopeMembers({ kind: 'units', paths: [BIRO_A] })}`),
      );
      return rows.map((r) => Object.values(r)[0]).join('\n');
    });
    expect(plan).toContain('org_units_path_prefix_idx');
  });
});

describe('an admin', () => {
  it('sees everyone active, and any unit', async () => {
    const all = await unitScope(t.db, p.admin.id);
    expect(all).toEqual({ ok: true, scope: { kind: 'all' }, admin: true });
    const active = await t.db.select({ id: employees.id }).from(employees).where(sql`active`);
    if (all.ok) expect(await members(all.scope)).toEqual(active.map((r) => r.id).sort((a, b) => a - b));
    const y = await unitScope(t.db, p.admin.id, 'Deputi Y');
    if (!y.ok) throw new Error('refused');
    expect(await members(y.scope)).toEqual(ids(p.outsider, p.plain));
    expect(await unitScope(t.db, p.admin.id, 'Deputi Z')).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('one person by name or NIP', () => {
  it('finds a person in the line by NIP or by name in any case', async () => {
    const byName = await personScope(t.db, p.atasan.id, '  budi   SANTOSO ');
    expect(byName).toEqual({ ok: true, scope: { kind: 'person', employeeId: p.budiS.id }, admin: false });
    expect(await personScope(t.db, p.atasan.id, p.budiH.nip)).toEqual({
      ok: true,
      scope: { kind: 'person', employeeId: p.budiH.id },
      admin: false,
    });
  });

  it('answers a name or NIP outside the line exactly as one that does not exist', async () => {
    const unknown = await personScope(t.db, p.atasan.id, 'Nama Yang Tidak Ada');
    expect(unknown).toEqual({ ok: false, reason: 'not-found' });
    expect(await personScope(t.db, p.atasan.id, 'Budi Luar_Lingkup')).toEqual(unknown);
    expect(await personScope(t.db, p.atasan.id, p.outsider.nip)).toEqual(unknown);
    expect(await personScope(t.db, p.atasan.id, '000000000000000000')).toEqual(unknown);
    // Inactive people are outside every scope.
    expect(await personScope(t.db, p.atasan.id, 'Budi Pensiun')).toEqual(unknown);
  });

  it('lists the candidates within the scope only when a name matches several', async () => {
    const answer = await personScope(t.db, p.atasan.id, 'budi');
    expect(answer).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: [
        { employeeId: p.budiH.id, name: 'Budi Hartono', nip: p.budiH.nip, unitPath: BAGIAN },
        { employeeId: p.budiS.id, name: 'Budi Santoso', nip: p.budiS.nip, unitPath: BAGIAN },
      ],
    });
    // The appraiser sees Budi Hartono and Xaverius Budi; the head sees the subtree's two Budis.
    const penilai = await personScope(t.db, p.penilai.id, 'Budi');
    expect(
      penilai.ok === false && penilai.reason === 'ambiguous' && penilai.candidates.map((c) => c.name),
    ).toEqual(['Budi Hartono', 'Xaverius Budi']);
    expect(await personScope(t.db, p.kepala.id, 'xaverius')).toEqual({ ok: false, reason: 'not-found' });
    expect(await personScope(t.db, p.kepala.id, 'hartono')).toEqual({
      ok: true,
      scope: { kind: 'person', employeeId: p.budiH.id },
      admin: false,
    });
  });

  it('refuses someone who may see nobody, whether the name exists or not', async () => {
    expect(await personScope(t.db, p.plain.id, 'Budi Santoso')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await personScope(t.db, p.plain.id, 'Tidak Ada')).toEqual({ ok: false, reason: 'not-allowed' });
  });

  it('lets an admin find anyone active, taking `_` in a name literally', async () => {
    // Unescaped, `_` would match the space of "Tono Luar Lingkup" too: two candidates.
    expect(await personScope(t.db, p.admin.id, 'luar_lingkup')).toEqual({
      ok: true,
      scope: { kind: 'person', employeeId: p.outsider.id },
      admin: true,
    });
  });
});

describe('loadRekap', () => {
  it('writes one audit row (scope and period, no data) for an admin and none for a supervisor', async () => {
    await t.db.delete(auditLog);
    const mine = await loadRekap(t.db, p.atasan, { subject: { kind: 'line' }, period: WEEK }, NOW);
    expect(mine.ok && mine.data.people.map((x) => x.name)).toEqual(['Budi Hartono', 'Budi Santoso']);
    expect(await t.db.select().from(auditLog)).toEqual([]);
    const admin = await loadRekap(
      t.db,
      p.admin,
      { subject: { kind: 'unit', path: 'Deputi Y' }, period: WEEK, actor: 'telegram:42' },
      NOW,
    );
    expect(admin.ok && admin.data.people.length).toBe(2);
    const rows = await t.db.select().from(auditLog);
    expect(
      rows.map(({ actor, action, entity, entityKey, before, after }) => ({
        actor,
        action,
        entity,
        entityKey,
        before,
        after,
      })),
    ).toEqual([
      {
        actor: 'telegram:42',
        action: 'rekap',
        entity: 'unit:Deputi Y',
        entityKey: '2026-W11',
        before: null,
        after: null,
      },
    ]);
  });

  it('passes refusals through, and answers a scope without people `empty`', async () => {
    expect(await loadRekap(t.db, p.plain, { subject: { kind: 'line' }, period: WEEK }, NOW)).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    const ambiguous = await loadRekap(
      t.db,
      p.atasan,
      { subject: { kind: 'person', query: 'Budi' }, period: WEEK },
      NOW,
    );
    expect(ambiguous.ok === false && ambiguous.reason).toBe('ambiguous');
    const empty = await seedUnitPath(t.db, 'Deputi X/Biro A/Bagian Kosong');
    expect(empty).toBeGreaterThan(0);
    expect(
      await loadRekap(
        t.db,
        p.kepala,
        { subject: { kind: 'unit', path: 'Deputi X/Biro A/Bagian Kosong' }, period: WEEK },
        NOW,
      ),
    ).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('edges of a scope', () => {
  it('prefers a full-name match over partial ones, and lists at most MAX_CANDIDATES', async () => {
    const lead = await seedEmployee(t.db, { name: 'Ketua Tim Edge' });
    const ahmad = await seedEmployee(t.db, { name: 'Ahmad Yani', supervisorId: lead.id });
    await seedEmployee(t.db, { name: 'Ahmad Yani Putra', supervisorId: lead.id });
    expect(await personScope(t.db, lead.id, 'ahmad yani')).toEqual({
      ok: true,
      scope: { kind: 'person', employeeId: ahmad.id },
      admin: false,
    });
    for (let i = 1; i <= MAX_CANDIDATES + 2; i++)
      await seedEmployee(t.db, { name: `Citra ${String(i).padStart(2, '0')}`, supervisorId: lead.id });
    const many = await personScope(t.db, lead.id, 'citra');
    if (many.ok || many.reason !== 'ambiguous') throw new Error('not ambiguous');
    expect(many.candidates.map((c) => c.name)).toEqual(
      Array.from({ length: MAX_CANDIDATES }, (_, i) => `Citra ${String(i + 1).padStart(2, '0')}`),
    );
    expect(await personScope(t.db, lead.id, '   ')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('reads a unit path with spaces and trailing slashes, under any unit the viewer heads', async () => {
    expect(await unitScope(t.db, p.kepala.id, `  ${BAGIAN}//  `)).toEqual({
      ok: true,
      scope: { kind: 'units', paths: [BAGIAN] },
      admin: false,
    });
    const one = await seedUnitPath(t.db, 'Deputi Z/Biro 1');
    const two = await seedUnitPath(t.db, 'Deputi Z/Biro 2');
    await seedUnitPath(t.db, 'Deputi Z/Biro 2/Bagian 1');
    const head = await seedEmployee(t.db, { name: 'Kepala Dua Biro', unitId: one });
    await t.db.update(orgUnits).set({ headId: head.id }).where(sql`${orgUnits.id} in (${one}, ${two})`);
    expect(await unitScope(t.db, head.id, 'Deputi Z/Biro 2/Bagian 1')).toEqual({
      ok: true,
      scope: { kind: 'units', paths: ['Deputi Z/Biro 2/Bagian 1'] },
      admin: false,
    });
    expect(await unitsHeadedBy(t.db, head.id)).toEqual(['Deputi Z/Biro 1', 'Deputi Z/Biro 2']);
  });

  it('lists the units under a path, taking `_` and `%` in it literally', async () => {
    const root = await seedUnitPath(t.db, 'Deputi Q/Biro_1');
    const sub = await seedUnitPath(t.db, 'Deputi Q/Biro_1/Sub');
    await seedUnitPath(t.db, 'Deputi Q/BiroX1/Sub');
    await seedUnitPath(t.db, 'Deputi Q/Biro_10/Sub');
    const under = await unitsUnder(t.db, 'Deputi Q/Biro_1');
    expect(under.sort((a, b) => a.unitId - b.unitId)).toEqual([
      { unitId: root, path: 'Deputi Q/Biro_1' },
      { unitId: sub, path: 'Deputi Q/Biro_1/Sub' },
    ]);
    const pct = await seedUnitPath(t.db, 'Deputi Q/100%');
    await seedUnitPath(t.db, 'Deputi Q/1000/Sub');
    expect(await unitsUnder(t.db, 'Deputi Q/100%')).toEqual([{ unitId: pct, path: 'Deputi Q/100%' }]);
    expect(await unitPathById(t.db, sub)).toBe('Deputi Q/Biro_1/Sub');
  });
});
