/**
 * The 360° cycle and participation repositories statement by statement
 * (src/storage/repositories/feedback-cycles.ts and feedback-peers.ts): which cycle overlaps which,
 * who a unit's cycle concerns, that a rater's asked list and submission stay inside their own
 * cycle and assignment, and that peer changes touch only the row they are about. Written against
 * mutants Stryker left alive; the flows are in test/integration/feedback-cycle.test.ts and
 * feedback-peers.test.ts.
 */
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  askedOf,
  auditCycle,
  cycleCounts,
  cyclesOf,
  dropOpenQuestionnaires,
  expectationsOf,
  findCycle,
  insertAssignments,
  insertCycle,
  markCycleClosed,
  markSubmitted,
  overlappingOpenCycle,
  scheduleRaterJobs,
  scopePeople,
} from '../../../src/storage/repositories/feedback-cycles.js';
import {
  assignedPeers,
  insertProposal,
  openCycleOfRatee,
  pendingReviews,
  proposablePeers,
  requestDecline,
  settleReview,
} from '../../../src/storage/repositories/feedback-peers.js';
import {
  auditLog,
  behaviourExpectations,
  conversations,
  employees,
  feedbackAssignments,
  feedbackCycles,
  jobRuns,
  orgUnits,
  performancePeriods,
} from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';

const t = useTestDatabase();
const now = new Date('2026-12-01T03:00:00Z');

beforeEach(() => truncateAll(t.db));

async function periods() {
  const [q4, q1] = await t.db
    .insert(performancePeriods)
    .values([
      { code: '2026-Q4', year: 2026, quarter: 4, startsOn: '2026-10-01', endsOn: '2026-12-31' },
      { code: '2027-Q1', year: 2027, quarter: 1, startsOn: '2027-01-01', endsOn: '2027-03-31' },
    ])
    .returning();
  return { q4: q4!.id, q1: q1!.id };
}

async function units() {
  const [deputi] = await t.db.insert(orgUnits).values({ name: 'Deputi', path: 'Deputi' }).returning();
  const [biro] = await t.db
    .insert(orgUnits)
    .values({ name: 'Biro', path: 'Deputi/Biro', parentId: deputi!.id })
    .returning();
  const rest = await t.db
    .insert(orgUnits)
    .values([
      { name: 'Bagian', path: 'Deputi/Biro/Bagian', parentId: biro!.id },
      { name: 'Biro2', path: 'Deputi/Biro2', parentId: deputi!.id },
      { name: 'Lain', path: 'Lain' },
    ])
    .returning();
  return { deputi: deputi!.id, biro: biro!.id, bagian: rest[0]!.id, biro2: rest[1]!.id, lain: rest[2]!.id };
}

const cycleInput = (periodId: number, unitId: number | null) => ({
  periodId,
  unitId,
  closesOn: '2026-12-18',
  minRaters: 4,
  peersPerRatee: 5,
  maxPeerRequests: 7,
  includeSelf: true,
  openedBy: 'cli:hr',
  now,
});

