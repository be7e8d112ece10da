/**
 * Erasure for UU 27/2022: deletes what only serves to reach the person, empties what they wrote,
 * anonymises their row and scrubs their identifiers from other rows' documents. The service
 * (src/services/privacy/erase-person.ts) runs these in one transaction and decides what is kept.
 */
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import {
  auditLog,
  behaviourExpectations,
  blockers,
  channelIdentities,
  checkinFeedback,
  checkins,
  continuousFeedback,
  continuousFeedbackWaiting,
  conversations,
  dialogRequests,
  employees,
  evidence,
  feedbackComments,
  feedbackNamedRatings,
  feedbackPending,
  jobRuns,
  krUpdates,
  linkCodeAttempts,
  linkCodes,
  nextActions,
  outboundMessages,
} from '../schema.js';
import { aboutEmployee, addressedTo, type EmployeeRecord, identitiesOf } from './privacy.js';

/** The audit action of an erasure: its row holds counts only and is kept as written. */
export const ERASE_ACTION = 'person.erase';

export interface ErasureCounts {
  identities: number;
  linkCodes: number;
  linkCodeAttempts: number;
  conversations: number;
  outboundMessages: number;
  scheduledJobs: number;
  blockers: number;
  nextActions: number;
  notes: number;
  evidence: number;
  /** Umpan balik received on their check-ins: its words go, the dated row stays. */
  feedback: number;
  /** Dialog-kinerja records (agreement, follow-up) about them. */
  dialogRecords: number;
  /** Umpan balik they received. */
  umpanBalik: number;
  /** 360° comments about them (their scores stay, anonymous). */
  feedbackComments: number;
  /** "Dukungan yang dibutuhkan" they wrote. */
  support: number;
  auditEntries: number;
}

const count = (rows: unknown[]) => rows.length;

/**
 * Deletes what only serves to reach or talk to the person and empties what they wrote. Check-ins,
 * realisation values, confidence, dialog requests and leave stay: attached to the anonymised row
 * they still count in unit totals, and say nothing about who it was.
 */
