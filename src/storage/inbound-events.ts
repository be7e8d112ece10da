import { lt } from 'drizzle-orm';
import type { Db, DbOrTx } from './database.js';
import { processedEvents } from './schema.js';

/**
 * Records a platform event as handled, in the caller's transaction; false when it already was
 * (a redelivery: Telegram retries, a runner restart, Slack's retry headers). Because the row is
 * written with the event's effects, a redelivered event changes nothing.
 */
export async function markEventProcessed(tx: DbOrTx, source: string, eventId: string): Promise<boolean> {
  const inserted = await tx
    .insert(processedEvents)
    .values({ platform: source, eventId })
    .onConflictDoNothing()
    .returning({ eventId: processedEvents.eventId });
  return inserted.length > 0;
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
