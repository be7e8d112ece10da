/**
 * "Perlu perhatian": who a supervisor should look at first, and why. Four rules, judged on the
 * focus week (the week of the reference date) and the reference date itself:
 * - `no-update`: no report in the last 2 judged weeks (leave, libur and the running week are
 *   not judged, so they neither count against anyone nor break a run of silence);
 * - `behind-pace`: capaian behind the quarter's pace (pace.ts states the rule);
 * - `low-confidence`: confidence ≤ 4 on any indicator reported in the focus week;
 * - `no-evidence`: a value reported in the focus week without bukti dukung.
 * Ordered by severity: silence first (nothing is known), then a shortfall, then doubt, then
 * missing evidence; within a rank the person with more reasons first, then by name.
 */
import { figuresAt } from './indicator-score.js';
import { paceOf, type WorkdayCounter } from './pace.js';
import type { PersonFacts, RekapIndex } from './rekap-index.js';
import { byName } from './rekap-index.js';

export const LOW_CONFIDENCE = 4;
export const SILENT_WEEKS = 2;

interface IndicatorRef {
  keyResultId: number;
  code: string;
  title: string;
}

export type AttentionReason =
  | { kind: 'no-update'; weeks: number }
  | (IndicatorRef & { kind: 'behind-pace'; realisasi: number; expected: number; paceCapaian: number })
  | (IndicatorRef & { kind: 'low-confidence'; confidence: number })
  | (IndicatorRef & { kind: 'no-evidence' });

export interface AttentionEntry {
  employeeId: number;
  name: string;
  reasons: AttentionReason[];
}

const SEVERITY: Record<AttentionReason['kind'], number> = {
  'no-update': 0,
  'behind-pace': 1,
  'low-confidence': 2,
  'no-evidence': 3,
};

/** Judged weeks without a report, counted back from the focus week until one was reported. */
export function silentWeeks(facts: PersonFacts, focusWeek: string): number {
  const reported = new Set(facts.indicators.flatMap((i) => i.reports.map((r) => r.isoWeek)));
  const weeks = [...facts.weeks.entries()]
    .filter(([week]) => week <= focusWeek)
    .sort(([a], [b]) => (a < b ? 1 : -1));
  let silent = 0;
  for (const [week, status] of weeks) {
    if (status === 'submitted' || reported.has(week)) break;
    if (status === 'missed') silent++;
  }
  return silent;
}

export function reasonsFor(
  facts: PersonFacts,
  index: RekapIndex,
  workdays: WorkdayCounter,
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const silent = silentWeeks(facts, index.focusWeek);
  if (silent >= SILENT_WEEKS) reasons.push({ kind: 'no-update', weeks: silent });
  const perIndicator: AttentionReason[] = [];
  for (const indicator of facts.indicators) {
    const ref = { keyResultId: indicator.keyResultId, code: indicator.code, title: indicator.title };
    const pace = paceOf(indicator, figuresAt(indicator, index.reference), index.reference, workdays);
    if (pace?.behind)
      perIndicator.push({
        kind: 'behind-pace',
        ...ref,
        realisasi: pace.realisasi,
        expected: pace.expected,
        paceCapaian: pace.paceCapaian,
      });
    const thisWeek = indicator.reports.filter((r) => r.isoWeek === index.focusWeek);
    const latest = thisWeek[thisWeek.length - 1];
    if (!latest) continue;
    if (latest.confidence !== null && latest.confidence <= LOW_CONFIDENCE)
      perIndicator.push({ kind: 'low-confidence', ...ref, confidence: latest.confidence });
    if (latest.evidenceCount === 0) perIndicator.push({ kind: 'no-evidence', ...ref });
  }
  perIndicator.sort(
    (a, b) =>
      SEVERITY[a.kind] - SEVERITY[b.kind] ||
      ('code' in a && 'code' in b ? a.code.localeCompare(b.code) || a.keyResultId - b.keyResultId : 0),
  );
  return [...reasons, ...perIndicator];
}

const rankOf = (entry: AttentionEntry) => Math.min(...entry.reasons.map((r) => SEVERITY[r.kind]));

export function compareAttention(a: AttentionEntry, b: AttentionEntry): number {
  return rankOf(a) - rankOf(b) || b.reasons.length - a.reasons.length || byName(a, b);
}

export function attentionList(
  index: RekapIndex,
  people: readonly PersonFacts[],
  workdays: WorkdayCounter,
): AttentionEntry[] {
  const entries: AttentionEntry[] = [];
  for (const facts of people) {
    const reasons = reasonsFor(facts, index, workdays);
    if (reasons.length > 0)
      entries.push({ employeeId: facts.person.employeeId, name: facts.person.name, reasons });
  }
  return entries.sort(compareAttention);
}
