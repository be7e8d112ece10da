/**
 * The supervisor's weekly digest on the last working day: the rekap's weekly view of their line
 * (who reported, Perlu perhatian, kendala, dukungan, open dialog requests with their buttons),
 * who cannot be reached by dika ("belum terhubung", "tidak dapat dihubungi"), and for a unit head
 * their subtree summarised per sub-unit. Read in the job's transaction: a digest job holds one of
 * the runner's few connections, never an update's.
 */
import type { Prompt } from '../../core/conversation/types.js';
import type { RekapData } from '../../core/rekap/rekap-data.js';
import { unitSummaryPrompts, weeklyViewPrompts } from '../../core/rekap/rekap-prompts.js';
import { weekPeriod } from '../../core/rekap/resolve-rekap-period.js';
import { unitSummary } from '../../core/rekap/unit-summary.js';
import { weeklyView } from '../../core/rekap/weekly-view.js';
import type { DbOrTx } from '../../storage/database.js';
import { loadRekapData } from '../../storage/repositories/rekap.js';
import { unitsHeadedBy, unitsUnder } from '../../storage/repositories/rekap-units.js';
import type { DirectReport } from '../../storage/repositories/schedule-jobs.js';

/** Names listed per line before "and N others": a digest stays readable. */
export const DIGEST_NAMES = 30;

/** Who dika cannot reach among the direct reports: the supervisor may tell them in person. */
export function reachPrompts(reports: readonly DirectReport[]): Prompt[] {
  const prompts: Prompt[] = [];
  const list = (key: string, people: readonly DirectReport[]) => {
    if (people.length === 0) return;
    const names = people
      .slice(0, DIGEST_NAMES)
      .map((p) => p.name)
      .join(', ');
    prompts.push({ key, args: { names, more: Math.max(0, people.length - DIGEST_NAMES) }, expects: 'none' });
  };
  list(
    'schedule-digest-unlinked',
    reports.filter((r) => r.unlinked),
  );
  list(
    'schedule-digest-unreachable',
    reports.filter((r) => r.unreachable),
  );
  return prompts;
}

export interface SupervisorDigest {
  prompts: Prompt[];
  /** The line's facts, for the chart. */
  line: RekapData;
}

export async function supervisorDigest(
  tx: DbOrTx,
  input: { supervisorId: number; reports: readonly DirectReport[]; localDate: string },
): Promise<SupervisorDigest> {
  const period = weekPeriod(input.localDate);
  const line = await loadRekapData(
    tx,
    { kind: 'line', viewerId: input.supervisorId },
    period,
    input.localDate,
  );
  const prompts = [...weeklyViewPrompts(weeklyView(line)), ...reachPrompts(input.reports)];
  for (const path of await unitsHeadedBy(tx, input.supervisorId)) {
    const subtree = await loadRekapData(tx, { kind: 'units', paths: [path] }, period, input.localDate);
    if (subtree.people.length === 0) continue;
    prompts.push(...unitSummaryPrompts(unitSummary(subtree, path, await unitsUnder(tx, path))));
  }
  return { prompts, line };
}
