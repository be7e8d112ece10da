/** `/status` (my key results) and `/riwayat` (my last check-ins), for every channel. */
import { type FigureArgs, figureArgs } from '../core/checkin/figures.js';
import type { KrSnapshot } from '../core/checkin/key-result.js';
import type { Prompt, PromptLine } from '../core/conversation/types.js';
import { isoWeekOf, localDate } from '../core/time/iso-week.js';
import { weekLabelArgs } from '../core/time/week-label.js';
import type { DbOrTx } from '../storage/database.js';
import { findSubmittedCheckin, recentCheckins } from '../storage/repositories/checkins.js';
import { activeKeyResults } from '../storage/repositories/key-results.js';
import type { Person } from './people/person.js';

/** Sorts after every real ISO week, so this week's submitted values count as the latest. */
const AFTER_ALL_WEEKS = '9999-W99';

/**
 * Capaian of the latest report. An `average` indicator's period values already end with that
 * report, so it is taken off the list before `figureArgs` adds it again.
 */
function latestFigures(kr: KrSnapshot, last: number, today: string): FigureArgs {
  const earlier = kr.periodValues?.slice(0, -1);
  return figureArgs(earlier ? { ...kr, periodValues: earlier } : kr, last, today);
}

export async function statusPrompt(db: DbOrTx, person: Person, now: Date): Promise<Prompt> {
  const today = localDate(now, person.timeZone);
  const krs = await activeKeyResults(db, person.id, today, AFTER_ALL_WEEKS);
  if (krs.length === 0) return { key: 'checkin-no-krs', expects: 'none' };
  const lines = krs.map(
    (kr, i): PromptLine => ({
      key: kr.lastValue === undefined ? 'status-kr-unreported' : 'status-kr',
      args: {
        index: i + 1,
        title: kr.title,
        target: { amount: kr.target, unit: kr.unitLabel },
        ...(kr.lastValue === undefined ? {} : latestFigures(kr, kr.lastValue, today)),
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
        ...weekLabelArgs({ start: r.weekStart }),
        updated: r.updated,
        total: r.total,
        blockers: r.blockers,
        support: r.supportNeeded ?? 'none',
        dialog: r.wantsDialog ? 'yes' : 'no',
        revised: r.revision > 1 ? 'yes' : 'no',
      },
    }),
  );
  return { key: 'history-header', args: { count: rows.length }, lines, expects: 'none' };
}

/** Whether this week's check-in is in, for a home screen: the week in the person's zone. */
export async function weekSubmitted(tx: DbOrTx, person: Person, now: Date): Promise<boolean> {
  const week = isoWeekOf(now, person.timeZone);
  return (await findSubmittedCheckin(tx, person.id, week.key)) !== undefined;
}
