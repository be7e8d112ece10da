/**
 * The 360° answer repository statement by statement (src/storage/repositories/feedback-answers.ts):
 * anonymous submissions wait in feedback_pending and move to feedback_answers / feedback_comments
 * only once a ratee's category has k of them (or at the close), without leaking into another
 * ratee, category or cycle; named ratings are stored as given. Written against mutants Stryker
 * left alive; the anonymity of the schema itself is in test/integration/feedback-anonymity.test.ts.
 */
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  flushPending,
  insertNamedRatings,
  insertPending,
  type PendingBody,
  shuffleInPlace,
} from '../../../src/storage/repositories/feedback-answers.js';
import {
  employees,
  feedbackAnswers,
  feedbackComments,
  feedbackCycles,
  feedbackNamedRatings,
  feedbackPending,
  performancePeriods,
} from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';

const t = useTestDatabase();
const now = new Date('2026-12-02T03:00:00Z');

beforeEach(() => truncateAll(t.db));

async function seed() {
  const [period] = await t.db
    .insert(performancePeriods)
    .values({ code: '2026-Q4', year: 2026, quarter: 4, startsOn: '2026-10-01', endsOn: '2026-12-31' })
    .returning();
  const [period2] = await t.db
    .insert(performancePeriods)
    .values({ code: '2027-Q1', year: 2027, quarter: 1, startsOn: '2027-01-01', endsOn: '2027-03-31' })
    .returning();
  const [cycle, other] = await t.db
    .insert(feedbackCycles)
    .values([
      { periodId: period!.id, closesOn: '2026-12-18', openedBy: 'cli:hr', minRaters: 3 },
      { periodId: period2!.id, closesOn: '2027-03-18', openedBy: 'cli:hr', minRaters: 3 },
    ])
    .returning();
  const people = await t.db
    .insert(employees)
    .values([
      { nip: '1', name: 'Sari' },
      { nip: '2', name: 'Dodi' },
      { nip: '3', name: 'Rina' },
    ])
    .returning();
  return {
    cycle: cycle!.id,
    other: other!.id,
    sari: people[0]!.id,
    dodi: people[1]!.id,
    rina: people[2]!.id,
  };
}

const body = (score: number, comment: string): PendingBody => ({
  answers: [
    ['adaptif', 1, score],
    ['adaptif', 2, null],
  ],
  comments: [
    ['adaptif', `${comment} tentang adaptif`],
    [null, `${comment} secara umum`],
  ],
});

async function pend(cycleId: number, rateeId: number, category: 'peer' | 'subordinate', scores: number[]) {
  for (const [i, score] of scores.entries())
    await insertPending(t.db, {
      cycleId,
      rateeId,
      category,
      body: body(score, `${category}${rateeId}-${i}`),
    });
}

