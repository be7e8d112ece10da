/**
 * The umpan balik berkelanjutan repository statement by statement
 * (src/storage/repositories/continuous-feedback.ts): who is in a giver's circle, that an anonymous
 * item is stored without its giver and waits with the recipient's earliest date, which recipients
 * are due a bundle, and that a bundle takes only that recipient's items (anonymous ones only when
 * decided). Written against mutants Stryker left alive; the flows are in
 * test/integration/continuous-feedback.test.ts.
 */
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  colleagueInCircle,
  insertContinuousFeedback,
  insertDueBundleJobs,
  searchCircle,
  takeBundle,
  waitingOf,
} from '../../../src/storage/repositories/continuous-feedback.js';
import {
  channelIdentities,
  continuousFeedback,
  continuousFeedbackWaiting,
  employees,
  jobRuns,
  orgUnits,
} from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';

const t = useTestDatabase();

beforeEach(() => truncateAll(t.db));

let serial = 0;
async function person(name: string, over: Partial<typeof employees.$inferInsert> = {}) {
  serial += 1;
  const [row] = await t.db
    .insert(employees)
    .values({ nip: `1990${String(serial).padStart(14, '0')}`, name, ...over })
    .returning();
  return row!.id;
}

async function unit(path: string, parentId: number | null) {
  const [row] = await t.db
    .insert(orgUnits)
    .values({ name: path.split('/').at(-1)!, path, parentId })
    .returning();
  return row!.id;
}

describe('the circle', () => {
  it('own unit, parent, siblings, children, atasan and bawahan; never the giver or inactive people', async () => {
    const root = await unit('Deputi', null);
    const biro = await unit('Deputi/Biro', root);
    const sibling = await unit('Deputi/Biro Lain', root);
    const bagian = await unit('Deputi/Biro/Bagian', biro);
    const cucu = await unit('Deputi/Biro/Bagian/Sub', bagian);
    const far = await unit('Sekretariat', null);
    const farChild = await unit('Sekretariat/Biro Jauh', far);

    const boss = await person('Atasan Jauh', { unitId: farChild });
    const giver = await person('Pemberi', { unitId: biro, supervisorId: boss });
    await person('Rekan Satu Unit', { unitId: biro, timeZone: 'Asia/Makassar' });
    await person('Di Induk', { unitId: root });
    await person('Di Biro Lain', { unitId: sibling });
    await person('Di Bagian', { unitId: bagian, appraiserId: giver });
    await person('Bawahan Jauh', { unitId: far, supervisorId: giver });
    await person('Di Sub', { unitId: cucu });
    await person('Di Sekretariat', { unitId: far });
    await person('Nonaktif', { unitId: biro, active: false });
    await person('Tanpa Unit');

    const all = await searchCircle(t.db, { giverId: giver, query: '', limit: 50 });
    expect(all.map((c) => [c.name, c.relation])).toEqual([
      ['Atasan Jauh', null],
      ['Bawahan Jauh', 'supervisor'],
      ['Di Bagian', 'appraiser'],
      ['Di Biro Lain', null],
      ['Di Induk', null],
      ['Rekan Satu Unit', null],
    ]);
    expect(all.find((c) => c.name === 'Rekan Satu Unit')).toMatchObject({
      id: expect.any(Number),
      unit: 'Biro',
      timeZone: 'Asia/Makassar',
    });
    expect(all.find((c) => c.name === 'Atasan Jauh')?.unit).toBe('Biro Jauh');
    expect(
      (await searchCircle(t.db, { giverId: giver, query: 'BIRO', limit: 50 })).map((c) => c.name),
    ).toEqual(['Di Biro Lain']);
    expect((await searchCircle(t.db, { giverId: giver, query: '', limit: 2 })).map((c) => c.name)).toEqual([
      'Atasan Jauh',
      'Bawahan Jauh',
    ]);
  });

  it('a name query takes % and _ literally', async () => {
    const biro = await unit('Biro', null);
    const giver = await person('Pemberi', { unitId: biro });
    await person('Andi 50%_a', { unitId: biro });
    await person('Andi 500 a', { unitId: biro });
    expect(
      (await searchCircle(t.db, { giverId: giver, query: '50%_', limit: 10 })).map((c) => c.name),
    ).toEqual(['Andi 50%_a']);
  });

  it('a giver without unit or atasan has only their bawahan', async () => {
    const giver = await person('Pemberi');
    const sub = await person('Bawahan', { supervisorId: giver });
    await person('Orang Lain');
    expect((await searchCircle(t.db, { giverId: giver, query: '', limit: 10 })).map((c) => c.id)).toEqual([
      sub,
    ]);
  });

  it('colleagueInCircle finds one person only inside the circle', async () => {
    const biro = await unit('Biro', null);
    const other = await unit('Lain', null);
    const giver = await person('Pemberi', { unitId: biro });
    const near = await person('Dekat', { unitId: biro });
    const far = await person('Jauh', { unitId: other });
    expect(await colleagueInCircle(t.db, giver, near)).toMatchObject({
      id: near,
      name: 'Dekat',
      relation: null,
    });
    expect(await colleagueInCircle(t.db, giver, far)).toBeUndefined();
    expect(await colleagueInCircle(t.db, giver, giver)).toBeUndefined();
  });
});

