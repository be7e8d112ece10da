import { addDays, format, parseISO } from 'date-fns';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CheckinSubmission, EvidenceItem } from '../../core/checkin/state.js';
import type { DbOrTx } from '../database.js';
import { blockers, checkins, dialogRequests, evidence, krUpdates, nextActions } from '../schema.js';

/** This week's submitted check-in in the shape a revision starts from. */
export async function findSubmittedCheckin(
  db: DbOrTx,
  employeeId: number,
  isoWeek: string,
): Promise<{ id: number; submission: CheckinSubmission } | undefined> {
  const [checkin] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.employeeId, employeeId), eq(checkins.isoWeek, isoWeek)));
  if (!checkin) return undefined;
  const updates = await db
    .select()
    .from(krUpdates)
    .where(eq(krUpdates.checkinId, checkin.id))
    .orderBy(asc(krUpdates.id));
  const files = updates.length
    ? await db
        .select()
        .from(evidence)
        .where(
          inArray(
            evidence.krUpdateId,
            updates.map((u) => u.id),
          ),
        )
        .orderBy(asc(evidence.id))
    : [];
  const [blockerRows, actionRows, dialog] = await Promise.all([
    db.select().from(blockers).where(eq(blockers.checkinId, checkin.id)).orderBy(asc(blockers.id)),
    db.select().from(nextActions).where(eq(nextActions.checkinId, checkin.id)).orderBy(asc(nextActions.id)),
    db
      .select()
      .from(dialogRequests)
      .where(and(eq(dialogRequests.checkinId, checkin.id), eq(dialogRequests.status, 'open'))),
  ]);
  return {
    id: checkin.id,
    submission: {
      week: {
        key: checkin.isoWeek,
        start: checkin.weekStart,
        end: format(addDays(parseISO(checkin.weekStart), 6), 'yyyy-MM-dd'),
      },
      updates: updates.map((u) => ({
        keyResultId: u.keyResultId,
        value: u.value,
        skipped: u.skipped,
        confidence: u.confidence,
        evidence: files.filter((f) => f.krUpdateId === u.id).map(toEvidenceItem),
      })),
      blockers: blockerRows.map((b) => b.text),
      supportNeeded: checkin.supportNeeded,
      nextActions: actionRows.map((a) => a.text),
      wantsDialog: dialog.length > 0,
    },
  };
}

function toEvidenceItem(row: typeof evidence.$inferSelect): EvidenceItem {
  if (row.kind === 'link') return { kind: 'link', url: row.url ?? '' };
  return {
    kind: row.kind === 'photo' ? 'photo' : 'file',
    platform: row.platform ?? '',
    fileId: row.fileId ?? '',
    ...(row.fileUniqueId ? { fileUniqueId: row.fileUniqueId } : {}),
    ...(row.fileName ? { fileName: row.fileName } : {}),
    ...(row.mimeType ? { mimeType: row.mimeType } : {}),
    ...(row.sizeBytes != null ? { sizeBytes: row.sizeBytes } : {}),
  };
}

/**
 * Stores a check-in (or its revision) with all its parts. Runs inside the caller's transaction,
 * so a crash leaves either the whole check-in or none of it. A revision replaces the answers.
 */
