/**
 * Which target a report is measured against, and what its realisasi is, for a yearly indicator
 * with optional quarterly targets (target_tw1 … target_tw4) and an accumulation rule (akumulasi).
 *
 * A quarterly target is the level to reach by the end of that quarter ("s.d. TW III" for a
 * cumulative count), so the same rule reads all three accumulations.
 */

export type Accumulation = 'cumulative' | 'latest' | 'average';
export type Quarter = 1 | 2 | 3 | 4;

export interface PeriodTargets {
  /** The period's (year's) target. */
  target: number;
  /** Index 0 = TW I; null where the import gave none. */
  quarterTargets: ReadonlyArray<number | null>;
}

/** Quarter of a calendar date given as `YYYY-MM-DD` (the person's local date). */
export function quarterOf(localDate: string): Quarter {
  const month = Number(localDate.slice(5, 7));
  return (Math.floor((month - 1) / 3) + 1) as Quarter;
}

/** The quarter's target when the indicator has one, else null (then the year's target applies). */
export function quarterTarget(targets: PeriodTargets, quarter: Quarter): number | null {
  return targets.quarterTargets[quarter - 1] ?? null;
}

/**
 * The realisasi to score, from the values reported this period in time order (the newest last).
 * `cumulative` and `latest` both take the newest report: a cumulative indicator is asked for its
 * total "s.d. hari ini", not for the week's increment. `average` takes the mean.
 */
export function realisasiOf(accumulation: Accumulation, reported: readonly number[]): number | undefined {
  if (reported.length === 0) return undefined;
  if (accumulation !== 'average') return reported[reported.length - 1];
  return reported.reduce((sum, v) => sum + v, 0) / reported.length;
}

/**
 * The default accumulation for a unit when the import does not say: counts add up over the year
 * (dokumen, kegiatan); levels do not: percentages, indices and scores, and durations ("rata-rata
 * waktu penyelesaian 10 hari" is a level reached, not days that add up).
 */
const LEVEL_UNITS =
  /^(%|persen|percent|indeks|index|nilai|skor|score|predikat|opini|level|tingkat|hari|jam|menit|detik|minggu|pekan|bulan|days?|hours?|minutes?|seconds?|weeks?|months?)(?=\s|$)/i;

export function defaultAccumulation(unitLabel: string): Accumulation {
  return LEVEL_UNITS.test(unitLabel.trim()) ? 'latest' : 'cumulative';
}
