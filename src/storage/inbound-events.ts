import type { Db, DbOrTx } from './database.js';
import { pruneExpired } from './repositories/retention.js';
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
 * Forgets processed events older than `before`, in batches. Platforms redeliver within minutes
 * (Telegram keeps undelivered updates 24 hours; Slack retries within an hour), so the default of
 * a month (RETENTION_PROCESSED_EVENTS_DAYS) is plenty and keeps the table small.
 */
export async function pruneProcessedEvents(db: Db, before: Date): Promise<number> {
  return (await pruneExpired(db, { processedEvents: before })).processedEvents;
}
