import { defaultAccumulation } from '../capaian/period-target.js';
import { questionById } from '../conversation/questionnaire.js';
import type { KrSnapshot } from './key-result.js';
import type { CheckinState, Cursor } from './state.js';
import { CHECKIN_TAIL, type TailValues, tailAnswersOf } from './tail-questions.js';

/** Cursors saved before the tail became a list of questions; each was named like its question id. */
const LEGACY_TAIL_CURSORS = new Set(['blockers', 'next-actions', 'dialog']);

type SavedCursor = Cursor | { at: string; id?: string };
/** A snapshot saved before indicators had quarterly targets, accumulation, kind and period end. */
type SavedKr = Omit<KrSnapshot, 'quarterTargets' | 'accumulation' | 'resultKind' | 'aspect' | 'periodEnd'> &
  Partial<KrSnapshot>;
type SavedState = Omit<CheckinState, 'tail' | 'cursor' | 'krs'> &
  Partial<TailValues> & { tail?: Record<string, unknown>; cursor: SavedCursor; krs: SavedKr[] };

/**
 * Dialog state lives in PostgreSQL for up to a week, so a deploy meets states written by the
 * code before it: tail answers in their own fields (`blockers`, `nextActions`, `wantsDialog`),
 * cursors like `{ at: 'blockers' }`, and key-result snapshots without the SKP fields. This reads
 * all of them, and sends a cursor on a tail question that no longer exists to the summary. A
 * tail question added since (dukungan) is simply unanswered: the form gives its `unanswered`.
 * Cheap and idempotent: a current state comes back as is.
 */
export function upgradeCheckinState(state: CheckinState): CheckinState {
  const saved = state as SavedState;
  const cursor = upgradeCursor(saved.cursor);
  const krsCurrent = saved.krs.every(isCurrentKr);
  if (saved.tail && cursor === saved.cursor && krsCurrent) return state;
  const { blockers, nextActions, wantsDialog, tail, krs, ...rest } = saved;
  const periodEnd = `${saved.week.start.slice(0, 4)}-12-31`;
  return {
    ...rest,
    krs: krsCurrent ? (krs as KrSnapshot[]) : krs.map((kr) => upgradeKr(kr, periodEnd)),
    tail: tail ?? tailAnswersOf({ blockers, nextActions, wantsDialog }),
    cursor,
  };
}

function isCurrentKr(kr: SavedKr): kr is KrSnapshot {
  return (
    kr.quarterTargets !== undefined &&
    kr.accumulation !== undefined &&
    kr.resultKind !== undefined &&
    kr.aspect !== undefined &&
    kr.periodEnd !== undefined
  );
}

/** What an older snapshot meant: a yearly indicator (periods were calendar years) without quarters. */
function upgradeKr(kr: SavedKr, periodEnd: string): KrSnapshot {
  return {
    ...kr,
    quarterTargets: kr.quarterTargets ?? [null, null, null, null],
    accumulation: kr.accumulation ?? defaultAccumulation(kr.unitLabel),
    resultKind: kr.resultKind ?? 'main',
    aspect: kr.aspect ?? null,
    periodEnd: kr.periodEnd ?? periodEnd,
  };
}

function upgradeCursor(cursor: SavedCursor): Cursor {
  const id = LEGACY_TAIL_CURSORS.has(cursor.at) ? cursor.at : cursor.at === 'tail' ? cursor.id : undefined;
  if (id === undefined) return cursor as Cursor;
  if (!questionById(CHECKIN_TAIL, id)) return { at: 'summary' };
  return cursor.at === 'tail' ? (cursor as Cursor) : { at: 'tail', id };
}
