/**
 * Loads a rekap for a viewer: decides who they may see (rekap-scope.ts), reads the facts in one
 * read-only REPEATABLE READ transaction of its own on the pool (one snapshot for every statement),
 * and writes an audit row when the viewer is an admin. Call it OUTSIDE an update's transaction:
 * a rekap of 10,000 people may take a while, and must not hold the update's connection meanwhile
 * (on PGlite, one connection, calling it inside a transaction would wait for itself).
 */
import type { RekapData, RekapPeriod, RekapSubject } from '../../core/rekap/rekap-data.js';
import { localDate } from '../../core/time/iso-week.js';
import type { Db, DbOrTx } from '../../storage/database.js';
import { writeAdminAudit } from '../../storage/repositories/calendar.js';
import { loadRekapData } from '../../storage/repositories/rekap.js';
import {
  lineScope,
  type PersonCandidate,
  personScope,
  type RekapScope,
  type ScopeAnswer,
  scopeKey,
  unitScope,
} from '../../storage/repositories/rekap-scope.js';
import { readOnlyTransaction } from './load-transaction.js';

export interface RekapViewer {
  id: number;
  timeZone: string;
}

export interface RekapRequest {
  subject: RekapSubject;
  period: RekapPeriod;
  /** Who asks, as the audit log names actors (`telegram:<user id>`, `cli:<os user>`). */
  actor?: string;
}

export type RekapAnswer =
  | { ok: true; data: RekapData; scope: RekapScope }
  | { ok: false; reason: 'not-allowed' | 'not-found' | 'empty' }
  | { ok: false; reason: 'ambiguous'; candidates: PersonCandidate[] };

/** `2026-W48`, `2026-11`, `2026-Q4`: the period as the audit key names it. */
export function periodCode(period: RekapPeriod): string {
  switch (period.kind) {
    case 'week':
      return period.isoWeek;
    case 'month':
      return `${period.year}-${String(period.month).padStart(2, '0')}`;
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
  }
}

function resolveScope(db: DbOrTx, viewerId: number, subject: RekapSubject): Promise<ScopeAnswer> {
  switch (subject.kind) {
    case 'line':
      return lineScope(db, viewerId);
    case 'unit':
      return unitScope(db, viewerId, subject.path);
    case 'person':
      return personScope(db, viewerId, subject.query);
  }
}

export async function loadRekap(
  db: Db,
  viewer: RekapViewer,
  request: RekapRequest,
  now: Date,
): Promise<RekapAnswer> {
  const today = localDate(now, viewer.timeZone);
  const loaded = await readOnlyTransaction(db, async (tx) => {
    const answer = await resolveScope(tx, viewer.id, request.subject);
    if (!answer.ok) return answer;
    const data = await loadRekapData(tx, answer.scope, request.period, today);
    return { ...answer, data };
  });
  if (!loaded.ok) return loaded;
  if (loaded.admin) {
    // Who looked at what, never a row of it. Written after the read (a read-only transaction
    // cannot write) and before anything is shown: a failed audit shows nothing.
    await writeAdminAudit(db, {
      actor: request.actor ?? `employee:${viewer.id}`,
      action: 'rekap',
      entity: scopeKey(loaded.scope),
      key: periodCode(request.period),
      before: null,
      after: null,
    });
  }
  if (loaded.data.people.length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, data: loaded.data, scope: loaded.scope };
}