export async function saveSubmission(
  tx: DbOrTx,
  input: {
    employeeId: number;
    supervisorId: number | null;
    channel: string;
    submission: CheckinSubmission;
    now: Date;
  },
): Promise<{ checkinId: number; revision: number }> {
  const { submission: s, now } = input;
  const [checkin] = await tx
    .insert(checkins)
    .values({
      employeeId: input.employeeId,
      isoWeek: s.week.key,
      weekStart: s.week.start,
      channel: input.channel,
      wantsDialog: s.wantsDialog,
      supportNeeded: s.supportNeeded,
      submittedAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [checkins.employeeId, checkins.isoWeek],
      set: {
        channel: input.channel,
        wantsDialog: s.wantsDialog,
        supportNeeded: s.supportNeeded,
        revision: sql`${checkins.revision} + 1`,
        updatedAt: now,
      },
    })
    .returning({ id: checkins.id, revision: checkins.revision });
  const checkinId = checkin!.id;

  // A revision replaces every part; cascades remove the old evidence rows with their updates.
  await tx.delete(krUpdates).where(eq(krUpdates.checkinId, checkinId));
  await tx.delete(blockers).where(eq(blockers.checkinId, checkinId));
  await tx.delete(nextActions).where(eq(nextActions.checkinId, checkinId));

  if (s.updates.length > 0) {
    const inserted = await tx
      .insert(krUpdates)
      .values(
        s.updates.map((u) => ({
          checkinId,
          keyResultId: u.keyResultId,
          value: u.value,
          skipped: u.skipped,
          confidence: u.confidence,
        })),
      )
      .returning({ id: krUpdates.id, keyResultId: krUpdates.keyResultId });
    const idByKr = new Map(inserted.map((r) => [r.keyResultId, r.id]));
    const files = s.updates.flatMap((u) =>
      u.evidence.map((e) => toEvidenceRow(idByKr.get(u.keyResultId)!, e)),
    );
    if (files.length > 0) await tx.insert(evidence).values(files);
  }
  if (s.blockers.length > 0)
    await tx.insert(blockers).values(s.blockers.map((text) => ({ checkinId, text })));
  if (s.nextActions.length > 0)
    await tx.insert(nextActions).values(s.nextActions.map((text) => ({ checkinId, text })));

  if (s.wantsDialog) {
    await tx
      .insert(dialogRequests)
      .values({ employeeId: input.employeeId, supervisorId: input.supervisorId, checkinId, requestedAt: now })
      .onConflictDoUpdate({ target: dialogRequests.checkinId, set: { status: 'open', closedAt: null } });
  } else {
    await tx
      .update(dialogRequests)
      .set({ status: 'cancelled', closedAt: now })
      .where(and(eq(dialogRequests.checkinId, checkinId), eq(dialogRequests.status, 'open')));
  }
  return { checkinId, revision: checkin!.revision };
}

function toEvidenceRow(krUpdateId: number, e: EvidenceItem): typeof evidence.$inferInsert {
  if (e.kind === 'link') return { krUpdateId, kind: 'link', url: e.url };
  return {
    krUpdateId,
    kind: e.kind,
    platform: e.platform,
    fileId: e.fileId,
    fileUniqueId: e.fileUniqueId ?? null,
    fileName: e.fileName ?? null,
    mimeType: e.mimeType ?? null,
    sizeBytes: e.sizeBytes ?? null,
  };
}

/**
 * `checkins.id` written out with its table. Inside a correlated subquery drizzle renders a column
 * without its table (`"id"`), which the subquery's own table then captures: `"checkin_id" = "id"`
 * compared kr_updates with itself and /riwayat said "1 dari 1" after two indicators.
 */
const outerCheckinId = sql`${checkins}.${sql.identifier('id')}`;
const counted = (table: typeof krUpdates | typeof blockers, extra = sql``) =>
  sql<number>`(select count(*) from ${table} where ${table}.${sql.identifier('checkin_id')} = ${outerCheckinId}${extra})`.mapWith(
    Number,
  );

/** The person's latest check-ins, newest first, with how many KRs they updated. */
export async function recentCheckins(db: DbOrTx, employeeId: number, limit: number) {
  return db
    .select({
      isoWeek: checkins.isoWeek,
      weekStart: checkins.weekStart,
      revision: checkins.revision,
      wantsDialog: checkins.wantsDialog,
      supportNeeded: checkins.supportNeeded,
      updated: counted(krUpdates, sql` and not ${krUpdates}.${sql.identifier('skipped')}`),
      total: counted(krUpdates),
      blockers: counted(blockers),
    })
    .from(checkins)
    .where(eq(checkins.employeeId, employeeId))
    .orderBy(desc(checkins.isoWeek))
    .limit(limit);
}
