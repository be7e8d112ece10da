/**
 * A unit's predikat distribution against the pattern SE MenPANRB 3/2023 sets for the
 * organisation's result (domain.md §4.3). The pattern guides the Pejabat Penilai; it never
 * forbids a rating, so this returns warnings to show, not errors.
 */
import { PREDIKATS, type Predikat } from './predikat.js';

/** Capaian kinerja organisasi (periodic: set by the next-higher leader). */
export type OrganisationResult = 'istimewa' | 'baik' | 'butuh-perbaikan' | 'kurang' | 'sangat-kurang';
export const ORGANISATION_RESULTS: readonly OrganisationResult[] = [
  'istimewa',
  'baik',
  'butuh-perbaikan',
  'kurang',
  'sangat-kurang',
];

/**
 * One line of the guideline over a group of predikat:
 * - `most`: "sebagian besar (maksimal N %)": more than half, and at most `max` percent;
 * - `min` / `max`: a share in percent, inclusive;
 * - `some`: at least one person.
 */
type Rule =
  | { type: 'most'; group: Predikat[]; max: number }
  | { type: 'min'; group: Predikat[]; percent: number }
  | { type: 'max'; group: Predikat[]; percent: number }
  | { type: 'some'; group: Predikat[] };

const GUIDELINE: Readonly<Record<OrganisationResult, readonly Rule[]>> = {
  istimewa: [{ type: 'most', group: ['sangat-baik'], max: 70 }],
  baik: [
    { type: 'most', group: ['baik'], max: 70 },
    { type: 'some', group: ['butuh-perbaikan', 'kurang'] },
  ],
  'butuh-perbaikan': [
    { type: 'min', group: ['butuh-perbaikan'], percent: 60 },
    { type: 'max', group: ['sangat-baik'], percent: 10 },
  ],
  kurang: [
    { type: 'min', group: ['kurang'], percent: 60 },
    { type: 'min', group: ['butuh-perbaikan'], percent: 10 },
    { type: 'max', group: ['sangat-baik'], percent: 10 },
  ],
  'sangat-kurang': [
    { type: 'min', group: ['sangat-kurang'], percent: 60 },
    { type: 'min', group: ['kurang', 'butuh-perbaikan'], percent: 10 },
    { type: 'max', group: ['sangat-baik'], percent: 0 },
  ],
};

/**
 * What is off: `not-most` (the group is not more than half), `above-max`, `below-min`,
 * `missing` (the guideline asks for some and there is none). `percent` is the group's actual
 * share (one decimal), `limit` the guideline's figure.
 */
export interface DistributionWarning {
  type: 'not-most' | 'above-max' | 'below-min' | 'missing';
  group: Predikat[];
  count: number;
  percent: number;
  limit: number;
}

export interface DistributionCheck {
  /** The guideline row checked. */
  row: OrganisationResult;
  /** True when the organisation's result was unknown and the "Baik" row was assumed. */
  assumed: boolean;
  /** People with a predikat: the base of every percentage. */
  total: number;
  counts: Record<Predikat, number>;
  warnings: DistributionWarning[];
}

export function emptyCounts(): Record<Predikat, number> {
  return Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;
}

const share = (count: number, total: number) => Math.round((count / total) * 1000) / 10;

function check(rule: Rule, counts: Record<Predikat, number>, total: number): DistributionWarning | undefined {
  const count = rule.group.reduce((sum, p) => sum + counts[p], 0);
  const percent = share(count, total);
  const at = (type: DistributionWarning['type'], limit: number) => ({
    type,
    group: rule.group,
    count,
    percent,
    limit,
  });
  switch (rule.type) {
    case 'most':
      if (count * 2 <= total) return at('not-most', 50);
      // Compared on counts, not the rounded share: 7 of 10 is exactly 70 %.
      return count * 100 > rule.max * total ? at('above-max', rule.max) : undefined;
    case 'min':
      return count * 100 < rule.percent * total ? at('below-min', rule.percent) : undefined;
    case 'max':
      return count * 100 > rule.percent * total ? at('above-max', rule.percent) : undefined;
    case 'some':
      return count === 0 ? at('missing', 1) : undefined;
  }
}

/**
 * Checks `counts` (people per predikat; people not yet rated are not in it) against the row of
 * `organisation`. Unknown (null): the "Baik" row, the common case, with `assumed` set so the
 * message can say so. No one rated: nothing to check, no warning.
 */
export function checkDistribution(
  counts: Readonly<Partial<Record<Predikat, number>>>,
  organisation: OrganisationResult | null,
): DistributionCheck {
  const row = organisation ?? 'baik';
  const full = { ...emptyCounts(), ...counts };
  const total = PREDIKATS.reduce((sum, p) => sum + full[p], 0);
  const warnings =
    total === 0
      ? []
      : GUIDELINE[row].flatMap((rule) => {
          const warning = check(rule, full, total);
          return warning ? [warning] : [];
        });
  return { row, assumed: organisation === null, total, counts: full, warnings };
}
