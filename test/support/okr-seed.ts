import { defaultAccumulation } from '../../src/core/capaian/period-target.js';
import type { Db } from '../../src/storage/database.js';
import { keyResults, objectives, performancePeriods } from '../../src/storage/schema.js';

export interface SeedKr {
  code: string;
  title: string;
  unitLabel: string;
  baseline: number;
  target: number;
  direction?: 'up' | 'down';
  targetQ1?: number;
  targetQ2?: number;
  targetQ3?: number;
  targetQ4?: number;
  accumulation?: 'cumulative' | 'latest' | 'average';
}

/** A 2026 period with one objective holding the given key results, for `ownerId`. */
export async function seedKeyResults(db: Db, ownerId: number, krs: SeedKr[], period = '2026') {
  const [p] = await db
    .insert(performancePeriods)
    .values({ code: period, year: 2026, startsOn: '2026-01-01', endsOn: '2026-12-31' })
    .onConflictDoUpdate({ target: performancePeriods.code, set: { status: 'open' } })
    .returning();
  const [objective] = await db
    .insert(objectives)
    .values({ ownerId, periodId: p!.id, title: 'Meningkatnya kualitas layanan kepegawaian' })
    .returning();
  return db
    .insert(keyResults)
    .values(
      krs.map((kr) => ({
        ...kr,
        direction: kr.direction ?? 'up',
        // As the import does when the file gives no akumulasi: counts add up, levels do not.
        accumulation: kr.accumulation ?? defaultAccumulation(kr.unitLabel),
        objectiveId: objective!.id,
        ownerId,
        periodId: p!.id,
      })),
    )
    .returning();
}

export const THREE_KRS: SeedKr[] = [
  {
    code: 'SDM-1',
    title: 'Rancangan peraturan kepegawaian selesai',
    unitLabel: 'dokumen',
    baseline: 0,
    target: 4,
  },
  { code: 'SDM-2', title: 'Pegawai mengikuti pelatihan', unitLabel: '%', baseline: 20, target: 80 },
  {
    code: 'SDM-3',
    title: 'Waktu penyelesaian layanan',
    unitLabel: 'hari',
    baseline: 14,
    target: 5,
    direction: 'down',
  },
];