export async function erasePersonalRows(
  tx: DbOrTx,
  employee: Pick<EmployeeRecord, 'id' | 'nip'>,
  options: { jobs: readonly string[] },
): Promise<Omit<ErasureCounts, 'auditEntries'>> {
  const identities = await identitiesOf(tx, employee.id);
  const chats = identities.flatMap((i) => (i.chatId ? [{ channel: i.platform, address: i.chatId }] : []));
  const accounts = identities.map((i) =>
    and(
      eq(linkCodeAttempts.platform, i.platform),
      eq(linkCodeAttempts.workspace, i.workspace),
      eq(linkCodeAttempts.externalUserId, i.externalUserId),
    ),
  );
  const attempts =
    accounts.length === 0
      ? []
      : await tx
          .delete(linkCodeAttempts)
          .where(or(...accounts))
          .returning({ at: linkCodeAttempts.windowStartedAt });
  const outbound = await tx
    .delete(outboundMessages)
    .where(addressedTo(employee.id, chats))
    .returning({ id: outboundMessages.id });
  const removedIdentities = await tx
    .delete(channelIdentities)
    .where(eq(channelIdentities.employeeId, employee.id))
    .returning({ id: channelIdentities.id });
  const codes = await tx
    .delete(linkCodes)
    .where(eq(linkCodes.employeeId, employee.id))
    .returning({ id: linkCodes.id });
  const dialogs = await tx
    .delete(conversations)
    .where(eq(conversations.employeeId, employee.id))
    .returning({ id: conversations.id });
  const jobs = await tx
    .delete(jobRuns)
    .where(and(inArray(jobRuns.job, [...options.jobs]), eq(jobRuns.subject, String(employee.id))))
    .returning({ id: jobRuns.id });

  const theirCheckins = tx
    .select({ id: checkins.id })
    .from(checkins)
    .where(eq(checkins.employeeId, employee.id));
  const theirUpdates = tx
    .select({ id: krUpdates.id })
    .from(krUpdates)
    .where(inArray(krUpdates.checkinId, theirCheckins));
  // Rows stay (how many kendala a week had is a number a unit may count); the words go.
  const blockerRows = await tx
    .update(blockers)
    .set({ text: '' })
    .where(and(inArray(blockers.checkinId, theirCheckins), sql`${blockers.text} <> ''`))
    .returning({ id: blockers.id });
  const actionRows = await tx
    .update(nextActions)
    .set({ text: '' })
    .where(and(inArray(nextActions.checkinId, theirCheckins), sql`${nextActions.text} <> ''`))
    .returning({ id: nextActions.id });
  const notes = await tx
    .update(krUpdates)
    .set({ note: null })
    .where(and(inArray(krUpdates.checkinId, theirCheckins), sql`${krUpdates.note} is not null`))
    .returning({ id: krUpdates.id });
  // Bukti dukung: its kind stays (whether a week had evidence), where it was and what it was called go.
  const evidenceRows = await tx
    .update(evidence)
    .set({ url: null, platform: null, fileId: null, fileUniqueId: null, fileName: null, mimeType: null })
    .where(
      and(
        inArray(evidence.krUpdateId, theirUpdates),
        sql`coalesce(${evidence.url}, ${evidence.platform}, ${evidence.fileId}, ${evidence.fileUniqueId}, ${evidence.fileName}, ${evidence.mimeType}) is not null`,
      ),
    )
    .returning({ id: evidence.id });

  // Umpan balik on their work names and describes them: like kendala, the words go and the dated
  // row stays. Umpan balik they wrote as appraiser stays on the other person's record (it is that
  // person's SKP), its author the anonymised row: authorId is required, so it cannot be detached.
  const feedbackRows = await tx
    .update(checkinFeedback)
    .set({ body: '' })
    .where(and(inArray(checkinFeedback.checkinId, theirCheckins), sql`${checkinFeedback.body} <> ''`))
    .returning({ id: checkinFeedback.id });
  const supportRows = await tx
    .update(checkins)
    .set({ supportNeeded: null })
    .where(and(eq(checkins.employeeId, employee.id), sql`${checkins.supportNeeded} is not null`))
    .returning({ id: checkins.id });

  // The dialog-kinerja record, 360° comments and umpan balik about them: the words go. Anonymous
  // scores stay (they are aggregates nobody can trace), as do ratings, which are the SKP's record.
  const dialogRecordRows = await tx
    .update(dialogRequests)
    .set({ agreement: null, followUp: null })
    .where(
      and(
        eq(dialogRequests.employeeId, employee.id),
        sql`(${dialogRequests.agreement} is not null or ${dialogRequests.followUp} is not null)`,
      ),
    )
    .returning({ id: dialogRequests.id });
  const receivedRows = await tx
    .update(continuousFeedback)
    .set({ body: '' })
    .where(and(eq(continuousFeedback.recipientId, employee.id), sql`${continuousFeedback.body} <> ''`))
    .returning({ id: continuousFeedback.id });
  await tx
    .delete(continuousFeedbackWaiting)
    .where(
      sql`${continuousFeedbackWaiting.recipientId} = ${employee.id} or ${continuousFeedbackWaiting.giverId} = ${employee.id}`,
    );
  const commentRows = await tx
    .update(feedbackComments)
    .set({ body: '' })
    .where(and(eq(feedbackComments.rateeId, employee.id), sql`${feedbackComments.body} <> ''`))
    .returning({ id: feedbackComments.id });
  await tx
    .update(feedbackNamedRatings)
    .set({ comment: null })
    .where(
      and(eq(feedbackNamedRatings.rateeId, employee.id), sql`${feedbackNamedRatings.comment} is not null`),
    );
  await tx.delete(feedbackPending).where(eq(feedbackPending.rateeId, employee.id));
  await tx.delete(behaviourExpectations).where(eq(behaviourExpectations.employeeId, employee.id));

  return {
    dialogRecords: count(dialogRecordRows),
    umpanBalik: count(receivedRows),
    feedbackComments: count(commentRows),
    identities: count(removedIdentities),
    linkCodes: count(codes),
    linkCodeAttempts: count(attempts),
    conversations: count(dialogs),
    outboundMessages: count(outbound),
    scheduledJobs: count(jobs),
    blockers: count(blockerRows),
    nextActions: count(actionRows),
    notes: count(notes),
    evidence: count(evidenceRows),
    feedback: count(feedbackRows),
    support: count(supportRows),
  };
}

