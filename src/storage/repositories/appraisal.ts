/**
 * What the appraiser's side reads and writes: who appraises whom (employees.appraiserId, else
 * the atasan), the reports sent to them, and when they were told. Every read takes many
 * check-ins at once in a fixed number of statements, chunked below the bind-parameter limit.
 */
import { and, asc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { CheckinReport, ReportIndicator } from '../../core/appraisal/checkin-report.js';
import type { Accumulation } from '../../core/capaian/period-target.js';
import type { DbOrTx } from '../database.js';
import {
  blockers,
  checkins,
  dialogRequests,
  employees,
  evidence,
  keyResults,
  krUpdates,
  nextActions,
  performancePeriods,
} from '../schema.js';

/** Ids per statement: far below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 5_000;

async function chunked<T>(ids: readonly number[], read: (part: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

/** The effective appraiser: the penilai when the import named one, else the atasan. */
export const appraiserOfEmployee = sql<
  number | null
>`coalesce(${employees.appraiserId}, ${employees.supervisorId})`;

export type NotificationMode = 'each' | 'daily';

/** An employee's appraiser and how that appraiser wants to hear of check-ins. */
export async function appraiserOf(
  db: DbOrTx,
  employeeId: number,
): Promise<{ appraiserId: number; mode: NotificationMode; timeZone: string } | undefined> {
  const appraiser = sql`(select ${appraiserOfEmployee} from ${employees} where ${employees.id} = ${employeeId})`;
  const [row] = await db
    .select({ id: employees.id, mode: employees.checkinNotifications, timeZone: employees.timeZone })
    .from(employees)
    .where(and(sql`${employees.id} = ${appraiser}`, eq(employees.active, true)));
  if (!row) return undefined;
  return { appraiserId: row.id, mode: row.mode === 'daily' ? 'daily' : 'each', timeZone: row.timeZone };
}

export async function findCheckinIdByWeek(
  db: DbOrTx,
  employeeId: number,
  isoWeek: string,
): Promise<number | undefined> {
  const [row] = await db
    .select({ id: checkins.id })
    .from(checkins)
    .where(and(eq(checkins.employeeId, employeeId), eq(checkins.isoWeek, isoWeek)));
  return row?.id;
}

/** A check-in as the appraiser's buttons need it: whose it is and who appraises them now. */
export async function checkinAccess(db: DbOrTx, checkinId: number) {
  const [row] = await db
    .select({
      checkinId: checkins.id,
      employeeId: checkins.employeeId,
      appraiserId: appraiserOfEmployee,
      employeeName: employees.name,
      employeeTimeZone: employees.timeZone,
      weekStart: checkins.weekStart,
      openDialog: sql<boolean>`exists (select 1 from ${dialogRequests} where ${dialogRequests.checkinId} = ${checkins.id} and ${dialogRequests.status} = 'open')`,
    })
    .from(checkins)
    .innerJoin(employees, eq(employees.id, checkins.employeeId))
    .where(and(eq(checkins.id, checkinId), eq(employees.active, true)));
  return row;
}

/** The indicator's title when the check-in reported on it (not skipped). */
export async function reportedIndicator(
  db: DbOrTx,
  checkinId: number,
  keyResultId: number,
): Promise<string | undefined> {
  const [row] = await db
    .select({ title: keyResults.title })
    .from(krUpdates)
    .innerJoin(keyResults, eq(keyResults.id, krUpdates.keyResultId))
    .where(
      and(
        eq(krUpdates.checkinId, checkinId),
        eq(krUpdates.keyResultId, keyResultId),
        eq(krUpdates.skipped, false),
      ),
    );
  return row?.title;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const ACCUMULATIONS: readonly string[] = ['cumulative', 'latest', 'average'] satisfies Accumulation[];
const isAccumulation = (value: string): value is Accumulation => ACCUMULATIONS.includes(value);

/**
 * For `average` indicators: each update's earlier reports in the same period (weeks before its
 * check-in's), oldest first, so the report scores the mean as the check-in did. One statement
 * per 5,000 updates, none when no indicator averages.
 */
async function earlierAverageValues(
  db: DbOrTx,
  updateIds: readonly number[],
): Promise<Map<number, number[]>> {
  const rows = await chunked(updateIds, (part) =>
    db
      .select({ updateId: krUpdates.id, value: sql<string>`prev.value` })
      .from(krUpdates)
      .innerJoin(checkins, eq(checkins.id, krUpdates.checkinId))
      .innerJoin(keyResults, eq(keyResults.id, krUpdates.keyResultId))
      .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
      .innerJoin(
        sql`kr_updates prev join checkins prev_checkin on prev_checkin.id = prev.checkin_id`,
        sql`prev.key_result_id = ${krUpdates.keyResultId} and not prev.skipped and prev.value is not null
            and prev_checkin.week_start < ${checkins.weekStart}
            and prev_checkin.week_start >= ${performancePeriods.startsOn}`,
      )
      .where(inArray(krUpdates.id, part))
      .orderBy(krUpdates.id, sql`prev_checkin.week_start`),
  );
  const byUpdate = new Map<number, number[]>();
  for (const row of rows) {
    const values = byUpdate.get(row.updateId) ?? [];
    values.push(Number(row.value));
    byUpdate.set(row.updateId, values);
  }
  return byUpdate;
}

/** Full reports of many check-ins, in the order of `ids`: six statements per 5,000 check-ins. */
export async function checkinReports(db: DbOrTx, ids: readonly number[]): Promise<CheckinReport[]> {
  return chunked(ids, async (part) => {
    const heads = await db
      .select({
        id: checkins.id,
        name: employees.name,
        weekStart: checkins.weekStart,
        revision: checkins.revision,
        supportNeeded: checkins.supportNeeded,
        wantsDialog: checkins.wantsDialog,
      })
      .from(checkins)
      .innerJoin(employees, eq(employees.id, checkins.employeeId))
      .where(inArray(checkins.id, part));
    const updates = await db
      .select({
        id: krUpdates.id,
        checkinId: krUpdates.checkinId,
        keyResultId: krUpdates.keyResultId,
        value: krUpdates.value,
        skipped: krUpdates.skipped,
        confidence: krUpdates.confidence,
        title: keyResults.title,
        unit: keyResults.unitLabel,
        direction: keyResults.direction,
        target: keyResults.target,
        q1: keyResults.targetQ1,
        q2: keyResults.targetQ2,
        q3: keyResults.targetQ3,
        q4: keyResults.targetQ4,
        accumulation: keyResults.accumulation,
        year: performancePeriods.year,
      })
      .from(krUpdates)
      .innerJoin(keyResults, eq(keyResults.id, krUpdates.keyResultId))
      .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
      .where(inArray(krUpdates.checkinId, part))
      .orderBy(asc(krUpdates.id));
    const files = await chunked(
      updates.map((u) => u.id),
      (u) =>
        db
          .select({ krUpdateId: evidence.krUpdateId, kind: evidence.kind, url: evidence.url })
          .from(evidence)
          .where(inArray(evidence.krUpdateId, u))
          .orderBy(asc(evidence.id)),
    );
    const [blockerRows, actionRows] = await Promise.all([
      db
        .select({ checkinId: blockers.checkinId, text: blockers.text })
        .from(blockers)
        .where(inArray(blockers.checkinId, part))
        .orderBy(asc(blockers.id)),
      db
        .select({ checkinId: nextActions.checkinId, text: nextActions.text })
        .from(nextActions)
        .where(inArray(nextActions.checkinId, part))
        .orderBy(asc(nextActions.id)),
    ]);
    const earlier = await earlierAverageValues(
      db,
      updates.filter((u) => u.accumulation === 'average').map((u) => u.id),
    );
    const byId = new Map(heads.map((h) => [h.id, h]));
    const updatesOf = groupBy(updates, (u) => u.checkinId);
    const filesOf = groupBy(files, (f) => f.krUpdateId);
    const blockersOf = groupBy(blockerRows, (b) => b.checkinId);
    const actionsOf = groupBy(actionRows, (a) => a.checkinId);
    return part.flatMap((id) => {
      const head = byId.get(id);
      if (!head) return [];
      const indicators: ReportIndicator[] = (updatesOf.get(id) ?? []).map((u) => {
        const own = filesOf.get(u.id) ?? [];
        return {
          keyResultId: u.keyResultId,
          title: u.title,
          unit: u.unit,
          direction: u.direction === 'down' ? 'down' : 'up',
          target: u.target,
          year: u.year,
          quarterTargets: [u.q1, u.q2, u.q3, u.q4],
          accumulation: isAccumulation(u.accumulation) ? u.accumulation : 'latest',
          earlierValues: earlier.get(u.id) ?? [],
          value: u.value,
          skipped: u.skipped,
          confidence: u.confidence,
          links: own.flatMap((f) => (f.kind === 'link' && f.url ? [f.url] : [])),
          files: own.filter((f) => f.kind !== 'link').length,
        };
      });
      return [
        {
          checkinId: id,
          employeeName: head.name,
          weekStart: head.weekStart,
          revision: head.revision,
          indicators,
          blockers: (blockersOf.get(id) ?? []).map((b) => b.text),
          nextActions: (actionsOf.get(id) ?? []).map((a) => a.text),
          supportNeeded: head.supportNeeded,
          wantsDialog: head.wantsDialog,
        },
      ];
    });
  });
}

/** Records that the appraiser was told of these check-ins' current revision (null: not yet). */
export async function markAppraiserNotified(
  db: DbOrTx,
  ids: readonly number[],
  at: Date | null,
): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK)
    await db
      .update(checkins)
      .set({ appraiserNotifiedAt: at })
      .where(inArray(checkins.id, ids.slice(i, i + CHUNK)));
}

