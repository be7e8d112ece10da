/**
 * The parts every channel shares, built once per process: the dialog runner with every dialog
 * registered, the durable outbound queue with one rate limiter per bot, and the renderers that
 * turn replies into queued messages outside an update. Channels register their senders and
 * renderers here when they start.
 */
import type { Logger } from 'pino';
import type { Metrics } from '../ops/metrics.js';
import type { Db } from '../storage/database.js';
import { checkinDialog } from './checkin-service.js';
import { DialogRunner } from './dialogs/dialog-runner.js';
import { OutboundDispatcher } from './outbound/dispatcher.js';
import { RateLimiters, type RateLimitOptions, TELEGRAM_LIMITS } from './outbound/rate-limiter.js';
import { ReplyRenderers } from './outbound/reply-renderer.js';

export interface Platform {
  dialogs: DialogRunner;
  outbound: OutboundDispatcher;
  renderers: ReplyRenderers;
}

export function createPlatform(options: {
  db: Db;
  logger: Logger;
  clock?: () => Date;
  /** Messages per second per bot; 0 = off. */
  messagesPerSecond?: number;
  limits?: Partial<RateLimitOptions>;
  metrics?: Metrics;
}): Platform {
  const limits: RateLimitOptions = {
    ...TELEGRAM_LIMITS,
    ...(options.messagesPerSecond !== undefined ? { perSecond: options.messagesPerSecond } : {}),
    ...options.limits,
  };
  return {
    dialogs: new DialogRunner([checkinDialog]),
    outbound: new OutboundDispatcher({
      db: options.db,
      logger: options.logger.child({ part: 'outbound' }),
      limiters: new RateLimiters(limits),
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    }),
    renderers: new ReplyRenderers(),
  };
}