describe('cycles', () => {
  it('insert, find by id or by period and unit, list newest first; one per period and unit', async () => {
    const p = await periods();
    const u = await units();
    const whole = await insertCycle(t.db, cycleInput(p.q4, null));
    const biro = await insertCycle(t.db, cycleInput(p.q4, u.biro));
    const next = await insertCycle(t.db, cycleInput(p.q1, null));
    expect(await insertCycle(t.db, cycleInput(p.q4, null))).toBeUndefined();
    expect(await insertCycle(t.db, cycleInput(p.q4, u.biro))).toBeUndefined();
    expect(await findCycle(t.db, { id: biro! })).toEqual({
      id: biro,
      periodId: p.q4,
      periodCode: '2026-Q4',
      unitId: u.biro,
      unitPath: 'Deputi/Biro',
      status: 'open',
      closesOn: '2026-12-18',
      minRaters: 4,
      peersPerRatee: 5,
      maxPeerRequests: 7,
      includeSelf: true,
    });
    expect((await findCycle(t.db, { periodId: p.q4, unitId: null }))?.id).toBe(whole);
    expect((await findCycle(t.db, { periodId: p.q4, unitId: u.biro }))?.id).toBe(biro);
    expect(await findCycle(t.db, { periodId: p.q1, unitId: u.biro })).toBeUndefined();
    expect(await findCycle(t.db, { id: 9999 })).toBeUndefined();
    expect((await cyclesOf(t.db, null)).map((c) => c.id)).toEqual([next, biro, whole]);
    expect((await cyclesOf(t.db, p.q4)).map((c) => c.id)).toEqual([biro, whole]);
    const [row] = await t.db.select().from(feedbackCycles).where(eq(feedbackCycles.id, whole!));
    expect(row).toMatchObject({ openedBy: 'cli:hr', createdAt: now });
  });

  it('an open cycle overlaps the whole organisation, the same unit, a unit inside or above, not a sibling', async () => {
    const p = await periods();
    const u = await units();
    const overlap = async (path: string | null) => (await overlappingOpenCycle(t.db, p.q4, path))?.id;
    expect(await overlap(null)).toBeUndefined();
    const biro = await insertCycle(t.db, cycleInput(p.q4, u.biro));
    expect(await overlap('Deputi/Biro')).toBe(biro);
    expect(await overlap('Deputi/Biro/Bagian')).toBe(biro);
    expect(await overlap('Deputi')).toBe(biro);
    expect(await overlap(null)).toBe(biro);
    expect(await overlap('Deputi/Biro2')).toBeUndefined();
    expect(await overlap('Deputi/Bir')).toBeUndefined();
    expect(await overlap('Lain')).toBeUndefined();
    expect(await overlappingOpenCycle(t.db, p.q1, 'Deputi/Biro')).toBeUndefined();
    expect(await markCycleClosed(t.db, biro!, now)).toBe(true);
    expect(await markCycleClosed(t.db, biro!, now)).toBe(false);
    expect(await overlap('Deputi/Biro')).toBeUndefined();
    const [closed] = await t.db.select().from(feedbackCycles).where(eq(feedbackCycles.id, biro!));
    expect(closed).toMatchObject({ status: 'closed', closedAt: now });
    const whole = await insertCycle(t.db, cycleInput(p.q4, null));
    expect(await overlap('Lain')).toBe(whole);
  });

  it('auditCycle writes who did what to which cycle', async () => {
    const p = await periods();
    const id = await insertCycle(t.db, cycleInput(p.q4, null));
    await auditCycle(t.db, { actor: 'cli:hr', action: 'feedback.open', cycleId: id!, after: { k: 3 }, now });
    expect(await t.db.select().from(auditLog)).toMatchObject([
      {
        at: now,
        actor: 'cli:hr',
        action: 'feedback.open',
        entity: 'feedback_cycle',
        entityKey: String(id),
        after: { k: 3 },
      },
    ]);
  });
});

describe('scopePeople', () => {
  it('everyone active for the organisation; a unit subtree plus who rates it from outside', async () => {
    const u = await units();
    const add = async (name: string, over: Partial<typeof employees.$inferInsert> = {}) => {
      const [row] = await t.db
        .insert(employees)
        .values({ nip: `N-${name}`, name, ...over })
        .returning();
      return row!.id;
    };
    const boss = await add('Atasan di Deputi', { unitId: u.deputi });
    const appraiser = await add('Penilai di Lain', { unitId: u.lain });
    const head = await add('Kepala Biro', { unitId: u.biro, supervisorId: boss });
    const staff = await add('Staf Bagian', { unitId: u.bagian, supervisorId: head, appraiserId: appraiser });
    const outsideSub = await add('Bawahan di Lain', { unitId: u.lain, supervisorId: staff });
    await add('Di Biro2', { unitId: u.biro2, supervisorId: boss });
    await add('Nonaktif di Biro', { unitId: u.biro, active: false });
    const inactiveOutside = await add('Bawahan Nonaktif', {
      unitId: u.lain,
      supervisorId: head,
      active: false,
    });
    expect(inactiveOutside).toBeGreaterThan(0);

    const scoped = await scopePeople(t.db, u.biro);
    expect(scoped).toEqual([
      { id: boss, supervisorId: null, appraiserId: null, inScope: false },
      { id: appraiser, supervisorId: null, appraiserId: null, inScope: false },
      { id: head, supervisorId: boss, appraiserId: null, inScope: true },
      { id: staff, supervisorId: head, appraiserId: appraiser, inScope: true },
      { id: outsideSub, supervisorId: staff, appraiserId: null, inScope: false },
    ]);
    const whole = await scopePeople(t.db, null);
    expect(whole).toHaveLength(6);
    expect(whole.every((p) => p.inScope)).toBe(true);
    expect(whole[0]).toEqual({ id: boss, supervisorId: null, appraiserId: null, inScope: true });
  });
});

