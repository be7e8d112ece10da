/** A key result as the check-in sees it: a snapshot taken when the dialog starts. */
export interface KrSnapshot {
  id: number;
  code: string;
  title: string;
  objective: string;
  unitLabel: string;
  baseline: number;
  target: number;
  direction: 'up' | 'down';
  /** Latest realisation from an earlier week, if any. */
  lastValue?: number;
  lastConfidence?: number;
}

/** The value a KR stands at before this week's answer: last week's, else its baseline. */
export function currentValue(kr: KrSnapshot): number {
  return kr.lastValue ?? kr.baseline;
}

/**
 * Capaian: share of the way from baseline to target, in percent (may pass 100 or go below 0).
 * Works for both directions because target − baseline carries the sign.
 */
export function progressPercent(kr: Pick<KrSnapshot, 'baseline' | 'target'>, value: number): number {
  const span = kr.target - kr.baseline;
  if (span === 0) return value === kr.target ? 100 : 0;
  return Math.round(((value - kr.baseline) / span) * 1000) / 10;
}

export function isPercentUnit(unitLabel: string): boolean {
  return /^(%|persen|percent)$/i.test(unitLabel.trim());
}
