/**
 * The evaluation's storage on a real database: the SKP evaluation table of a quarter (quarter
 * targets, latest report of the quarter, bukti dukung, umpan balik), who an appraiser evaluates,
 * the upsert refused once the period is closed (raced against a close on two real PostgreSQL
 * connections), open/close with its audit row, and a unit subtree's predikat distribution.
 */
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quarterPeriod } from '../../src/core/evaluation/quarter-period.js';
import type { Database } from '../../src/storage/database.js';
import {
  appraiseesOf,
  appraisersWithPending,
  ensurePeriod,
  evaluationTables,
  setPeriodStatus,
  unitPredikatCounts,
  upsertEvaluation,
} from '../../src/storage/repositories/evaluations.js';
import {
  auditLog,
  checkins,
  employees,
  evidence,
  keyResults,
  krUpdates,
  performanceEvaluations,
  performancePeriods,
} from '../../src/storage/schema.js';
import { rowsOf, truncateAll, useTestDatabase } from '../support/database.js';
import { seedEvaluationTeam } from '../support/evaluation-seed.js';
import { onPostgres, openPools } from '../support/pools.js';
import { seedEmployee, seedUnitPath } from '../support/telegram-harness.js';

const t = useTestDatabase();
const now = new Date('2026-12-21T02:00:00Z');
const Q4 = quarterPeriod(2026, 4);
const periodSpec = { code: Q4.code, year: 2026, quarter: 4, startsOn: Q4.start, endsOn: Q4.end };

beforeEach(() => truncateAll(t.db));

const rating = (employeeId: number, periodId: number, appraiserId: number, over = {}) => ({
  employeeId,
  periodId,
  appraiserId,
  suggestedResult: 'meets' as const,
  resultRating: 'meets' as const,
  behaviourRating: 'meets' as const,
  predikat: 'baik' as const,
  now,
  ...over,
});

describe('evaluationTables', () => {
  it('gives each indicator the quarter’s reports, evidence and umpan balik', async () => {
    const team = await seedEvaluationTeam(t.db);
    // TW III's report has evidence too, which is not TW IV's.
    const [september] = await t.db
      .select({ id: krUpdates.id })
      .from(krUpdates)
      .innerJoin(checkins, eq(checkins.id, krUpdates.checkinId))
      .where(and(eq(checkins.isoWeek, '2026-W39'), eq(krUpdates.keyResultId, team.krs.doc)));
    await t.db
      .insert(evidence)
      .values({ krUpdateId: september!.id, kind: 'link', url: 'https://drive.example.go.id/tw3' });
    await t.db.update(keyResults).set({ resultKind: 'additional' }).where(eq(keyResults.id, team.krs.days));
    const [table, dodi] = await evaluationTables(t.db, [team.sari.id, team.dodi.id], Q4);
    expect(dodi).toEqual({ employeeId: team.dodi.id, indicators: [], generalFeedback: [] });
    const [doc, training, days] = table!.indicators;
    expect(doc).toMatchObject({
      keyResultId: team.krs.doc,
      rhk: 'Meningkatnya kualitas layanan kepegawaian',
      title: 'Rancangan peraturan kepegawaian selesai',
      quarterTargets: [1, 2, 3, 4],
      accumulation: 'cumulative',
      resultKind: 'main',
      // TW III's report stays (an average would need it); the local date of the last is 1 Dec (WITA).
      reports: [
        { value: 3, date: '2026-09-23' },
        { value: 3, date: '2026-11-04' },
        { value: 4, date: '2026-12-01' },
      ],
      // Only the quarter's: both links and the file.
      evidenceCount: 3,
      links: ['https://drive.example.go.id/draf-1', 'https://drive.example.go.id/draf-final'],
      feedback: [{ author: 'Hendra Gunawan', date: '2026-11-05', body: 'Percepat harmonisasi.' }],
    });
    expect(training).toMatchObject({ quarterTargets: [null, null, null, 70], evidenceCount: 0, links: [] });
    expect(training!.reports.map((r) => r.value)).toEqual([60, 65, 77]);
    // Skipped is not a report.
    expect(days).toMatchObject({
      direction: 'down',
      resultKind: 'additional',
      reports: [],
      evidenceCount: 0,
    });
    expect(table!.generalFeedback).toEqual([
      { author: 'Hendra Gunawan', date: '2026-12-01', body: 'Laporan lengkap.' },
    ]);
  });

  it('TW III sees neither TW IV’s reports nor its evidence', async () => {
    const team = await seedEvaluationTeam(t.db);
    const [table] = await evaluationTables(t.db, [team.sari.id], quarterPeriod(2026, 3));
    expect(table!.indicators[0]).toMatchObject({ reports: [{ value: 3 }], evidenceCount: 0, feedback: [] });
    expect(table!.generalFeedback).toEqual([]);
  });
});