async function team() {
  const p = await periods();
  const cycle = (await insertCycle(t.db, cycleInput(p.q4, null)))!;
  const other = (await insertCycle(t.db, cycleInput(p.q1, null)))!;
  const rows = await t.db
    .insert(employees)
    .values([
      { nip: '1', name: 'Hendra' },
      { nip: '2', name: 'Sari' },
      { nip: '3', name: 'Budi' },
      { nip: '4', name: 'Ani' },
      { nip: '5', name: 'Citra' },
      { nip: '6', name: 'Lain Atasan' },
    ])
    .returning();
  const [hendra, sari, budi, ani, citra, lain] = rows.map((r) => r.id) as number[];
  await t.db.update(employees).set({ supervisorId: hendra! }).where(eq(employees.id, sari!));
  for (const id of [budi, ani, citra])
    await t.db.update(employees).set({ supervisorId: hendra! }).where(eq(employees.id, id!));
  return {
    p,
    cycle,
    other,
    hendra: hendra!,
    sari: sari!,
    budi: budi!,
    ani: ani!,
    citra: citra!,
    lain: lain!,
  };
}

describe('assignments', () => {
  it('inserts once, counts per relation, schedules one job per asked rater, marks a submission once', async () => {
    const s = await team();
    const assignments = [
      { rateeId: s.sari, raterId: s.budi, relation: 'peer' as const },
      { rateeId: s.sari, raterId: s.ani, relation: 'peer' as const },
      { rateeId: s.sari, raterId: s.hendra, relation: 'appraiser' as const },
      { rateeId: s.sari, raterId: s.sari, relation: 'self' as const },
      { rateeId: s.budi, raterId: s.ani, relation: 'peer' as const },
    ];
    expect(await insertAssignments(t.db, s.cycle, assignments)).toBe(5);
    expect(await insertAssignments(t.db, s.cycle, assignments)).toBe(0);
    expect(await insertAssignments(t.db, s.cycle, [])).toBe(0);
    expect(
      await insertAssignments(t.db, s.other, [{ rateeId: s.sari, raterId: s.citra, relation: 'peer' }]),
    ).toBe(1);
    await t.db
      .insert(feedbackAssignments)
      .values({ cycleId: s.cycle, rateeId: s.budi, raterId: s.citra, relation: 'peer', status: 'declined' });

    // Ani rates two people: one job. Citra is only declined here: none.
    const dueAt = new Date('2026-12-01T02:00:00Z');
    expect(
      await scheduleRaterJobs(t.db, { cycleId: s.cycle, job: 'feedback-invite', periodKey: 'c1', dueAt }),
    ).toBe(4);
    expect(
      await scheduleRaterJobs(t.db, { cycleId: s.cycle, job: 'feedback-invite', periodKey: 'c1', dueAt }),
    ).toBe(0);
    const jobs = await t.db.select().from(jobRuns).orderBy(asc(jobRuns.subject));
    expect(jobs.map((j) => j.subject).sort()).toEqual([s.hendra, s.sari, s.budi, s.ani].map(String).sort());
    expect(jobs[0]).toMatchObject({ job: 'feedback-invite', periodKey: 'c1', dueAt, status: 'pending' });

    expect(await markSubmitted(t.db, { cycleId: s.cycle, rateeId: s.sari, raterId: s.budi })).toEqual({
      relation: 'peer',
      minRaters: 4,
    });
    expect(await markSubmitted(t.db, { cycleId: s.cycle, rateeId: s.sari, raterId: s.budi })).toBeUndefined();
    expect(
      await markSubmitted(t.db, { cycleId: s.cycle, rateeId: s.budi, raterId: s.citra }),
    ).toBeUndefined();
    expect(await markSubmitted(t.db, { cycleId: s.other, rateeId: s.sari, raterId: s.budi })).toBeUndefined();
    expect(await cycleCounts(t.db, s.cycle)).toEqual([
      { relation: 'appraiser', asked: 1, submitted: 0 },
      { relation: 'peer', asked: 3, submitted: 1 },
      { relation: 'self', asked: 1, submitted: 0 },
    ]);
    // Only Budi's row about Sari flipped.
    const submitted = await t.db
      .select()
      .from(feedbackAssignments)
      .where(eq(feedbackAssignments.status, 'submitted'));
    expect(submitted.map((a) => [a.cycleId, a.rateeId, a.raterId])).toEqual([[s.cycle, s.sari, s.budi]]);
    // A reminder now goes to those still asked only.
    expect(
      await scheduleRaterJobs(t.db, { cycleId: s.cycle, job: 'feedback-remind', periodKey: 'c1', dueAt }),
    ).toBe(3);

    // Closed: no submission is taken.
    await markCycleClosed(t.db, s.cycle, now);
    expect(await markSubmitted(t.db, { cycleId: s.cycle, rateeId: s.sari, raterId: s.ani })).toBeUndefined();
  });

  it("askedOf lists a rater's open asks by name, their self-rating last", async () => {
    const s = await team();
    await insertAssignments(t.db, s.cycle, [
      { rateeId: s.sari, raterId: s.ani, relation: 'peer' },
      { rateeId: s.ani, raterId: s.ani, relation: 'self' },
      { rateeId: s.budi, raterId: s.ani, relation: 'peer' },
      { rateeId: s.citra, raterId: s.ani, relation: 'peer' },
      { rateeId: s.hendra, raterId: s.ani, relation: 'subordinate' },
    ]);
    await insertAssignments(t.db, s.other, [{ rateeId: s.sari, raterId: s.ani, relation: 'peer' }]);
    await markSubmitted(t.db, { cycleId: s.cycle, rateeId: s.citra, raterId: s.ani });
    const asked = await askedOf(t.db, s.ani, s.cycle);
    expect(asked.map((a) => [a.rateeName, a.relation])).toEqual([
      ['Budi', 'peer'],
      ['Hendra', 'subordinate'],
      ['Sari', 'peer'],
      ['Ani', 'self'],
    ]);
    expect(asked[0]).toEqual({
      cycleId: s.cycle,
      rateeId: s.budi,
      rateeName: 'Budi',
      relation: 'peer',
      minRaters: 4,
      closesOn: '2026-12-18',
    });
    expect(await askedOf(t.db, s.ani)).toHaveLength(5);
    await markCycleClosed(t.db, s.other, now);
    expect(await askedOf(t.db, s.ani)).toHaveLength(4);
    expect(await askedOf(t.db, s.sari)).toEqual([]);
  });

  it('dropOpenQuestionnaires deletes the drafts of that kind and cycle only', async () => {
    const s = await team();
    await t.db.insert(conversations).values([
      { employeeId: s.ani, kind: 'feedback', channel: 'telegram', state: { cycleId: s.cycle } },
      { employeeId: s.budi, kind: 'feedback', channel: 'telegram', state: { cycleId: s.other } },
      { employeeId: s.citra, kind: 'checkin', channel: 'telegram', state: { cycleId: s.cycle } },
    ]);
    expect(await dropOpenQuestionnaires(t.db, 'feedback', s.cycle)).toBe(1);
    expect((await t.db.select().from(conversations)).map((c) => c.employeeId).sort()).toEqual(
      [s.budi, s.citra].sort(),
    );
  });

  it('expectationsOf reads one person and period, known values only', async () => {
    const s = await team();
    await t.db.insert(behaviourExpectations).values([
      { employeeId: s.sari, periodId: s.p.q4, value: 'adaptif', expectation: 'Cepat' },
      { employeeId: s.sari, periodId: s.p.q4, value: 'bukan-nilai', expectation: 'X' },
      { employeeId: s.sari, periodId: s.p.q1, value: 'loyal', expectation: 'Lain periode' },
      { employeeId: s.budi, periodId: s.p.q4, value: 'loyal', expectation: 'Orang lain' },
    ]);
    expect(await expectationsOf(t.db, s.sari, s.p.q4)).toEqual({ adaptif: 'Cepat' });
    expect(await expectationsOf(t.db, s.ani, s.p.q4)).toEqual({});
  });
});

