import { questionById } from '../conversation/questionnaire.js';
import type { CheckinState, Cursor } from './state.js';
import { CHECKIN_TAIL, type TailValues, tailAnswersOf } from './tail-questions.js';

/** Cursors saved before the tail became a list of questions; each was named like its question id. */
const LEGACY_TAIL_CURSORS = new Set(['blockers', 'next-actions', 'dialog']);

type SavedCursor = Cursor | { at: string; id?: string };
type SavedState = Omit<CheckinState, 'tail' | 'cursor'> &
  Partial<TailValues> & { tail?: Record<string, unknown>; cursor: SavedCursor };

/**
 * Dialog state lives in PostgreSQL for up to a week, so a deploy meets states written by the
 * code before it: tail answers in their own fields (`blockers`, `nextActions`, `wantsDialog`)
 * and cursors like `{ at: 'blockers' }`. This reads both, and sends a cursor on a tail question
 * that no longer exists to the summary. Cheap and idempotent: a current state comes back as is.
 */
export function upgradeCheckinState(state: CheckinState): CheckinState {
  const saved = state as SavedState;
  const cursor = upgradeCursor(saved.cursor);
  if (saved.tail && cursor === saved.cursor) return state;
  const { blockers, nextActions, wantsDialog, tail, ...rest } = saved;
  return { ...rest, tail: tail ?? tailAnswersOf({ blockers, nextActions, wantsDialog }), cursor };
}

function upgradeCursor(cursor: SavedCursor): Cursor {
  const id = LEGACY_TAIL_CURSORS.has(cursor.at) ? cursor.at : cursor.at === 'tail' ? cursor.id : undefined;
  if (id === undefined) return cursor as Cursor;
  if (!questionById(CHECKIN_TAIL, id)) return { at: 'summary' };
  return cursor.at === 'tail' ? (cursor as Cursor) : { at: 'tail', id };
}