/** Check-ins of the people this appraiser appraises that they were not told of, since `since`. */
export async function unnotifiedCheckins(db: DbOrTx, appraiserId: number, since: Date): Promise<number[]> {
  const rows = await db
    .select({ id: checkins.id })
    .from(checkins)
    .innerJoin(employees, eq(employees.id, checkins.employeeId))
    .where(
      and(
        sql`${appraiserOfEmployee} = ${appraiserId}`,
        eq(employees.active, true),
        isNull(checkins.appraiserNotifiedAt),
        gte(checkins.updatedAt, since),
      ),
    )
    .orderBy(asc(checkins.updatedAt), asc(checkins.id));
  return rows.map((r) => r.id);
}

export async function setNotificationMode(db: DbOrTx, employeeId: number, mode: NotificationMode, now: Date) {
  await db
    .update(employees)
    .set({ checkinNotifications: mode, updatedAt: now })
    .where(eq(employees.id, employeeId));
}

/** Stores the proposed time on the check-in's open dialog request; false when none is open. */
export async function proposeDialogTime(db: DbOrTx, checkinId: number, at: Date): Promise<boolean> {
  const rows = await db
    .update(dialogRequests)
    .set({ proposedFor: at })
    .where(and(eq(dialogRequests.checkinId, checkinId), eq(dialogRequests.status, 'open')))
    .returning({ id: dialogRequests.id });
  return rows.length > 0;
}
