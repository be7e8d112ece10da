import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { channelIdentities, outboundMessages } from '../schema.js';

export type OutboundRow = typeof outboundMessages.$inferSelect;

/** One message to send, as a caller describes it before it has a row. */
export interface OutboundDraft {
  channel: string;
  sender: string;
  address: string;
  employeeId?: number | null;
  op: string;
  payload: unknown;
  priority: 0 | 1;
}

/** 10 columns a row: 5,000 rows stay far below PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 5_000;

/**
 * Writes drafts in the caller's transaction, leased to the writer until `leaseUntil`: the
 * process that commits delivers them at once, and nobody else touches them before the lease ends.
 */
export async function enqueueOutbound(
  tx: DbOrTx,
  drafts: readonly OutboundDraft[],
  leaseUntil: Date,
): Promise<OutboundRow[]> {
  const rows: OutboundRow[] = [];
  for (let i = 0; i < drafts.length; i += INSERT_CHUNK) {
    const chunk = drafts.slice(i, i + INSERT_CHUNK).map((d) => ({
      channel: d.channel,
      sender: d.sender,
      address: d.address,
      employeeId: d.employeeId ?? null,
      op: d.op,
      payload: d.payload,
      priority: d.priority,
      leaseUntil,
    }));
    rows.push(...(await tx.insert(outboundMessages).values(chunk).returning()));
  }
  return rows;
}

/**
 * Takes pending rows nobody holds (lease passed: the writer crashed or gave up) for delivery by
 * this process. SKIP LOCKED lets several replicas sweep side by side without taking a row twice.
 */
export async function claimOutbound(
  tx: DbOrTx,
  input: { now: Date; leaseUntil: Date; limit: number },
): Promise<OutboundRow[]> {
  const free = await tx
    .select({ id: outboundMessages.id })
    .from(outboundMessages)
    .where(
      and(
        eq(outboundMessages.status, 'pending'),
        or(isNull(outboundMessages.leaseUntil), lte(outboundMessages.leaseUntil, input.now)),
        or(isNull(outboundMessages.notBefore), lte(outboundMessages.notBefore, input.now)),
      ),
    )
    .orderBy(asc(outboundMessages.priority), asc(outboundMessages.id))
    .limit(input.limit)
    .for('update', { skipLocked: true });
  if (free.length === 0) return [];
  const claimed = await tx
    .update(outboundMessages)
    .set({ leaseUntil: input.leaseUntil })
    .where(
      inArray(
        outboundMessages.id,
        free.map((f) => f.id),
      ),
    )
    .returning();
  return claimed.sort((a, b) => a.priority - b.priority || a.id - b.id);
}

/** Records the outcome of one attempt. Only a pending row changes: a row is delivered once. */
export async function recordDelivery(
  db: DbOrTx,
  id: number,
  outcome:
    | { status: 'sent'; externalId?: string | undefined; now: Date }
    | { status: 'dropped' | 'failed' | 'unreachable'; error: string; now: Date }
    | { status: 'retry'; error: string; notBefore: Date },
): Promise<void> {
  const attempts = sql`${outboundMessages.attempts} + 1`;
  const set =
    outcome.status === 'sent'
      ? { status: 'sent', externalId: outcome.externalId ?? null, sentAt: outcome.now, attempts }
      : outcome.status === 'retry'
        ? { lastError: outcome.error, notBefore: outcome.notBefore, leaseUntil: null, attempts }
        : { status: outcome.status, lastError: outcome.error, sentAt: outcome.now, attempts };
  await db
    .update(outboundMessages)
    .set(set)
    .where(and(eq(outboundMessages.id, id), eq(outboundMessages.status, 'pending')));
}

/**
 * The platform refused this chat for good (the person blocked the bot): their identity is marked
 * unreachable and nothing else queued for the chat is tried.
 */
export async function markAddressUnreachable(
  db: DbOrTx,
  input: { channel: string; address: string; now: Date; error: string },
): Promise<void> {
  await db
    .update(channelIdentities)
    .set({ unreachableAt: input.now })
    .where(and(eq(channelIdentities.platform, input.channel), eq(channelIdentities.chatId, input.address)));
  await db
    .update(outboundMessages)
    .set({ status: 'unreachable', lastError: input.error, sentAt: input.now })
    .where(
      and(
        eq(outboundMessages.channel, input.channel),
        eq(outboundMessages.address, input.address),
        eq(outboundMessages.status, 'pending'),
      ),
    );
}

/**
 * Marks delivered rows in one statement (the platform's message id per row, when it gave one).
 * The rows travel as one JSON parameter, so the statement's text never changes with their number
 * (a prepared statement per batch size would pile up on every connection).
 */
export async function recordSent(
  db: DbOrTx,
  sent: ReadonlyArray<{ id: number; externalId?: string | undefined }>,
  now: Date,
): Promise<void> {
  if (sent.length === 0) return;
  const rows = JSON.stringify(sent.map((s) => ({ id: s.id, external_id: s.externalId ?? null })));
  await db.execute(sql`
    update ${outboundMessages} as o
    set status = 'sent', external_id = v.external_id, sent_at = ${now.toISOString()}::timestamptz,
        attempts = o.attempts + 1
    from jsonb_to_recordset(${rows}::jsonb) as v(id integer, external_id text)
    where o.id = v.id and o.status = 'pending'`);
}
