/**
 * The 360° results reads statement by statement (src/storage/repositories/feedback-results.ts):
 * counts only per ratee, category, value, indicator and score; participation counted from
 * submitted peer and subordinate assignments only; nothing of another ratee or cycle; the export
 * page keyed on the ratee id with no comment or named rating; and who an appraiser may name.
 * Written against mutants Stryker left alive; the k rules are in test/core and the views in
 * test/integration/feedback-results*.test.ts.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  appraiseesMatching,
  cyclesOfPeriod,
  exportPage,
  rateeCycle,
  rateeFeedback,
} from '../../../src/storage/repositories/feedback-results.js';
import {
  employees,
  feedbackAnswers,
  feedbackAssignments,
  feedbackComments,
  feedbackCycles,
  feedbackNamedRatings,
  orgUnits,
  performancePeriods,
} from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';

const t = useTestDatabase();

beforeEach(() => truncateAll(t.db));

async function seed() {
  const [unit] = await t.db.insert(orgUnits).values({ name: 'Biro', path: 'Deputi/Biro' }).returning();
  const [q3, q4] = await t.db
    .insert(performancePeriods)
    .values([
      { code: '2026-Q3', year: 2026, quarter: 3, startsOn: '2026-07-01', endsOn: '2026-09-30' },
      { code: '2026-Q4', year: 2026, quarter: 4, startsOn: '2026-10-01', endsOn: '2026-12-31' },
    ])
    .returning();
  // Inserted newest period first: the order of ids is not the order of periods.
  const [c4, c3, c4unit] = await t.db
    .insert(feedbackCycles)
    .values([
      { periodId: q4!.id, closesOn: '2026-12-18', openedBy: 'cli:hr', minRaters: 4, status: 'closed' },
      { periodId: q3!.id, closesOn: '2026-09-18', openedBy: 'cli:hr', minRaters: 3, status: 'closed' },
      { periodId: q4!.id, unitId: unit!.id, closesOn: '2026-12-19', openedBy: 'cli:hr' },
    ])
    .returning();
  const people = await t.db
    .insert(employees)
    .values([
      { nip: '198001012005011001', name: 'Hendra', unitId: unit!.id },
      { nip: '198001012005011002', name: 'Sari', unitId: unit!.id },
      { nip: '198001012005011003', name: 'Dodi' },
      { nip: '198001012005011004', name: 'Rekan A' },
      { nip: '198001012005011005', name: 'Rekan B' },
    ])
    .returning();
  const [hendra, sari, dodi, a, b] = people.map((p) => p.id) as [number, number, number, number, number];
  return {
    unit: unit!.id,
    q3: q3!,
    q4: q4!,
    c4: c4!.id,
    c3: c3!.id,
    c4unit: c4unit!.id,
    hendra,
    sari,
    dodi,
    a,
    b,
  };
}

describe('rateeCycle and cyclesOfPeriod', () => {
  it('the newest cycle that rated the person by period end, or the one of a period', async () => {
    const s = await seed();
    await t.db.insert(feedbackAssignments).values([
      { cycleId: s.c3, rateeId: s.sari, raterId: s.a, relation: 'peer' },
      { cycleId: s.c4, rateeId: s.sari, raterId: s.a, relation: 'peer' },
      { cycleId: s.c4unit, rateeId: s.dodi, raterId: s.a, relation: 'peer' },
    ]);
    const cycle = await rateeCycle(t.db, s.sari, null);
    expect(cycle).toEqual({
      id: s.c4,
      periodCode: '2026-Q4',
      unitPath: null,
      status: 'closed',
      closesOn: '2026-12-18',
      minRaters: 4,
    });
    expect((await rateeCycle(t.db, s.sari, '2026-Q3'))?.id).toBe(s.c3);
    expect(await rateeCycle(t.db, s.sari, '2027-Q1')).toBeUndefined();
    expect(await rateeCycle(t.db, s.hendra, null)).toBeUndefined();
    expect(await rateeCycle(t.db, s.dodi, '2026-Q4')).toMatchObject({
      id: s.c4unit,
      unitPath: 'Deputi/Biro',
      status: 'open',
    });

    expect((await cyclesOfPeriod(t.db, '2026-Q4')).map((c) => [c.id, c.unitPath])).toEqual([
      [s.c4, null],
      [s.c4unit, 'Deputi/Biro'],
    ]);
    expect(await cyclesOfPeriod(t.db, '2025-Q4')).toEqual([]);
  });

  it('two cycles of one period: the newer cycle wins', async () => {
    const s = await seed();
    await t.db.insert(feedbackAssignments).values([
      { cycleId: s.c4, rateeId: s.sari, raterId: s.a, relation: 'peer' },
      { cycleId: s.c4unit, rateeId: s.sari, raterId: s.b, relation: 'peer' },
    ]);
    expect((await rateeCycle(t.db, s.sari, null))?.id).toBe(s.c4unit);
  });
});

async function seedAnswers(s: Awaited<ReturnType<typeof seed>>) {
  await t.db.insert(feedbackAssignments).values([
    { cycleId: s.c4, rateeId: s.sari, raterId: s.a, relation: 'peer', status: 'submitted' },
    { cycleId: s.c4, rateeId: s.sari, raterId: s.b, relation: 'peer', status: 'submitted' },
    { cycleId: s.c4, rateeId: s.sari, raterId: s.dodi, relation: 'peer', status: 'asked' },
    { cycleId: s.c4, rateeId: s.sari, raterId: s.hendra, relation: 'subordinate', status: 'submitted' },
    { cycleId: s.c4, rateeId: s.sari, raterId: s.sari, relation: 'self', status: 'submitted' },
    { cycleId: s.c4, rateeId: s.dodi, raterId: s.hendra, relation: 'appraiser', status: 'submitted' },
    { cycleId: s.c4, rateeId: s.dodi, raterId: s.a, relation: 'peer', status: 'submitted' },
    { cycleId: s.c3, rateeId: s.sari, raterId: s.dodi, relation: 'peer', status: 'submitted' },
  ]);
  const answer = (
    cycleId: number,
    rateeId: number,
    category: string,
    indicator: number,
    score: number | null,
  ) => ({
    cycleId,
    rateeId,
    category,
    value: 'adaptif',
    indicator,
    score,
  });
  await t.db
    .insert(feedbackAnswers)
    .values([
      answer(s.c4, s.sari, 'peer', 1, 4),
      answer(s.c4, s.sari, 'peer', 1, 4),
      answer(s.c4, s.sari, 'peer', 1, 5),
      answer(s.c4, s.sari, 'peer', 2, null),
      answer(s.c4, s.sari, 'subordinate', 1, 4),
      answer(s.c4, s.dodi, 'peer', 1, 1),
      answer(s.c3, s.sari, 'peer', 1, 2),
    ]);
  await t.db.insert(feedbackComments).values([
    { cycleId: s.c4, rateeId: s.sari, category: 'peer', value: 'adaptif', body: 'Cepat' },
    { cycleId: s.c4, rateeId: s.sari, category: 'subordinate', value: null, body: 'Sabar' },
    { cycleId: s.c4, rateeId: s.dodi, category: 'peer', value: null, body: 'Tentang Dodi' },
    { cycleId: s.c3, rateeId: s.sari, category: 'peer', value: null, body: 'Kuartal lalu' },
  ]);
  await t.db.insert(feedbackNamedRatings).values([
    { cycleId: s.c4, rateeId: s.sari, raterId: s.sari, relation: 'self', value: 'adaptif', score: 5 },
    {
      cycleId: s.c4,
      rateeId: s.sari,
      raterId: s.hendra,
      relation: 'appraiser',
      value: 'kolaboratif',
      rating: 'meets',
      comment: 'Oke',
    },
    {
      cycleId: s.c4,
      rateeId: s.sari,
      raterId: s.hendra,
      relation: 'appraiser',
      value: 'adaptif',
      rating: 'above',
    },
    {
      cycleId: s.c4,
      rateeId: s.dodi,
      raterId: s.hendra,
      relation: 'appraiser',
      value: 'adaptif',
      rating: 'below',
    },
  ]);
}

const byKey = <T extends { category: string; indicator: number; score: number | null }>(rows: readonly T[]) =>
  [...rows].sort((x, y) =>
    `${x.category}/${x.indicator}/${x.score}`.localeCompare(`${y.category}/${y.indicator}/${y.score}`),
  );

describe('rateeFeedback', () => {
  it("one ratee's counts, comments and named ratings in one cycle, nobody else's", async () => {
    const s = await seed();
    await seedAnswers(s);
    const cycle = (await rateeCycle(t.db, s.sari, '2026-Q4'))!;
    const feedback = await rateeFeedback(t.db, cycle, s.sari);
    expect(feedback.minRaters).toBe(4);
    // Submitted anonymous assignments only: the asked peer and the self-rating do not count.
    expect(feedback.submitted).toEqual({ peer: 2, subordinate: 1 });
    expect(byKey(feedback.answers)).toEqual([
      { rateeId: s.sari, category: 'peer', value: 'adaptif', indicator: 1, score: 4, count: 2 },
      { rateeId: s.sari, category: 'peer', value: 'adaptif', indicator: 1, score: 5, count: 1 },
      { rateeId: s.sari, category: 'peer', value: 'adaptif', indicator: 2, score: null, count: 1 },
      { rateeId: s.sari, category: 'subordinate', value: 'adaptif', indicator: 1, score: 4, count: 1 },
    ]);
    expect([...feedback.comments].sort((x, y) => x.body.localeCompare(y.body))).toEqual([
      { category: 'peer', value: 'adaptif', body: 'Cepat' },
      { category: 'subordinate', value: null, body: 'Sabar' },
    ]);
    expect(feedback.named).toEqual([
      {
        relation: 'appraiser',
        raterName: 'Hendra',
        value: 'adaptif',
        rating: 'above',
        score: null,
        comment: null,
      },
      {
        relation: 'appraiser',
        raterName: 'Hendra',
        value: 'kolaboratif',
        rating: 'meets',
        score: null,
        comment: 'Oke',
      },
      { relation: 'self', raterName: 'Sari', value: 'adaptif', rating: null, score: 5, comment: null },
    ]);
  });

  it('a ratee nobody answered about: empty, with the cycle threshold', async () => {
    const s = await seed();
    await seedAnswers(s);
    const cycle = (await rateeCycle(t.db, s.sari, '2026-Q4'))!;
    expect(await rateeFeedback(t.db, cycle, s.b)).toEqual({
      minRaters: 4,
      submitted: {},
      answers: [],
      comments: [],
      named: [],
    });
  });
});

describe('exportPage', () => {
  it("pages the cycle's ratees by id with counts only", async () => {
    const s = await seed();
    await seedAnswers(s);
    const cycle = (await rateeCycle(t.db, s.sari, '2026-Q4'))!;
    const all = await exportPage(t.db, cycle, 0, 10);
    expect(all.map((r) => r.id)).toEqual([s.sari, s.dodi]);
    expect(all[0]).toMatchObject({
      id: s.sari,
      nip: '198001012005011002',
      name: 'Sari',
      unitPath: 'Deputi/Biro',
    });
    expect(all[0]!.feedback).toMatchObject({
      minRaters: 4,
      submitted: { peer: 2, subordinate: 1 },
      comments: [],
      named: [],
    });
    expect(all[0]!.feedback.answers).toHaveLength(4);
    expect(all[1]).toMatchObject({ id: s.dodi, unitPath: null });
    expect(all[1]!.feedback).toEqual({
      minRaters: 4,
      submitted: { peer: 1 },
      answers: [{ rateeId: s.dodi, category: 'peer', value: 'adaptif', indicator: 1, score: 1, count: 1 }],
      comments: [],
      named: [],
    });
    expect(JSON.stringify(all)).not.toContain('Tentang Dodi');

    const first = await exportPage(t.db, cycle, 0, 1);
    expect(first.map((r) => r.id)).toEqual([s.sari]);
    expect((await exportPage(t.db, cycle, s.sari, 1)).map((r) => r.id)).toEqual([s.dodi]);
    expect(await exportPage(t.db, cycle, s.dodi, 10)).toEqual([]);
  });
});

describe('appraiseesMatching', () => {
  it('only people the viewer appraises, by NIP or part of the name, exact matches first', async () => {
    const [boss, other] = await t.db
      .insert(employees)
      .values([
        { nip: '197001012000011001', name: 'Kepala' },
        { nip: '197001012000011002', name: 'Kepala Lain' },
      ])
      .returning();
    const mine = await t.db
      .insert(employees)
      .values([
        { nip: '199001012020011001', name: 'Sari Dewi', supervisorId: boss!.id },
        { nip: '199001012020011002', name: 'Sari', supervisorId: other!.id, appraiserId: boss!.id },
        { nip: '199001012020011003', name: 'Dewi Sari Ayu', supervisorId: boss!.id },
        { nip: '199001012020011004', name: 'Sari Nonaktif', supervisorId: boss!.id, active: false },
        { nip: '199001012020011005', name: 'Sari Bukan', supervisorId: boss!.id, appraiserId: other!.id },
        { nip: '199001012020011006', name: 'Budi 100%_x', supervisorId: boss!.id },
        { nip: '199001012020011007', name: 'Budi 1000 x', supervisorId: boss!.id },
      ])
      .returning();
    // The viewer is never their own appraisee, even when so recorded.
    await t.db.update(employees).set({ supervisorId: boss!.id }).where(eq(employees.id, boss!.id));

    expect((await appraiseesMatching(t.db, boss!.id, '  sari ')).map((m) => m.name)).toEqual(['Sari']);
    expect((await appraiseesMatching(t.db, boss!.id, 'dewi')).map((m) => m.name)).toEqual([
      'Dewi Sari Ayu',
      'Sari Dewi',
    ]);
    expect(await appraiseesMatching(t.db, boss!.id, '199001012020011003')).toEqual([
      { id: mine[2]!.id, name: 'Dewi Sari Ayu', nip: '199001012020011003' },
    ]);
    expect(await appraiseesMatching(t.db, boss!.id, '199001012020011005')).toEqual([]);
    expect(await appraiseesMatching(t.db, boss!.id, '199001012020011004')).toEqual([]);
    expect((await appraiseesMatching(t.db, boss!.id, '100%_')).map((m) => m.name)).toEqual(['Budi 100%_x']);
    expect(await appraiseesMatching(t.db, boss!.id, 'Kepala')).toEqual([]);
    expect(await appraiseesMatching(t.db, boss!.id, '   ')).toEqual([]);
    expect((await appraiseesMatching(t.db, other!.id, 'sari')).map((m) => m.name)).toEqual(['Sari Bukan']);
    expect(typeof (await appraiseesMatching(t.db, other!.id, 'sari'))[0]!.id).toBe('number');
  });

  it('at most 21 matches', async () => {
    const [boss] = await t.db
      .insert(employees)
      .values({ nip: '197001012000011001', name: 'Kepala' })
      .returning();
    await t.db.insert(employees).values(
      Array.from({ length: 25 }, (_, i) => ({
        nip: `19900101202001${String(i).padStart(4, '0')}`,
        name: `Staf ${String(i).padStart(2, '0')}`,
        supervisorId: boss!.id,
      })),
    );
    const found = await appraiseesMatching(t.db, boss!.id, 'staf');
    expect(found).toHaveLength(21);
    expect(found[0]!.name).toBe('Staf 00');
  });
});
