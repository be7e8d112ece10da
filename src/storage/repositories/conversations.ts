import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { conversations } from '../schema.js';

export interface StoredConversation<S> {
  id: number;
  kind: string;
  state: S;
  version: number;
  channel: string;
}

const toStored = <S>(row: typeof conversations.$inferSelect): StoredConversation<S> => ({
  id: row.id,
  kind: row.kind,
  state: row.state as S,
  version: row.version,
  channel: row.channel,
});

/**
 * Reads a person's open dialog and locks its row until the transaction ends, so two replicas
 * (or a redelivered update racing the original) advance it one after the other.
 */
export async function lockConversation<S>(
  tx: DbOrTx,
  employeeId: number,
  kind: string,
): Promise<StoredConversation<S> | undefined> {
  const [row] = await tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.employeeId, employeeId), eq(conversations.kind, kind)))
    .for('update');
  return row ? toStored<S>(row) : undefined;
}

/**
 * The open dialog (of the given kinds) that asked the person something last, locked: free text
 * and files belong to it. Ties (same instant) go to the newer row.
 */
export async function lockLatestConversation<S>(
  tx: DbOrTx,
  employeeId: number,
  kinds: readonly string[],
): Promise<StoredConversation<S> | undefined> {
  if (kinds.length === 0) return undefined;
  const [row] = await tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.employeeId, employeeId), inArray(conversations.kind, [...kinds])))
    .orderBy(desc(conversations.promptedAt), desc(conversations.id))
    .limit(1)
    .for('update');
  return row ? toStored<S>(row) : undefined;
}

/**
 * Creates or replaces the dialog of this kind (one open conversation per person and kind) and
 * marks it as the one that asked last. clock_timestamp(), not now(): two dialogs saved in one
 * transaction still get an order.
 */
export async function saveConversation<S>(
  tx: DbOrTx,
  input: { employeeId: number; kind: string; channel: string; state: S },
): Promise<void> {
  await tx
    .insert(conversations)
    .values({
      employeeId: input.employeeId,
      kind: input.kind,
      channel: input.channel,
      state: input.state,
      promptedAt: sql`clock_timestamp()`,
    })
    .onConflictDoUpdate({
      target: [conversations.employeeId, conversations.kind],
      set: {
        state: input.state,
        channel: input.channel,
        version: sql`${conversations.version} + 1`,
        promptedAt: sql`clock_timestamp()`,
        updatedAt: sql`now()`,
      },
    });
}

export async function deleteConversation(tx: DbOrTx, employeeId: number, kind: string): Promise<boolean> {
  const deleted = await tx
    .delete(conversations)
    .where(and(eq(conversations.employeeId, employeeId), eq(conversations.kind, kind)))
    .returning({ id: conversations.id });
  return deleted.length > 0;
}