/** (ratee, category, value, indicator, score) → how many, as the results read them. */
async function answerCounts(cycleId: number) {
  const rows = await t.db.select().from(feedbackAnswers).where(eq(feedbackAnswers.cycleId, cycleId));
  const counts: Record<string, number> = {};
  for (const r of rows) {
    const key = `${r.rateeId}/${r.category}/${r.value}/${r.indicator}/${r.score}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function commentsOf(cycleId: number) {
  const rows = await t.db.select().from(feedbackComments).where(eq(feedbackComments.cycleId, cycleId));
  return rows.map((r) => `${r.rateeId}/${r.category}/${r.value}/${r.body}`).sort();
}

const pendingOf = async (cycleId: number) =>
  (
    await t.db
      .select({ rateeId: feedbackPending.rateeId, category: feedbackPending.category })
      .from(feedbackPending)
      .where(eq(feedbackPending.cycleId, cycleId))
      .orderBy(asc(feedbackPending.rateeId), asc(feedbackPending.category))
  ).map((p) => `${p.rateeId}/${p.category}`);

describe('insertPending and insertNamedRatings', () => {
  it('stores a pending submission as its JSON body, nothing of the rater', async () => {
    const { cycle, sari } = await seed();
    await insertPending(t.db, { cycleId: cycle, rateeId: sari, category: 'subordinate', body: body(4, 'x') });
    const rows = await t.db.select().from(feedbackPending);
    expect(rows).toEqual([
      {
        id: expect.any(String),
        cycleId: cycle,
        rateeId: sari,
        category: 'subordinate',
        body: JSON.stringify(body(4, 'x')),
      },
    ]);
  });

  it('stores one named row per value with its rating, score and comment; none for no ratings', async () => {
    const { cycle, sari, rina } = await seed();
    await insertNamedRatings(t.db, {
      cycleId: cycle,
      rateeId: sari,
      raterId: rina,
      relation: 'appraiser',
      ratings: [],
      now,
    });
    expect(await t.db.select().from(feedbackNamedRatings)).toEqual([]);
    await insertNamedRatings(t.db, {
      cycleId: cycle,
      rateeId: sari,
      raterId: rina,
      relation: 'appraiser',
      ratings: [
        { value: 'adaptif', rating: 'above', score: null, comment: 'Cepat belajar' },
        { value: 'overall', rating: null, score: null, comment: 'Baik' },
      ],
      now,
    });
    await insertNamedRatings(t.db, {
      cycleId: cycle,
      rateeId: sari,
      raterId: sari,
      relation: 'self',
      ratings: [{ value: 'kolaboratif', rating: null, score: 5, comment: null }],
      now,
    });
    const rows = await t.db.select().from(feedbackNamedRatings).orderBy(asc(feedbackNamedRatings.value));
    expect(rows).toEqual([
      {
        cycleId: cycle,
        rateeId: sari,
        raterId: rina,
        relation: 'appraiser',
        value: 'adaptif',
        rating: 'above',
        score: null,
        comment: 'Cepat belajar',
        createdAt: now,
      },
      {
        cycleId: cycle,
        rateeId: sari,
        raterId: sari,
        relation: 'self',
        value: 'kolaboratif',
        rating: null,
        score: 5,
        comment: null,
        createdAt: now,
      },
      {
        cycleId: cycle,
        rateeId: sari,
        raterId: rina,
        relation: 'appraiser',
        value: 'overall',
        rating: null,
        score: null,
        comment: 'Baik',
        createdAt: now,
      },
    ]);
  });
});

describe('shuffleInPlace', () => {
  it('returns the same array holding the same items, in varying orders', () => {
    const seen = new Set<string>();
    const firsts = new Set<number>();
    for (let run = 0; run < 200; run++) {
      const items = [0, 1, 2, 3, 4, 5, 6, 7];
      const out = shuffleInPlace(items);
      expect(out).toBe(items);
      expect([...out].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      seen.add(out.join());
      firsts.add(out[0]!);
    }
    expect(seen.size).toBeGreaterThan(150);
    // Every item ends up first sometimes (the first is swapped too).
    expect(firsts.size).toBe(8);
    expect(shuffleInPlace([])).toEqual([]);
    expect(shuffleInPlace(['a'])).toEqual(['a']);
  });
});

describe('flushPending', () => {
  it('moves only groups with k pending, of this cycle, and leaves the rest waiting', async () => {
    const { cycle, other, sari, dodi } = await seed();
    await pend(cycle, sari, 'peer', [4, 5, 4]);
    await pend(cycle, sari, 'subordinate', [2, 3]);
    await pend(cycle, dodi, 'peer', [1, 1]);
    await pend(other, sari, 'peer', [3, 3, 3]);

    expect(await flushPending(t.db, cycle, { force: false })).toBe(3);
    expect(await answerCounts(cycle)).toEqual({
      [`${sari}/peer/adaptif/1/4`]: 2,
      [`${sari}/peer/adaptif/1/5`]: 1,
      [`${sari}/peer/adaptif/2/null`]: 3,
    });
    expect(await commentsOf(cycle)).toEqual(
      [0, 1, 2]
        .flatMap((i) => [
          `${sari}/peer/adaptif/peer${sari}-${i} tentang adaptif`,
          `${sari}/peer/null/peer${sari}-${i} secara umum`,
        ])
        .sort(),
    );
    expect(await pendingOf(cycle)).toEqual([
      `${sari}/subordinate`,
      `${sari}/subordinate`,
      `${dodi}/peer`,
      `${dodi}/peer`,
    ]);
    // The other cycle is untouched, though it has k for the same ratee.
    expect(await pendingOf(other)).toHaveLength(3);
    expect(await answerCounts(other)).toEqual({});
    // Nothing more is due.
    expect(await flushPending(t.db, cycle, { force: false })).toBe(0);
  });

  it('for one ratee, only that ratee moves', async () => {
    const { cycle, sari, dodi } = await seed();
    await pend(cycle, sari, 'peer', [4, 4, 4]);
    await pend(cycle, dodi, 'peer', [2, 2, 2]);
    expect(await flushPending(t.db, cycle, { rateeId: dodi, force: false })).toBe(3);
    expect(await answerCounts(cycle)).toEqual({
      [`${dodi}/peer/adaptif/1/2`]: 3,
      [`${dodi}/peer/adaptif/2/null`]: 3,
    });
    expect(await pendingOf(cycle)).toEqual([`${sari}/peer`, `${sari}/peer`, `${sari}/peer`]);
  });

  it('at the close moves every group, rewriting earlier batches once, other ratees and cycles kept', async () => {
    const { cycle, other, sari, dodi, rina } = await seed();
    await pend(cycle, sari, 'peer', [4, 4, 5]);
    await pend(cycle, rina, 'peer', [3, 3, 3]);
    expect(await flushPending(t.db, cycle, { force: false })).toBe(6);
    await pend(cycle, sari, 'peer', [1]);
    await pend(cycle, sari, 'subordinate', [2]);
    await pend(cycle, dodi, 'peer', [2]);
    await pend(other, sari, 'peer', [3]);
    await t.db
      .insert(feedbackAnswers)
      .values({ cycleId: other, rateeId: sari, category: 'peer', value: 'adaptif', indicator: 3, score: 2 });
    await t.db
      .insert(feedbackComments)
      .values({ cycleId: other, rateeId: sari, category: 'peer', body: 'lain' });

    // One ratee at the close: only their groups, earlier batch included.
    expect(await flushPending(t.db, cycle, { rateeId: sari, force: true })).toBe(2);
    expect(await answerCounts(cycle)).toEqual({
      [`${sari}/peer/adaptif/1/4`]: 2,
      [`${sari}/peer/adaptif/1/5`]: 1,
      [`${sari}/peer/adaptif/1/1`]: 1,
      [`${sari}/peer/adaptif/2/null`]: 4,
      [`${sari}/subordinate/adaptif/1/2`]: 1,
      [`${sari}/subordinate/adaptif/2/null`]: 1,
      [`${rina}/peer/adaptif/1/3`]: 3,
      [`${rina}/peer/adaptif/2/null`]: 3,
    });
    expect((await commentsOf(cycle)).filter((c) => c.startsWith(`${sari}/peer/`))).toHaveLength(8);
    expect((await commentsOf(cycle)).filter((c) => c.startsWith(`${rina}/peer/`))).toHaveLength(6);
    expect(await pendingOf(cycle)).toEqual([`${dodi}/peer`]);

    expect(await flushPending(t.db, cycle, { force: true })).toBe(1);
    expect(await pendingOf(cycle)).toEqual([]);
    expect((await answerCounts(cycle))[`${dodi}/peer/adaptif/1/2`]).toBe(1);
    expect((await answerCounts(cycle))[`${rina}/peer/adaptif/1/3`]).toBe(3);
    // The other cycle's rows are as they were.
    expect(await answerCounts(other)).toEqual({ [`${sari}/peer/adaptif/3/2`]: 1 });
    expect(await commentsOf(other)).toEqual([`${sari}/peer/null/lain`]);
    expect(await pendingOf(other)).toHaveLength(1);
  });
});
