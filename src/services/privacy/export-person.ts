/**
 * Everything dika holds about one person as one readable JSON document (UU 27/2022: the right of
 * access and portability). Other people appear only as ids (a supervisor, a dialog request's
 * checker), never by name.
 */
import type { DbOrTx } from '../../storage/database.js';
import { feedbackGivenBy, feedbackReceivedBy } from '../../storage/repositories/checkin-feedback.js';
import {
  auditEntriesAbout,
  blockersOf,
  checkinsOf,
  conversationsOf,
  dialogRequestsOf,
  type EmployeeRecord,
  evidenceOf,
  identitiesOf,
  keyResultsOf,
  krUpdatesOf,
  leaveOf,
  nextActionsOf,
  outboundMetadataOf,
  unitPathOf,
} from '../../storage/repositories/privacy.js';

export const EXPORT_FORMAT = 'dika.person-export/1';

export type PersonExport = Awaited<ReturnType<typeof exportPerson>>;

export async function exportPerson(db: DbOrTx, employee: EmployeeRecord, now: Date) {
  const identities = await identitiesOf(db, employee.id);
  const chats = identities.flatMap((i) => (i.chatId ? [{ channel: i.platform, address: i.chatId }] : []));
  const checkins = await checkinsOf(db, employee.id);
  const checkinIds = checkins.map((c) => c.id);
  const updates = await krUpdatesOf(db, checkinIds);
  const evidence = await evidenceOf(
    db,
    updates.map((u) => u.id),
  );
  const blockers = await blockersOf(db, checkinIds);
  const actions = await nextActionsOf(db, checkinIds);

  return {
    format: EXPORT_FORMAT,
    generatedAt: now.toISOString(),
    employee: {
      nip: employee.nip,
      name: employee.name,
      email: employee.email,
      phone: employee.phone,
      position: employee.position,
      unit: await unitPathOf(db, employee.unitId),
      roles: employee.roles,
      locale: employee.locale,
      timeZone: employee.timeZone,
      active: employee.active,
      createdAt: employee.createdAt,
      updatedAt: employee.updatedAt,
    },
    channelIdentities: identities.map((i) => ({
      platform: i.platform,
      workspace: i.workspace,
      externalUserId: i.externalUserId,
      chatId: i.chatId,
      linkedAt: i.linkedAt,
      unreachableAt: i.unreachableAt,
    })),
    keyResults: await keyResultsOf(db, employee.id),
    checkins: checkins.map((c) => ({
      isoWeek: c.isoWeek,
      weekStart: c.weekStart,
      channel: c.channel,
      wantsDialog: c.wantsDialog,
      supportNeeded: c.supportNeeded,
      revision: c.revision,
      submittedAt: c.submittedAt,
      updatedAt: c.updatedAt,
      krUpdates: updates
        .filter((u) => u.checkinId === c.id)
        .map((u) => ({
          keyResult: u.keyResult,
          value: u.value,
          skipped: u.skipped,
          confidence: u.confidence,
          note: u.note,
          createdAt: u.createdAt,
          evidence: evidence
            .filter((e) => e.krUpdateId === u.id)
            .map((e) => ({
              kind: e.kind,
              url: e.url,
              platform: e.platform,
              fileName: e.fileName,
              mimeType: e.mimeType,
              sizeBytes: e.sizeBytes,
              createdAt: e.createdAt,
            })),
        })),
      blockers: blockers
        .filter((b) => b.checkinId === c.id)
        .map((b) => ({ text: b.text, resolvedAt: b.resolvedAt, createdAt: b.createdAt })),
      nextActions: actions
        .filter((a) => a.checkinId === c.id)
        .map((a) => ({ text: a.text, doneAt: a.doneAt, createdAt: a.createdAt })),
    })),
    dialogRequests: (await dialogRequestsOf(db, employee.id)).map((d) => ({
      week: checkins.find((c) => c.id === d.checkinId)?.isoWeek ?? null,
      status: d.status,
      requestedAt: d.requestedAt,
      proposedFor: d.proposedFor,
      closedAt: d.closedAt,
    })),
    // Umpan balik berkelanjutan: on their check-ins (the appraiser by id), and written by them as
    // appraiser (the employee by id): each side sees its own SKP record, never a colleague's name.
    feedbackReceived: (await feedbackReceivedBy(db, employee.id)).map((f) => ({
      week: f.isoWeek,
      keyResult: f.keyResult,
      authorId: f.authorId,
      body: f.body,
      createdAt: f.createdAt,
    })),
    feedbackGiven: (await feedbackGivenBy(db, employee.id)).map((f) => ({
      week: f.isoWeek,
      keyResult: f.keyResult,
      employeeId: f.employeeId,
      body: f.body,
      createdAt: f.createdAt,
    })),
    leavePeriods: await leaveOf(db, employee.id),
    openConversations: await conversationsOf(db, employee.id),
    outboundMessages: (await outboundMetadataOf(db, employee.id, chats)).map(({ id: _id, ...m }) => m),
    auditEntries: await auditEntriesAbout(db, employee),
  };
}