describe('items and the waiting list', () => {
  it('named keeps the giver and waits for nobody; anonymous drops the giver and waits from the earliest date', async () => {
    const giver = await person('Pemberi');
    const giver2 = await person('Pemberi Dua');
    const sari = await person('Sari');
    const dodi = await person('Dodi');
    const item = { kind: 'appreciation' as const, values: ['kolaboratif' as const] };
    await insertContinuousFeedback(t.db, {
      ...item,
      recipientId: sari,
      giverId: giver,
      named: true,
      body: 'Bernama',
      today: '2026-12-01',
    });
    expect(await t.db.select().from(continuousFeedbackWaiting)).toEqual([]);
    await insertContinuousFeedback(t.db, {
      ...item,
      recipientId: sari,
      giverId: giver,
      named: false,
      body: 'Anonim 1',
      today: '2026-12-02',
    });
    await insertContinuousFeedback(t.db, {
      ...item,
      recipientId: sari,
      giverId: giver2,
      named: false,
      body: 'Anonim 2',
      today: '2026-12-05',
    });
    await insertContinuousFeedback(t.db, {
      ...item,
      recipientId: sari,
      giverId: giver,
      named: false,
      body: 'Anonim 3',
      today: '2026-12-06',
    });
    await insertContinuousFeedback(t.db, {
      ...item,
      recipientId: dodi,
      giverId: giver,
      named: false,
      body: 'Untuk Dodi',
      today: '2026-12-07',
    });

    const items = await t.db
      .select()
      .from(continuousFeedback)
      .where(eq(continuousFeedback.recipientId, sari));
    expect(items.map((i) => [i.body, i.giverId, i.kind, i.values, i.batchOn]).sort()).toEqual(
      [
        ['Anonim 1', null, 'appreciation', ['kolaboratif'], null],
        ['Anonim 2', null, 'appreciation', ['kolaboratif'], null],
        ['Anonim 3', null, 'appreciation', ['kolaboratif'], null],
        ['Bernama', giver, 'appreciation', ['kolaboratif'], null],
      ].sort(),
    );
    expect(
      await t.db
        .select()
        .from(continuousFeedbackWaiting)
        .orderBy(asc(continuousFeedbackWaiting.recipientId), asc(continuousFeedbackWaiting.giverId)),
    ).toEqual([
      { recipientId: sari, giverId: giver, since: '2026-12-02' },
      { recipientId: sari, giverId: giver2, since: '2026-12-02' },
      { recipientId: dodi, giverId: giver, since: '2026-12-07' },
    ]);
    expect(await waitingOf(t.db, sari)).toEqual({ givers: 2, since: '2026-12-02' });
    expect(await waitingOf(t.db, dodi)).toEqual({ givers: 1, since: '2026-12-07' });
    expect(await waitingOf(t.db, giver)).toEqual({ givers: 0, since: null });
  });
});

describe('insertDueBundleJobs', () => {
  it('queues reachable active recipients of the zone with a named item, k givers or an old wait', async () => {
    const givers = [await person('G1'), await person('G2'), await person('G3')];
    const chat = async (id: number, over: Partial<typeof channelIdentities.$inferInsert> = {}) =>
      t.db.insert(channelIdentities).values({
        employeeId: id,
        platform: 'telegram',
        externalUserId: String(id),
        chatId: String(id),
        ...over,
      });
    const named = await person('Bernama');
    const twoGivers = await person('Dua Pemberi');
    const oneRecent = await person('Satu Baru');
    const oneOld = await person('Satu Lama');
    const atCutoff = await person('Tepat Batas');
    const inactive = await person('Nonaktif', { active: false });
    const elsewhere = await person('Zona Lain', { timeZone: 'Asia/Jayapura' });
    const noChat = await person('Tanpa Chat');
    const unreachable = await person('Tak Terjangkau');
    const sentNamed = await person('Sudah Terkirim');
    for (const id of [named, twoGivers, oneRecent, oneOld, atCutoff, inactive, elsewhere, sentNamed])
      await chat(id);
    await chat(noChat, { chatId: null });
    await chat(unreachable, { unreachableAt: new Date('2026-11-01T00:00:00Z') });
    const item = { kind: 'suggestion', values: ['adaptif'], body: 'x' };
    await t.db.insert(continuousFeedback).values([
      { ...item, recipientId: named, giverId: givers[0] },
      { ...item, recipientId: sentNamed, giverId: givers[0], batchOn: '2026-11-30' },
      { ...item, recipientId: unreachable, giverId: givers[0] },
      { ...item, recipientId: noChat, giverId: givers[0] },
    ]);
    const wait = (recipientId: number, giverId: number, since: string) => ({ recipientId, giverId, since });
    await t.db
      .insert(continuousFeedbackWaiting)
      .values([
        wait(twoGivers, givers[0]!, '2026-12-06'),
        wait(twoGivers, givers[1]!, '2026-12-06'),
        wait(oneRecent, givers[0]!, '2026-12-06'),
        wait(oneOld, givers[0]!, '2026-11-20'),
        wait(atCutoff, givers[0]!, '2026-12-01'),
        wait(inactive, givers[0]!, '2026-11-01'),
        wait(elsewhere, givers[0]!, '2026-11-01'),
      ]);
    const dueAt = new Date('2026-12-07T09:00:00Z');
    const input = {
      job: 'cf-bundle',
      zone: 'Asia/Jakarta',
      today: '2026-12-07',
      cutoff: '2026-12-01',
      minGivers: 2,
      dueAt,
    };
    expect(await insertDueBundleJobs(t.db, input)).toBe(4);
    const jobs = await t.db.select().from(jobRuns).orderBy(asc(jobRuns.id));
    expect(jobs.map((j) => Number(j.subject)).sort((a, b) => a - b)).toEqual(
      [named, twoGivers, oneOld, atCutoff].sort((a, b) => a - b),
    );
    expect(jobs[0]).toMatchObject({ job: 'cf-bundle', periodKey: '2026-12-07', dueAt, status: 'pending' });
    expect(await insertDueBundleJobs(t.db, input)).toBe(0);
    // With k = 3 the two givers are not enough; another zone has its own recipients.
    expect(await insertDueBundleJobs(t.db, { ...input, today: '2026-12-08', minGivers: 3 })).toBe(3);
    expect(await insertDueBundleJobs(t.db, { ...input, today: '2026-12-09', zone: 'Asia/Jayapura' })).toBe(1);
  });
});