/** Replaces every identifier inside the strings of a JSON value; a number equal to one becomes the placeholder. */
export function replaceMentions(
  value: unknown,
  identifiers: readonly string[],
  placeholder: string,
): unknown {
  if (typeof value === 'string')
    return identifiers.reduce((text, id) => text.split(id).join(placeholder), value);
  if (typeof value === 'number') return identifiers.includes(String(value)) ? placeholder : value;
  if (Array.isArray(value)) return value.map((v) => replaceMentions(v, identifiers, placeholder));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceMentions(v, identifiers, placeholder)]),
    );
  return value;
}

/** The JSON documents where someone else's row may mention the person (a colleague's import row names its supervisor's NIP). */
const DOCUMENTS = [
  ['audit_log', 'before'],
  ['audit_log', 'after'],
  ['outbound_messages', 'payload'],
  ['conversations', 'state'],
  ['job_runs', 'payload'],
] as const;

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/**
 * Audit rows about the person lose their before/after (the history of their name, phone…) but
 * keep who did what when; a NIP key becomes the placeholder, and an actor that was the person's
 * account becomes `<platform>:erased`. Then every JSON document that still mentions an identifier
 * has it replaced, in JavaScript so that only string contents change (a text replace could break
 * the JSON where a number matches). Returns how many audit rows changed.
 */
export async function scrubMentions(
  tx: DbOrTx,
  employee: Pick<EmployeeRecord, 'id' | 'nip'>,
  input: { identifiers: readonly string[]; accounts: readonly string[]; placeholder: string },
): Promise<number> {
  const about = await tx
    .update(auditLog)
    .set({
      before: null,
      after: null,
      entityKey: sql`case when ${auditLog.entityKey} = ${employee.nip} then ${input.placeholder} else ${auditLog.entityKey} end`,
    })
    .where(
      and(
        aboutEmployee(employee),
        ne(auditLog.action, ERASE_ACTION),
        sql`(${auditLog.before} is not null or ${auditLog.after} is not null or (${auditLog.entityKey} = ${employee.nip} and ${auditLog.entityKey} <> ${input.placeholder}))`,
      ),
    )
    .returning({ id: auditLog.id });
  const touched = new Set(about.map((r) => r.id));
  for (const account of input.accounts) {
    const platform = account.split(':')[0];
    const rows = await tx
      .update(auditLog)
      .set({ actor: `${platform}:erased` })
      .where(eq(auditLog.actor, account))
      .returning({ id: auditLog.id });
    for (const r of rows) touched.add(r.id);
  }
  const identifiers = input.identifiers.filter((v) => v.length > 0);
  if (identifiers.length === 0) return touched.size;
  for (const [table, column] of DOCUMENTS) {
    const t = sql.identifier(table);
    const c = sql.identifier(column);
    const mentions = sql.join(
      identifiers.map((id) => sql`strpos(${c}::text, ${id}) > 0`),
      sql` or `,
    );
    const rows = rowsOf<{ id: number; doc: unknown }>(
      await tx.execute(sql`select id, ${c} as doc from ${t} where ${mentions}`),
    );
    for (const row of rows) {
      const doc = typeof row.doc === 'string' ? JSON.parse(row.doc) : row.doc;
      const scrubbed = JSON.stringify(replaceMentions(doc, identifiers, input.placeholder));
      await tx.execute(sql`update ${t} set ${c} = ${scrubbed}::jsonb where id = ${row.id}`);
      if (table === 'audit_log') touched.add(row.id);
    }
  }
  return touched.size;
}

/** Name, contacts and NIP replaced; unit, supervisor and zone kept so the person's numbers still add up. */
export async function anonymiseEmployee(
  tx: DbOrTx,
  employeeId: number,
  input: { placeholder: string; now: Date },
): Promise<void> {
  await tx
    .update(employees)
    .set({
      nip: input.placeholder,
      name: input.placeholder,
      email: null,
      phone: null,
      position: null,
      roles: ['pegawai'],
      active: false,
      updatedAt: input.now,
    })
    .where(eq(employees.id, employeeId));
}

export async function recordAudit(
  tx: DbOrTx,
  entry: { at: Date; actor: string; action: string; entity: string; entityKey: string; after: unknown },
): Promise<void> {
  await tx.insert(auditLog).values(entry);
}
