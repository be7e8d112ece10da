/**
 * The one path every inbound event takes, whatever the channel: absorb redeliveries, run the
 * work in one transaction, and queue what it wants sent as rows of that same transaction, so the
 * state change and its messages commit together. Right after the commit this process delivers
 * them; if it dies first, the outbound sweeper does. Telegram calls it per update; Slack will
 * call it after `ack()`.
 */
import type { Logger } from 'pino';
import type { Metrics } from '../../ops/metrics.js';
import { isDatabaseUnavailable } from '../../storage/availability.js';
import type { Db, Tx } from '../../storage/database.js';
import { type DialogTarget, type EventPreload, markEventAndLoad } from '../../storage/event-preload.js';
import { markEventProcessed } from '../../storage/inbound-events.js';
import type { ExternalUser } from '../../storage/repositories/identities.js';
import type { OutboundDraft, OutboundRow } from '../../storage/repositories/outbound.js';
import { atCommit, transaction } from '../../storage/transaction.js';
import type { OutboundDispatcher } from '../outbound/dispatcher.js';
import { takeNotified } from '../outbound/notifier.js';

export type { DialogTarget, EventPreload, OutboundDraft, OutboundRow };

export interface EventDeps {
  db: Db;
  logger: Logger;
  outbound: OutboundDispatcher;
  metrics?: Metrics | undefined;
}

/** Where the event came from: dedupe is keyed by both (Telegram: bot id + update_id). */
export interface InboundEvent {
  source: string;
  eventId: string;
  /** What kind of event it is (`command`, `button`, `text`…), for metrics. */
  kind?: string;
  /** Extra log fields for this event's child logger (ids only, never content). */
  log?: Record<string, unknown>;
  /**
   * Who sent it, and which dialog their input is for: looked up and locked together with the
   * dedupe, in one statement, instead of one round trip each.
   */
  preload?: { account: ExternalUser; dialog?: DialogTarget | undefined };
}

export interface EventScope {
  tx: Tx;
  log: Logger;
  /** Queues a message; it is written with the transaction and delivered after the commit. */
  send(draft: OutboundDraft): void;
  /** What `preload` found: the sender's employee row and their locked dialog. */
  preloaded?: EventPreload;
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
  let queued: OutboundRow[] = [];
  const labels = { source: event.source, kind: event.kind ?? 'other' };
  const started = performance.now();
  const committed = await transaction(deps.db, async (tx) => {
    let preloaded: EventPreload | undefined;
    if (event.preload) {
      preloaded = await markEventAndLoad(tx, {
        source: event.source,
        eventId: event.eventId,
        ...event.preload,
      });
      if (!preloaded.fresh) return undefined;
    } else if (!(await markEventProcessed(tx, event.source, event.eventId))) {
      return undefined;
    }
    const drafts: OutboundDraft[] = [];
    const send = (draft: OutboundDraft) => void drafts.push(draft);
    const result = await work({ tx, log, send, ...(preloaded ? { preloaded } : {}) });
    // Messages to other people (an appraiser told of a check-in) were queued by the work itself.
    const notified = takeNotified(tx);
    queued = notified;
    // The messages travel with COMMIT (one statement: an update queues a handful).
    if (drafts.length > 0)
      await atCommit(tx, async () => {
        queued = [...(await deps.outbound.enqueue(tx, drafts)), ...notified];
      });
    return { result };
  }).catch((error: unknown) => {
    const outcome = isDatabaseUnavailable(error) ? 'retry-later' : 'failed';
    deps.metrics?.updates.inc({ ...labels, outcome });
    throw error;
  });
  deps.metrics?.updates.inc({ ...labels, outcome: committed ? 'handled' : 'duplicate' });
  if (committed) deps.metrics?.updateSeconds.observe(labels, (performance.now() - started) / 1000);
  if (!committed) {
    log.debug('duplicate event ignored');
    return { duplicate: true };
  }
  return { duplicate: false, result: committed.result, queued, delivered: deps.outbound.deliver(queued) };
}
