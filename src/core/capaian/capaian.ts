/**
 * The two figures a report shows, and the only place that computes them (domain.md §11).
 *
 * - **Capaian** is what every ASN reads as "% dari target": PermenPANRB 8/2021 Bab VI and SAKIP
 *   practice. `up` (naik, polaritas positif): realisasi ÷ target; `down` (turun, polaritas
 *   negatif): 1 + (1 − realisasi ÷ target), floored at 0.
 * - **Progress from the baseline** ("kemajuan dari nilai awal") is the OKR figure:
 *   (realisasi − awal) ÷ (target − awal). Never labelled capaian.
 *
 * Both are percentages rounded to one decimal (84,2%), or `null` where no honest number exists.
 */

export type Direction = 'up' | 'down';

/** Rounds to one decimal; `-0` becomes 0 so that it never prints as "-0%". */
function percent(ratio: number): number {
  const rounded = Math.round(ratio * 1000) / 10;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Capaian in percent; may pass 100 (overshoot is shown as it is, not capped).
 *
 * Edge cases the formula leaves open, decided here:
 * - target 0, `up`: met (100%) when realisasi ≥ 0, else 0%;
 * - target 0, `down` ("0 temuan"): 100% when realisasi ≤ 0, else 0%;
 * - a negative target: no capaian (null): the ratio would invert its meaning;
 * - a negative ratio (realisasi below zero on an `up` target) is floored at 0 like `down`.
 */
export function capaian(direction: Direction, target: number, realisasi: number): number | null {
  if (target < 0) return null;
  if (target === 0) {
    const met = direction === 'up' ? realisasi >= 0 : realisasi <= 0;
    return met ? 100 : 0;
  }
  const ratio = realisasi / target;
  const score = direction === 'up' ? ratio : 2 - ratio;
  return percent(Math.max(0, score));
}

/**
 * Progress from the baseline in percent; below 0 when the value fell behind the baseline, above 100
 * past the target. A level to hold (baseline = target) is 100% while held, else 0%.
 */
export function progressFromBaseline(
  direction: Direction,
  baseline: number,
  target: number,
  realisasi: number,
): number {
  const span = target - baseline;
  if (span === 0) {
    const held = direction === 'up' ? realisasi >= target : realisasi <= target;
    return held ? 100 : 0;
  }
  return percent((realisasi - baseline) / span);
}
