import { lt } from 'drizzle-orm';
import type { Db, Tx } from './database.js';
import { processedEvents } from './schema.js';

export type InboundOutcome<T> = { duplicate: true } | { duplicate: false; result: T };

/**
 * Runs `effect` at most once per platform event. The event id is recorded in the same
 * transaction as the effect, so a redelivered update (Telegram retries, a runner restart,
 * Slack's retry headers) finds the row and changes nothing. Replies are sent by the caller
 * only after this commits, so a duplicate also sends nothing.
 */
export async function handleOnce<T>(
  db: Db,
  event: { platform: string; eventId: string },
  effect: (tx: Tx) => Promise<T>,
): Promise<InboundOutcome<T>> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(processedEvents)
      .values({ platform: event.platform, eventId: event.eventId })
      .onConflictDoNothing()
      .returning({ eventId: processedEvents.eventId });
    if (inserted.length === 0) return { duplicate: true } as const;
    return { duplicate: false, result: await effect(tx) } as const;
  });
}

/**
 * Forgets processed events older than `before`. Platforms redeliver within minutes (Telegram)
 * or up to an hour (Slack retries), so a month of history is plenty and keeps the table small.
 */
export async function pruneProcessedEvents(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(processedEvents)
    .where(lt(processedEvents.processedAt, before))
    .returning({ eventId: processedEvents.eventId });
  return deleted.length;
}
