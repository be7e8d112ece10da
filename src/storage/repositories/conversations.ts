import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { conversations } from '../schema.js';

export interface StoredConversation<S> {
  id: number;
  state: S;
  version: number;
  channel: string;
}

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
  return row ? { id: row.id, state: row.state as S, version: row.version, channel: row.channel } : undefined;
}

/** Creates or replaces the dialog of this kind: one open conversation per person and kind. */
export async function saveConversation<S>(
  tx: DbOrTx,
  input: { employeeId: number; kind: string; channel: string; state: S },
): Promise<void> {
  await tx
    .insert(conversations)
    .values({ employeeId: input.employeeId, kind: input.kind, channel: input.channel, state: input.state })
    .onConflictDoUpdate({
      target: [conversations.employeeId, conversations.kind],
      set: {
        state: input.state,
        channel: input.channel,
        version: sql`${conversations.version} + 1`,
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