describe('appraiseesOf', () => {
  it('the named penilai’s people, and the atasan’s when none is named; not inactive ones', async () => {
    const team = await seedEvaluationTeam(t.db);
    const period = await ensurePeriod(t.db, periodSpec);
    await upsertEvaluation(t.db, rating(team.sari.id, period.id, team.penilai.id));
    const list = await appraiseesOf(t.db, team.penilai.id, period.id);
    expect(list.map((a) => a.name)).toEqual(['Dodi Pratama', 'Rina Kusuma', 'Sari Wulandari']);
    expect(list.find((a) => a.employeeId === team.sari.id)!.evaluation).toEqual({
      suggestedResult: 'meets',
      resultRating: 'meets',
      behaviourRating: 'meets',
      predikat: 'baik',
      appraiserId: team.penilai.id,
    });
    expect(list.find((a) => a.employeeId === team.dodi.id)!.evaluation).toBeNull();
    // Rina is Sari's atasan, but Sari names Hendra as penilai: Rina evaluates nobody.
    expect(await appraiseesOf(t.db, team.atasan.id, period.id)).toEqual([]);
    expect(await appraiseesOf(t.db, team.sari.id, null)).toEqual([]);
  });

  it('appraisersWithPending: those with someone not yet given a predikat', async () => {
    const team = await seedEvaluationTeam(t.db);
    const period = await ensurePeriod(t.db, periodSpec);
    const pending = { appraiserId: team.penilai.id, unitId: team.unitId, timeZone: 'Asia/Makassar' };
    expect(await appraisersWithPending(t.db, null)).toEqual([{ ...pending, pending: 3 }]);
    await upsertEvaluation(t.db, rating(team.sari.id, period.id, team.penilai.id));
    expect(await appraisersWithPending(t.db, period.id)).toEqual([{ ...pending, pending: 2 }]);
    expect(await appraisersWithPending(t.db, period.id, team.penilai.id)).toEqual([
      { ...pending, pending: 2 },
    ]);
    expect(await appraisersWithPending(t.db, period.id, team.atasan.id)).toEqual([]);
    for (const e of [team.dodi, team.atasan])
      await upsertEvaluation(t.db, rating(e.id, period.id, team.penilai.id));
    expect(await appraisersWithPending(t.db, period.id)).toEqual([]);
  });
});