describe('peer changes', () => {
  it('the open cycle of a ratee, peers assigned and proposable', async () => {
    const s = await team();
    expect(await openCycleOfRatee(t.db, s.sari)).toBeUndefined();
    await insertAssignments(t.db, s.cycle, [
      { rateeId: s.sari, raterId: s.budi, relation: 'peer' },
      { rateeId: s.sari, raterId: s.hendra, relation: 'appraiser' },
    ]);
    await insertAssignments(t.db, s.other, [{ rateeId: s.budi, raterId: s.ani, relation: 'peer' }]);
    await t.db.update(employees).set({ appraiserId: s.lain }).where(eq(employees.id, s.budi));
    expect(await openCycleOfRatee(t.db, s.sari)).toEqual({
      cycleId: s.cycle,
      appraiserId: s.hendra,
      supervisorId: s.hendra,
    });
    expect(await openCycleOfRatee(t.db, s.budi)).toEqual({
      cycleId: s.other,
      appraiserId: s.lain,
      supervisorId: s.hendra,
    });
    await t.db.insert(feedbackAssignments).values([
      { cycleId: s.cycle, rateeId: s.sari, raterId: s.ani, relation: 'peer', status: 'submitted' },
      { cycleId: s.cycle, rateeId: s.sari, raterId: s.citra, relation: 'peer', status: 'declined' },
    ]);
    expect(await assignedPeers(t.db, s.cycle, s.sari)).toEqual([
      { id: s.ani, name: 'Ani' },
      { id: s.budi, name: 'Budi' },
    ]);
    expect(await assignedPeers(t.db, s.other, s.sari)).toEqual([]);
    // Same atasan, not yet asked about Sari (Citra was declined: still a row), never Sari herself.
    const [dewi] = await t.db
      .insert(employees)
      .values({ nip: '7', name: 'Dewi', supervisorId: s.hendra })
      .returning();
    await t.db.insert(employees).values({ nip: '8', name: 'Eko', supervisorId: s.hendra, active: false });
    expect(await proposablePeers(t.db, s.cycle, { id: s.sari, supervisorId: s.hendra })).toEqual([
      { id: dewi!.id, name: 'Dewi' },
    ]);
    expect(
      (await proposablePeers(t.db, s.other, { id: s.sari, supervisorId: s.hendra })).map((p) => p.name),
    ).toEqual(['Ani', 'Budi', 'Citra', 'Dewi']);
    expect(await proposablePeers(t.db, s.cycle, { id: s.sari, supervisorId: null })).toEqual([]);
    await markCycleClosed(t.db, s.cycle, now);
    expect(await openCycleOfRatee(t.db, s.sari)).toBeUndefined();
  });

  it('declines and proposals wait for the appraiser, who settles only their own, while the cycle is open', async () => {
    const s = await team();
    await insertAssignments(t.db, s.cycle, [
      { rateeId: s.sari, raterId: s.budi, relation: 'peer' },
      { rateeId: s.sari, raterId: s.ani, relation: 'peer' },
      { rateeId: s.sari, raterId: s.hendra, relation: 'appraiser' },
    ]);
    await insertAssignments(t.db, s.other, [{ rateeId: s.sari, raterId: s.budi, relation: 'peer' }]);
    await markSubmitted(t.db, { cycleId: s.cycle, rateeId: s.sari, raterId: s.ani });
    const decline = { cycleId: s.cycle, rateeId: s.sari, reason: 'Jarang bekerja sama' };
    await requestDecline(t.db, { ...decline, raterId: s.budi });
    await requestDecline(t.db, { ...decline, raterId: s.ani });
    await requestDecline(t.db, { ...decline, raterId: s.hendra });
    await insertProposal(t.db, { cycleId: s.cycle, rateeId: s.sari, raterId: s.citra, reason: 'Satu tim' });
    await insertProposal(t.db, { cycleId: s.cycle, rateeId: s.sari, raterId: s.citra, reason: 'Lagi' });

    const rows = await t.db.select().from(feedbackAssignments).orderBy(asc(feedbackAssignments.id));
    expect(rows.map((r) => [r.cycleId, r.raterId, r.relation, r.status, r.reason])).toEqual([
      [s.cycle, s.budi, 'peer', 'asked', 'Jarang bekerja sama'],
      [s.cycle, s.ani, 'peer', 'submitted', null],
      [s.cycle, s.hendra, 'appraiser', 'asked', null],
      [s.other, s.budi, 'peer', 'asked', null],
      [s.cycle, s.citra, 'peer', 'proposed', 'Satu tim'],
    ]);

    const reviews = await pendingReviews(t.db, s.cycle, s.hendra);
    expect(reviews).toEqual([
      {
        assignmentId: rows[0]!.id,
        cycleId: s.cycle,
        rateeName: 'Sari',
        raterName: 'Budi',
        kind: 'decline',
        reason: 'Jarang bekerja sama',
      },
      {
        assignmentId: rows[4]!.id,
        cycleId: s.cycle,
        rateeName: 'Sari',
        raterName: 'Citra',
        kind: 'propose',
        reason: 'Satu tim',
      },
    ]);
    expect(await pendingReviews(t.db, s.cycle, s.lain)).toEqual([]);
    expect(await pendingReviews(t.db, s.other, s.hendra)).toEqual([]);

    const settle = (assignmentId: number, accept: boolean, appraiserId = s.hendra, cycleId = s.cycle) =>
      settleReview(t.db, { cycleId, assignmentId, appraiserId, accept });
    // Not theirs, not this cycle, not a peer row, nothing asked: nothing changes.
    expect(await settle(rows[0]!.id, true, s.lain)).toBeUndefined();
    expect(await settle(rows[0]!.id, true, s.hendra, s.other)).toBeUndefined();
    expect(await settle(rows[2]!.id, true)).toBeUndefined();
    expect(await settle(rows[1]!.id, true)).toBeUndefined();
    expect(await settle(rows[3]!.id, true, s.hendra, s.other)).toBeUndefined();

    const byId = async (id: number) =>
      (await t.db.select().from(feedbackAssignments).where(eq(feedbackAssignments.id, id)))[0];
    expect(await settle(rows[4]!.id, true)).toEqual({
      kind: 'propose',
      raterId: s.citra,
      rateeName: 'Sari',
      raterName: 'Citra',
    });
    expect(await byId(rows[4]!.id)).toMatchObject({ status: 'asked', reason: null });
    expect(await settle(rows[0]!.id, false)).toEqual({
      kind: 'decline',
      raterId: s.budi,
      rateeName: 'Sari',
      raterName: 'Budi',
    });
    expect(await byId(rows[0]!.id)).toMatchObject({ status: 'asked', reason: null });
    expect(await settle(rows[0]!.id, true)).toBeUndefined();

    await requestDecline(t.db, { ...decline, raterId: s.budi });
    expect(await settle(rows[0]!.id, true)).toMatchObject({ kind: 'decline', raterId: s.budi });
    expect(await byId(rows[0]!.id)).toMatchObject({ status: 'declined', reason: 'Jarang bekerja sama' });

    const [dewi] = await t.db
      .insert(employees)
      .values({ nip: '7', name: 'Dewi', supervisorId: s.hendra })
      .returning();
    await insertProposal(t.db, { cycleId: s.cycle, rateeId: s.sari, raterId: dewi!.id, reason: 'Coba' });
    const [proposed] = await t.db
      .select()
      .from(feedbackAssignments)
      .where(eq(feedbackAssignments.raterId, dewi!.id));
    expect(await settle(proposed!.id, false)).toMatchObject({ kind: 'propose', raterId: dewi!.id });
    expect(await byId(proposed!.id)).toBeUndefined();
    // The other rows are as they were.
    expect(await byId(rows[3]!.id)).toMatchObject({ status: 'asked', reason: null });
    expect(await byId(rows[1]!.id)).toMatchObject({ status: 'submitted', reason: null });

    // Closed: no review is pending or settled.
    await insertProposal(t.db, { cycleId: s.cycle, rateeId: s.sari, raterId: dewi!.id, reason: 'Lagi' });
    await markCycleClosed(t.db, s.cycle, now);
    expect(await pendingReviews(t.db, s.cycle, s.hendra)).toEqual([]);
    const [again] = await t.db
      .select()
      .from(feedbackAssignments)
      .where(eq(feedbackAssignments.raterId, dewi!.id));
    expect(await settle(again!.id, true)).toBeUndefined();
  });
});
