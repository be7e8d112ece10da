/**
 * Opening, inspecting and closing a 360° feedback cycle (`feedback open|status|close`). Opening
 * assigns raters (src/core/feedback/assign-raters.ts), writes the participation record in
 * batches and schedules one invitation job per rater, the reminder and the close, all in one
 * transaction: a cycle exists with all of it or not at all. Closing flushes every pending answer
 * (shuffled), drops unsent drafts and marks the cycle closed. Both are audited; answers never are.
 */
import { assignRaters } from '../../core/feedback/assign-raters.js';
import { cycleCloseAt, cycleReminderAt } from '../../core/feedback/cycle-dates.js';
import { QUESTIONNAIRE_KIND } from '../../core/feedback/questionnaire-flow.js';
import { parsePeriodCode } from '../../import/periods.js';
import type { Db, DbOrTx } from '../../storage/database.js';
import { loadUnitTree } from '../../storage/repositories/calendar.js';
import { ensurePeriod, findPeriod } from '../../storage/repositories/evaluations.js';
import { flushPending } from '../../storage/repositories/feedback-answers.js';
import {
  auditCycle,
  type CycleRow,
  cycleCounts,
  cyclesOf,
  dropOpenQuestionnaires,
  findCycle,
  insertAssignments,
  insertCycle,
  markCycleClosed,
  overlappingOpenCycle,
  type RelationCount,
  scheduleRaterJobs,
  scopePeople,
} from '../../storage/repositories/feedback-cycles.js';
import { scheduleJob } from '../../storage/repositories/jobs.js';

export const FEEDBACK_INVITE_JOB = 'feedback-invite';
export const FEEDBACK_REMIND_PLAN_JOB = 'feedback-remind-plan';
export const FEEDBACK_REMIND_JOB = 'feedback-remind';
export const FEEDBACK_CLOSE_JOB = 'feedback-close';
/** Fewest raters per category ever allowed (domain.md §7.2, §14). */
export const MIN_RATERS_FLOOR = 3;

/** The job period of everything a cycle schedules. */
export const cyclePeriodKey = (cycleId: number) => `c${cycleId}`;
export const cycleIdOfPeriodKey = (key: string): number | undefined =>
  /^c[1-9]\d*$/.test(key) ? Number(key.slice(1)) : undefined;

export interface OpenCycleInput {
  period: string;
  unitPath: string | null;
  closesOn: string | null;
  peersPerRatee: number;
  maxPeerRequests: number;
  includeSelf: boolean;
  minRaters: number;
  actor: string;
  now: Date;
}

export type OpenCycleOutcome =
  | { status: 'bad-period' | 'k-too-low' | 'bad-close-date' | 'unit-not-found' }
  | { status: 'already-open'; cycle: CycleRow }
  | { status: 'overlap'; cycle: CycleRow }
  | {
      status: 'opened';
      cycleId: number;
      closesOn: string;
      ratees: number;
      raters: number;
      assignments: number;
    };

const today = (now: Date) => now.toISOString().slice(0, 10);