describe('takeBundle', () => {
  async function seedBundle() {
    const giver = await person('Budi Pemberi');
    const anon = await person('Anonim');
    const sari = await person('Sari');
    const dodi = await person('Dodi');
    await t.db.insert(continuousFeedback).values([
      { recipientId: sari, giverId: giver, kind: 'appreciation', values: ['adaptif'], body: 'Bernama' },
      { recipientId: sari, kind: 'suggestion', values: ['loyal', 'adaptif'], body: 'Tanpa nama' },
      {
        recipientId: sari,
        giverId: giver,
        kind: 'appreciation',
        values: ['adaptif'],
        body: 'Lama',
        batchOn: '2026-11-01',
      },
      { recipientId: dodi, giverId: giver, kind: 'appreciation', values: ['adaptif'], body: 'Untuk Dodi' },
      { recipientId: dodi, kind: 'appreciation', values: ['adaptif'], body: 'Anonim Dodi' },
    ]);
    await t.db.insert(continuousFeedbackWaiting).values([
      { recipientId: sari, giverId: anon, since: '2026-12-01' },
      { recipientId: dodi, giverId: anon, since: '2026-12-02' },
    ]);
    return { giver, anon, sari, dodi };
  }

  it('without cover takes the named items only and leaves the anonymous ones waiting', async () => {
    const { sari, dodi } = await seedBundle();
    const asked: unknown[] = [];
    const items = await takeBundle(t.db, {
      recipientId: sari,
      today: '2026-12-07',
      decide: (w) => {
        asked.push(w);
        return false;
      },
    });
    expect(asked).toEqual([{ givers: 1, since: '2026-12-01' }]);
    expect(items).toEqual([
      { kind: 'appreciation', values: ['adaptif'], body: 'Bernama', giverName: 'Budi Pemberi' },
    ]);
    const rows = await t.db.select().from(continuousFeedback).where(eq(continuousFeedback.recipientId, sari));
    expect(rows.map((r) => [r.body, r.batchOn]).sort()).toEqual(
      [
        ['Bernama', '2026-12-07'],
        ['Lama', '2026-11-01'],
        ['Tanpa nama', null],
      ].sort(),
    );
    expect(await waitingOf(t.db, sari)).toEqual({ givers: 1, since: '2026-12-01' });
    expect(await waitingOf(t.db, dodi)).toEqual({ givers: 1, since: '2026-12-02' });
  });

  it('with cover takes everything waiting for that recipient only and empties their waiting list', async () => {
    const { sari, dodi } = await seedBundle();
    const items = await takeBundle(t.db, { recipientId: sari, today: '2026-12-07', decide: () => true });
    expect([...items].sort((a, b) => a.body.localeCompare(b.body))).toEqual([
      { kind: 'appreciation', values: ['adaptif'], body: 'Bernama', giverName: 'Budi Pemberi' },
      { kind: 'suggestion', values: ['loyal', 'adaptif'], body: 'Tanpa nama', giverName: null },
    ]);
    expect(await waitingOf(t.db, sari)).toEqual({ givers: 0, since: null });
    expect(await waitingOf(t.db, dodi)).toEqual({ givers: 1, since: '2026-12-02' });
    const dodis = await t.db
      .select()
      .from(continuousFeedback)
      .where(eq(continuousFeedback.recipientId, dodi));
    expect(dodis.map((r) => r.batchOn)).toEqual([null, null]);
    // Nothing left: an empty bundle.
    expect(await takeBundle(t.db, { recipientId: sari, today: '2026-12-08', decide: () => true })).toEqual(
      [],
    );
  });
});
