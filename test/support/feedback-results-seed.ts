/**
 * A closed 360° cycle seeded straight into the tables (the questionnaire has its own tests): Sari
 * is rated by her penilai Hendra (named), by `peers` peers and `subordinates` subordinates, who
 * each answer every indicator of every value. Rina is Sari's atasan but not her penilai. Answers
 * and comments are written without any rater, as the flush writes them.
 */
import { eq } from 'drizzle-orm';
import { BERAKHLAK_VALUES } from '../../src/core/feedback/berakhlak.js';
import type { Db } from '../../src/storage/database.js';
import {
  feedbackAnswers,
  feedbackAssignments,
  feedbackComments,
  feedbackCycles,
  feedbackNamedRatings,
  performancePeriods,
} from '../../src/storage/schema.js';
import { seedEmployee, seedUnitPath } from './telegram-harness.js';

export interface SeedOptions {
  peers: number;
  subordinates: number;
  status?: 'open' | 'closed';
  minRaters?: number;
  /** Score of rater `r` (0-based) of a category; default: peers 4, subordinates 2. */
  peerScore?: (r: number) => number | null;
  subordinateScore?: (r: number) => number | null;
}

export async function seedPeriod(db: Db, code = '2026-Q4') {
  const [period] = await db
    .insert(performancePeriods)
    .values({ code, year: 2026, quarter: 4, startsOn: '2026-10-01', endsOn: '2026-12-31' })
    .onConflictDoNothing()
    .returning();
  if (period) return period;
  const [found] = await db.select().from(performancePeriods).where(eq(performancePeriods.code, code));
  return found!;
}

export async function seedResultsTeam(db: Db) {
  const unitId = await seedUnitPath(db, 'Deputi SDM/Biro Kepegawaian');
  const hendra = await seedEmployee(db, { name: 'Hendra Gunawan', salutation: 'Bapak', unitId });
  const rina = await seedEmployee(db, { name: 'Rina Kusuma', supervisorId: hendra.id, unitId });
  const sari = await seedEmployee(db, {
    name: 'Sari Wulandari',
    supervisorId: rina.id,
    appraiserId: hendra.id,
    unitId,
  });
  const stranger = await seedEmployee(db, { name: 'Tono Lain', unitId });
  const peers = [];
  for (let i = 0; i < 4; i++)
    peers.push(await seedEmployee(db, { name: `Rekan ${i + 1}`, supervisorId: rina.id, unitId }));
  const subordinates = [];
  for (let i = 0; i < 4; i++)
    subordinates.push(await seedEmployee(db, { name: `Staf ${i + 1}`, supervisorId: sari.id, unitId }));
  return { unitId, hendra, rina, sari, stranger, peers, subordinates };
}

export type ResultsTeam = Awaited<ReturnType<typeof seedResultsTeam>>;

/** A cycle rating `rateeId`, with its participation record, anonymous rows and Hendra's named ratings. */
export async function seedResultsCycle(
  db: Db,
  team: ResultsTeam,
  options: SeedOptions,
  rateeId = team.sari.id,
) {
  const period = await seedPeriod(db);
  const [existing] = await db.select().from(feedbackCycles);
  const cycle =
    existing ??
    (
      await db
        .insert(feedbackCycles)
        .values({
          periodId: period.id,
          closesOn: '2026-12-18',
          status: options.status ?? 'closed',
          minRaters: options.minRaters ?? 3,
          openedBy: 'test',
        })
        .returning()
    )[0]!;
  const assignments = [
    { raterId: team.hendra.id, relation: 'appraiser' },
    ...team.peers.map((p, i) => ({ raterId: p.id, relation: 'peer', submitted: i < options.peers })),
    ...team.subordinates.map((s, i) => ({
      raterId: s.id,
      relation: 'subordinate',
      submitted: i < options.subordinates,
    })),
  ].filter((a) => a.raterId !== rateeId);
  await db.insert(feedbackAssignments).values(
    assignments.map((a) => ({
      cycleId: cycle.id,
      rateeId,
      raterId: a.raterId,
      relation: a.relation,
      status: a.relation === 'appraiser' || ('submitted' in a && a.submitted) ? 'submitted' : 'asked',
    })),
  );
  const answers = [];
  const groups = [
    { category: 'peer', n: options.peers, score: options.peerScore ?? (() => 4) },
    { category: 'subordinate', n: options.subordinates, score: options.subordinateScore ?? (() => 2) },
  ];
  for (const g of groups)
    for (let r = 0; r < g.n; r++)
      for (const value of BERAKHLAK_VALUES)
        for (let indicator = 1; indicator <= 3; indicator++)
          answers.push({
            cycleId: cycle.id,
            rateeId,
            category: g.category,
            value,
            indicator,
            score: g.score(r),
          });
  if (answers.length > 0) await db.insert(feedbackAnswers).values(answers);
  const comments = [
    ...Array.from({ length: options.peers }, (_, r) => ({
      category: 'peer',
      value: 'akuntabel',
      body: `Komentar rekan ${r + 1}`,
    })),
    ...Array.from({ length: options.subordinates }, (_, r) => ({
      category: 'subordinate',
      value: 'harmonis',
      body: `Komentar staf ${r + 1}`,
    })),
  ];
  if (comments.length > 0)
    await db.insert(feedbackComments).values(comments.map((c) => ({ ...c, cycleId: cycle.id, rateeId })));
  if (rateeId === team.sari.id)
    await db.insert(feedbackNamedRatings).values([
      {
        cycleId: cycle.id,
        rateeId,
        raterId: team.hendra.id,
        relation: 'appraiser',
        value: 'akuntabel',
        rating: 'meets',
        comment: 'Laporan selalu tepat waktu',
      },
    ]);
  return cycle;
}
