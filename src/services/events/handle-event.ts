/**
 * The one path every inbound event takes, whatever the channel: absorb redeliveries, run the
 * work in one transaction, and queue what it wants sent as rows of that same transaction, so the
 * state change and its messages commit together. Right after the commit this process delivers
 * them; if it dies first, the outbound sweeper does. Telegram calls it per update; Slack will
 * call it after `ack()`.
 */
import type { Logger } from 'pino';
import type { Db, Tx } from '../../storage/database.js';
import { markEventProcessed } from '../../storage/inbound-events.js';
import type { OutboundDraft, OutboundRow } from '../../storage/repositories/outbound.js';
import type { OutboundDispatcher } from '../outbound/dispatcher.js';

export type { OutboundDraft, OutboundRow };

export interface EventDeps {
  db: Db;
  logger: Logger;
  outbound: OutboundDispatcher;
}

/** Where the event came from: dedupe is keyed by both (Telegram: bot id + update_id). */
export interface InboundEvent {
  source: string;
  eventId: string;
  /** Extra log fields for this event's child logger (ids only, never content). */
  log?: Record<string, unknown>;
}

export interface EventScope {
  tx: Tx;
  log: Logger;
  /** Queues a message; it is written with the transaction and delivered after the commit. */
  send(draft: OutboundDraft): void;
}

export type EventOutcome<T> =
  | { duplicate: true }
  | { duplicate: false; result: T; delivered: Promise<void>; queued: OutboundRow[] };

export async function handleEvent<T>(
  deps: EventDeps,
  event: InboundEvent,
  work: (scope: EventScope) => Promise<T>,
): Promise<EventOutcome<T>> {
  const log = deps.logger.child({ source: event.source, event_id: event.eventId, ...event.log });
  const committed = await deps.db.transaction(async (tx) => {
    if (!(await markEventProcessed(tx, event.source, event.eventId))) return undefined;
    const drafts: OutboundDraft[] = [];
    const result = await work({ tx, log, send: (draft) => void drafts.push(draft) });
    const queued = await deps.outbound.enqueue(tx, drafts);
    return { result, queued };
  });
  if (!committed) {
    log.debug('duplicate event ignored');
    return { duplicate: true };
  }
  return {
    duplicate: false,
    result: committed.result,
    queued: committed.queued,
    delivered: deps.outbound.deliver(committed.queued),
  };
}