describe('upsertEvaluation and the period’s status', () => {
  it('stores, changes, then refuses once closed; the close is audited', async () => {
    const team = await seedEvaluationTeam(t.db);
    const period = await ensurePeriod(t.db, periodSpec);
    expect(await ensurePeriod(t.db, periodSpec)).toEqual(period);
    expect(await upsertEvaluation(t.db, rating(team.sari.id, period.id, team.penilai.id))).toBe('saved');
    const change = { resultRating: 'above', behaviourRating: 'above', predikat: 'sangat-baik' } as const;
    expect(await upsertEvaluation(t.db, rating(team.sari.id, period.id, team.penilai.id, change))).toBe(
      'saved',
    );
    expect(await t.db.select().from(performanceEvaluations)).toMatchObject([
      { predikat: 'sangat-baik', resultRating: 'above' },
    ]);

    const closed = await t.db.transaction((tx) =>
      setPeriodStatus(tx, { code: Q4.code, status: 'closed', actor: 'cli:admin', now }),
    );
    expect(closed).toEqual({ before: 'open' });
    expect(await upsertEvaluation(t.db, rating(team.sari.id, period.id, team.penilai.id))).toBe('closed');
    expect(await upsertEvaluation(t.db, rating(team.dodi.id, period.id, team.penilai.id))).toBe('closed');
    expect(await t.db.select().from(performanceEvaluations)).toMatchObject([{ predikat: 'sangat-baik' }]);
    expect(await t.db.select().from(auditLog)).toMatchObject([
      {
        actor: 'cli:admin',
        action: 'period.close',
        entity: 'performance_period',
        entityKey: '2026-Q4',
        before: { status: 'open' },
        after: { status: 'closed' },
      },
    ]);

    // Closing again changes nothing and writes no second audit row; opening lets ratings in again.
    await t.db.transaction((tx) =>
      setPeriodStatus(tx, { code: Q4.code, status: 'closed', actor: 'cli:admin', now }),
    );
    expect(await t.db.select().from(auditLog)).toHaveLength(1);
    await t.db.transaction((tx) =>
      setPeriodStatus(tx, { code: Q4.code, status: 'open', actor: 'cli:admin', now }),
    );
    expect(await upsertEvaluation(t.db, rating(team.dodi.id, period.id, team.penilai.id))).toBe('saved');
    expect(
      await t.db.transaction((tx) =>
        setPeriodStatus(tx, { code: '2031-Q1', status: 'closed', actor: 'x', now }),
      ),
    ).toBeUndefined();
  });

  describe('racing a close on two PostgreSQL connections', () => {
    let pools: Database[] = [];
    afterEach(async () => {
      await Promise.all(pools.map((p) => p.close()));
      pools = [];
    });

    /** Resolves once some backend waits on a row lock (the racing statement is blocked). */
    async function someoneWaitsOnALock(): Promise<void> {
      for (let i = 0; i < 500; i++) {
        const rows = rowsOf<{ n: number }>(
          await t.db.execute(
            "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()" as never,
          ),
        );
        if (rows[0]!.n > 0) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error('nobody waited on a lock');
    }

    it.skipIf(!onPostgres)(
      'a rating sent while the close is uncommitted waits, then is refused',
      async () => {
        const team = await seedEvaluationTeam(t.db);
        const period = await ensurePeriod(t.db, periodSpec);
        pools = await openPools(t.db, 2);
        const [admin, appraiser] = pools as [Database, Database];
        let commitClose!: () => void;
        const held = new Promise<void>((resolve) => {
          commitClose = resolve;
        });
        let closing!: () => void;
        const closed = new Promise<void>((resolve) => {
          closing = resolve;
        });
        const close = admin.db.transaction(async (tx) => {
          await setPeriodStatus(tx, { code: Q4.code, status: 'closed', actor: 'cli:admin', now });
          closing();
          await held;
        });
        await closed;
        const rate = appraiser.db.transaction((tx) =>
          upsertEvaluation(tx, rating(team.sari.id, period.id, team.penilai.id)),
        );
        await someoneWaitsOnALock();
        commitClose();
        await close;
        expect(await rate).toBe('closed');
        expect(await t.db.select().from(performanceEvaluations)).toEqual([]);
      },
    );

    it.skipIf(!onPostgres)('a close sent while a rating is uncommitted waits for it', async () => {
      const team = await seedEvaluationTeam(t.db);
      const period = await ensurePeriod(t.db, periodSpec);
      pools = await openPools(t.db, 2);
      const [admin, appraiser] = pools as [Database, Database];
      let commitRating!: () => void;
      const held = new Promise<void>((resolve) => {
        commitRating = resolve;
      });
      let rated!: (outcome: string) => void;
      const ratedInTx = new Promise<string>((resolve) => {
        rated = resolve;
      });
      const rate = appraiser.db.transaction(async (tx) => {
        rated(await upsertEvaluation(tx, rating(team.sari.id, period.id, team.penilai.id)));
        await held;
      });
      expect(await ratedInTx).toBe('saved');
      const close = admin.db.transaction((tx) =>
        setPeriodStatus(tx, { code: Q4.code, status: 'closed', actor: 'cli:admin', now }),
      );
      await someoneWaitsOnALock();
      commitRating();
      await rate;
      expect(await close).toEqual({ before: 'open' });
      // In before the close: it stays, and the period is closed after it.
      expect(await t.db.select().from(performanceEvaluations)).toHaveLength(1);
      const [p] = await t.db.select().from(performancePeriods).where(eq(performancePeriods.id, period.id));
      expect(p!.status).toBe('closed');
    });
  });
});

describe('unitPredikatCounts', () => {
  it('counts a unit and its subtree, not a sibling whose name starts the same or a wildcard', async () => {
    const team = await seedEvaluationTeam(t.db);
    const period = await ensurePeriod(t.db, periodSpec);
    const below = await seedUnitPath(t.db, 'Deputi SDM/Biro Kepegawaian/Bagian Mutasi');
    const sibling = await seedUnitPath(t.db, 'Deputi SDM/Biro Kepegawaian Daerah');
    const wildcard = await seedUnitPath(t.db, 'Deputi SDM/Biro_Kepegawaian/Bagian X');
    const inBelow = await seedEmployee(t.db, { unitId: below, supervisorId: team.penilai.id });
    const inSibling = await seedEmployee(t.db, { unitId: sibling, supervisorId: team.penilai.id });
    const inWildcard = await seedEmployee(t.db, { unitId: wildcard, supervisorId: team.penilai.id });
    await upsertEvaluation(t.db, rating(team.sari.id, period.id, team.penilai.id));
    await upsertEvaluation(t.db, rating(team.dodi.id, period.id, team.penilai.id, { predikat: 'kurang' }));
    await upsertEvaluation(t.db, rating(inBelow.id, period.id, team.penilai.id, { predikat: 'sangat-baik' }));
    for (const e of [inSibling, inWildcard, team.tono])
      await upsertEvaluation(t.db, rating(e.id, period.id, team.penilai.id, { predikat: 'sangat-kurang' }));
    expect(await unitPredikatCounts(t.db, 'Deputi SDM/Biro Kepegawaian', period.id)).toEqual({
      'sangat-baik': 1,
      baik: 1,
      'butuh-perbaikan': 0,
      kurang: 1,
      'sangat-kurang': 0,
    });
    // A path holding `_` matches itself only: BiroXKepegawaian is not under Biro_Kepegawaian.
    const lookalike = await seedUnitPath(t.db, 'Deputi SDM/BiroXKepegawaian/Bagian Y');
    const inLookalike = await seedEmployee(t.db, { unitId: lookalike, supervisorId: team.penilai.id });
    await upsertEvaluation(t.db, rating(inLookalike.id, period.id, team.penilai.id, { predikat: 'baik' }));
    expect(await unitPredikatCounts(t.db, 'Deputi SDM/Biro_Kepegawaian', period.id)).toMatchObject({
      baik: 0,
      'sangat-kurang': 1,
    });
    await t.db.update(employees).set({ active: false }).where(eq(employees.id, inLookalike.id));
    const all = await unitPredikatCounts(t.db, 'Deputi SDM', period.id);
    expect(all['sangat-kurang']).toBe(2); // Tono is inactive
    await t.db.update(employees).set({ active: true }).where(eq(employees.id, team.tono.id));
    expect((await unitPredikatCounts(t.db, 'Deputi SDM', period.id))['sangat-kurang']).toBe(3);
  });
});
