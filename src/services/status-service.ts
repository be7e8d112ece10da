/** `/status` (my key results) and `/riwayat` (my last check-ins), for every channel. */
import { progressPercent } from '../core/checkin/key-result.js';
import type { Prompt, PromptLine } from '../core/conversation/types.js';
import { localDate } from '../core/time/iso-week.js';
import type { DbOrTx } from '../storage/database.js';
import { recentCheckins } from '../storage/repositories/checkins.js';
import { activeKeyResults } from '../storage/repositories/key-results.js';
import type { Person } from './people/person.js';

/** Sorts after every real ISO week, so this week's submitted values count as the latest. */
const AFTER_ALL_WEEKS = '9999-W99';

export async function statusPrompt(db: DbOrTx, person: Person, now: Date): Promise<Prompt> {
  const krs = await activeKeyResults(db, person.id, localDate(now, person.timeZone), AFTER_ALL_WEEKS);
  if (krs.length === 0) return { key: 'checkin-no-krs', expects: 'none' };
  const lines = krs.map(
    (kr, i): PromptLine => ({
      key: 'status-kr',
      args: {
        index: i + 1,
        title: kr.title,
        target: { amount: kr.target, unit: kr.unitLabel },
        value: kr.lastValue === undefined ? 'none' : { amount: kr.lastValue, unit: kr.unitLabel },
        progress: kr.lastValue === undefined ? 'none' : progressPercent(kr, kr.lastValue),
        confidence: kr.lastConfidence ?? 'none',
      },
    }),
  );
  return { key: 'status-header', args: { count: krs.length }, lines, expects: 'none' };
}

export async function historyPrompt(db: DbOrTx, person: Person, limit = 6): Promise<Prompt> {
  const rows = await recentCheckins(db, person.id, limit);
  if (rows.length === 0) return { key: 'history-empty', expects: 'none' };
  const lines = rows.map(
    (r): PromptLine => ({
      key: 'history-line',
      args: {
        week: Number(r.isoWeek.slice(-2)),
        start: { date: r.weekStart },
        updated: r.updated,
        total: r.total,
        blockers: r.blockers,
        dialog: r.wantsDialog ? 'yes' : 'no',
        revised: r.revision > 1 ? 'yes' : 'no',
      },
    }),
  );
  return { key: 'history-header', args: { count: rows.length }, lines, expects: 'none' };
}