export async function openFeedbackCycle(db: Db, input: OpenCycleInput): Promise<OpenCycleOutcome> {
  const spec = parsePeriodCode(input.period);
  if (!spec) return { status: 'bad-period' };
  if (!Number.isInteger(input.minRaters) || input.minRaters < MIN_RATERS_FLOOR)
    return { status: 'k-too-low' };
  const closesOn = input.closesOn ?? spec.endsOn;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(closesOn) || closesOn < today(input.now))
    return { status: 'bad-close-date' };
  let unitId: number | null = null;
  if (input.unitPath !== null) {
    const found = (await loadUnitTree(db)).idOf(input.unitPath.trim());
    if (found === undefined) return { status: 'unit-not-found' };
    unitId = found;
  }
  const people = await scopePeople(db, unitId);
  const assignments = assignRaters(people, {
    peersPerRatee: input.peersPerRatee,
    maxPeerRequests: input.maxPeerRequests,
    includeSelf: input.includeSelf,
    seed: `${spec.code}:${unitId ?? 0}`,
  });
  return db.transaction(async (tx) => {
    const period = await ensurePeriod(tx, spec);
    const same = await findCycle(tx, { periodId: period.id, unitId });
    if (same) return { status: 'already-open', cycle: same };
    const overlap = await overlappingOpenCycle(tx, period.id, input.unitPath?.trim() ?? null);
    if (overlap) return { status: 'overlap', cycle: overlap };
    const cycleId = await insertCycle(tx, {
      periodId: period.id,
      unitId,
      closesOn,
      minRaters: input.minRaters,
      peersPerRatee: input.peersPerRatee,
      maxPeerRequests: input.maxPeerRequests,
      includeSelf: input.includeSelf,
      openedBy: input.actor,
      now: input.now,
    });
    // A concurrent open of the same period and unit won the unique index.
    if (cycleId === undefined)
      return { status: 'already-open', cycle: (await findCycle(tx, { periodId: period.id, unitId }))! };
    const inserted = await insertAssignments(tx, cycleId, assignments);
    const periodKey = cyclePeriodKey(cycleId);
    const raters = await scheduleRaterJobs(tx, {
      cycleId,
      job: FEEDBACK_INVITE_JOB,
      periodKey,
      dueAt: input.now,
    });
    const remindAt = cycleReminderAt(closesOn, input.now);
    if (remindAt)
      await scheduleJob(tx, {
        job: FEEDBACK_REMIND_PLAN_JOB,
        periodKey,
        subject: String(cycleId),
        dueAt: remindAt,
      });
    await scheduleJob(tx, {
      job: FEEDBACK_CLOSE_JOB,
      periodKey,
      subject: String(cycleId),
      dueAt: cycleCloseAt(closesOn),
    });
    const ratees = people.filter((p) => p.inScope).length;
    await auditCycle(tx, {
      actor: input.actor,
      action: 'feedback-open',
      cycleId,
      now: input.now,
      after: {
        period: spec.code,
        unit: input.unitPath,
        closesOn,
        minRaters: input.minRaters,
        peersPerRatee: input.peersPerRatee,
        maxPeerRequests: input.maxPeerRequests,
        includeSelf: input.includeSelf,
        ratees,
        assignments: inserted,
      },
    });
    return { status: 'opened', cycleId, closesOn, ratees, raters, assignments: inserted };
  });
}

/** Closes one cycle inside `tx`: flush everything pending (shuffled), drop drafts, mark closed. */
export async function closeCycleIn(
  tx: DbOrTx,
  cycleId: number,
  input: { actor: string; now: Date },
): Promise<{ closed: boolean; flushed: number; drafts: number }> {
  if (!(await markCycleClosed(tx, cycleId, input.now))) return { closed: false, flushed: 0, drafts: 0 };
  const flushed = await flushPending(tx, cycleId, { force: true });
  const drafts = await dropOpenQuestionnaires(tx, QUESTIONNAIRE_KIND, cycleId);
  await auditCycle(tx, {
    actor: input.actor,
    action: 'feedback-close',
    cycleId,
    now: input.now,
    after: { status: 'closed' },
  });
  return { closed: true, flushed, drafts };
}

export type FindCycleOutcome =
  | { status: 'bad-period' | 'unit-not-found' | 'no-cycle' }
  | { status: 'found'; cycles: CycleRow[] };

/** The cycles a `status`/`close` names: a period (and unit), or every cycle when no period is given. */
export async function cyclesNamed(
  db: Db,
  period: string | null,
  unitPath: string | null,
): Promise<FindCycleOutcome> {
  if (period === null) {
    const cycles = await cyclesOf(db, null);
    return cycles.length ? { status: 'found', cycles } : { status: 'no-cycle' };
  }
  const spec = parsePeriodCode(period);
  if (!spec) return { status: 'bad-period' };
  const row = await findPeriod(db, spec.code);
  if (!row) return { status: 'no-cycle' };
  if (unitPath === null) {
    const cycles = await cyclesOf(db, row.id);
    return cycles.length ? { status: 'found', cycles } : { status: 'no-cycle' };
  }
  const unitId = (await loadUnitTree(db)).idOf(unitPath.trim());
  if (unitId === undefined) return { status: 'unit-not-found' };
  const cycle = await findCycle(db, { periodId: row.id, unitId });
  return cycle ? { status: 'found', cycles: [cycle] } : { status: 'no-cycle' };
}

export async function cycleStatus(db: DbOrTx, cycleId: number): Promise<RelationCount[]> {
  return cycleCounts(db, cycleId);
}
