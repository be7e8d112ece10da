/**
 * What dika holds about one person, read for the data-subject rights of UU 27/2022 (export:
 * access and portability; the erasure is in privacy-erasure.ts). The service
 * (src/services/privacy/) decides what a document contains; these functions only read rows.
 */
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import {
  auditLog,
  blockers,
  channelIdentities,
  checkins,
  conversations,
  dialogRequests,
  type employees,
  evidence,
  keyResults,
  krUpdates,
  leavePeriods,
  nextActions,
  objectives,
  orgUnits,
  outboundMessages,
  performancePeriods,
} from '../schema.js';

export type EmployeeRecord = typeof employees.$inferSelect;

/** Audit rows about an employee: imports key them by NIP, account changes by id. */
export function aboutEmployee(employee: Pick<EmployeeRecord, 'id' | 'nip'>): SQL {
  return and(
    eq(auditLog.entity, 'employee'),
    inArray(auditLog.entityKey, [employee.nip, String(employee.id)]),
  )!;
}

export async function unitPathOf(db: DbOrTx, unitId: number | null): Promise<string | null> {
  if (unitId === null) return null;
  const [unit] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, unitId));
  return unit?.path ?? null;
}

export function identitiesOf(db: DbOrTx, employeeId: number) {
  return db
    .select()
    .from(channelIdentities)
    .where(eq(channelIdentities.employeeId, employeeId))
    .orderBy(asc(channelIdentities.id));
}

export function keyResultsOf(db: DbOrTx, employeeId: number) {
  return db
    .select({
      code: keyResults.code,
      period: performancePeriods.code,
      objective: objectives.title,
      title: keyResults.title,
      unitLabel: keyResults.unitLabel,
      baseline: keyResults.baseline,
      target: keyResults.target,
      direction: keyResults.direction,
      kind: keyResults.kind,
      weight: keyResults.weight,
      active: keyResults.active,
    })
    .from(keyResults)
    .innerJoin(objectives, eq(objectives.id, keyResults.objectiveId))
    .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
    .where(eq(keyResults.ownerId, employeeId))
    .orderBy(asc(keyResults.code));
}

export function checkinsOf(db: DbOrTx, employeeId: number) {
  return db
    .select()
    .from(checkins)
    .where(eq(checkins.employeeId, employeeId))
    .orderBy(asc(checkins.weekStart));
}

export function krUpdatesOf(db: DbOrTx, checkinIds: number[]) {
  if (checkinIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: krUpdates.id,
      checkinId: krUpdates.checkinId,
      keyResult: keyResults.code,
      value: krUpdates.value,
      skipped: krUpdates.skipped,
      confidence: krUpdates.confidence,
      note: krUpdates.note,
      createdAt: krUpdates.createdAt,
    })
    .from(krUpdates)
    .innerJoin(keyResults, eq(keyResults.id, krUpdates.keyResultId))
    .where(inArray(krUpdates.checkinId, checkinIds))
    .orderBy(asc(krUpdates.id));
}

export function evidenceOf(db: DbOrTx, krUpdateIds: number[]) {
  if (krUpdateIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(evidence)
    .where(inArray(evidence.krUpdateId, krUpdateIds))
    .orderBy(asc(evidence.id));
}

export function blockersOf(db: DbOrTx, checkinIds: number[]) {
  if (checkinIds.length === 0) return Promise.resolve([]);
  return db.select().from(blockers).where(inArray(blockers.checkinId, checkinIds)).orderBy(asc(blockers.id));
}

export function nextActionsOf(db: DbOrTx, checkinIds: number[]) {
  if (checkinIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(nextActions)
    .where(inArray(nextActions.checkinId, checkinIds))
    .orderBy(asc(nextActions.id));
}

export function dialogRequestsOf(db: DbOrTx, employeeId: number) {
  return db
    .select({
      id: dialogRequests.id,
      checkinId: dialogRequests.checkinId,
      status: dialogRequests.status,
      requestedAt: dialogRequests.requestedAt,
      proposedFor: dialogRequests.proposedFor,
      closedAt: dialogRequests.closedAt,
    })
    .from(dialogRequests)
    .where(eq(dialogRequests.employeeId, employeeId))
    .orderBy(asc(dialogRequests.id));
}

export function leaveOf(db: DbOrTx, employeeId: number) {
  return db
    .select({
      startsOn: leavePeriods.startsOn,
      endsOn: leavePeriods.endsOn,
      source: leavePeriods.source,
      createdAt: leavePeriods.createdAt,
    })
    .from(leavePeriods)
    .where(eq(leavePeriods.employeeId, employeeId))
    .orderBy(asc(leavePeriods.startsOn));
}

export function conversationsOf(db: DbOrTx, employeeId: number) {
  return db
    .select({
      kind: conversations.kind,
      channel: conversations.channel,
      state: conversations.state,
      createdAt: conversations.createdAt,
      updatedAt: conversations.updatedAt,
    })
    .from(conversations)
    .where(eq(conversations.employeeId, employeeId))
    .orderBy(asc(conversations.id));
}

/** The messages sent (or queued) to the person or to one of their chats. */
export function addressedTo(employeeId: number, chats: readonly { channel: string; address: string }[]): SQL {
  return or(
    eq(outboundMessages.employeeId, employeeId),
    ...chats.map((c) =>
      and(eq(outboundMessages.channel, c.channel), eq(outboundMessages.address, c.address)),
    ),
  )!;
}

/** Metadata only: what was sent when, not the text (a reply can quote other people's data). */
export function outboundMetadataOf(
  db: DbOrTx,
  employeeId: number,
  chats: readonly { channel: string; address: string }[],
) {
  return db
    .select({
      id: outboundMessages.id,
      channel: outboundMessages.channel,
      address: outboundMessages.address,
      op: outboundMessages.op,
      status: outboundMessages.status,
      createdAt: outboundMessages.createdAt,
      sentAt: outboundMessages.sentAt,
    })
    .from(outboundMessages)
    .where(addressedTo(employeeId, chats))
    .orderBy(asc(outboundMessages.id));
}

export function auditEntriesAbout(db: DbOrTx, employee: Pick<EmployeeRecord, 'id' | 'nip'>) {
  return db
    .select({
      at: auditLog.at,
      actor: auditLog.actor,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(aboutEmployee(employee))
    .orderBy(asc(auditLog.id));
}
