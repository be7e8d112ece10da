/**
 * The parts every channel shares, built once per process: the dialog runner with every dialog
 * registered, the durable outbound queue with one rate limiter per bot, and the renderers that
 * turn replies into queued messages outside an update. Channels register their senders and
 * renderers here when they start.
 */
import type { Logger } from 'pino';
import type { Locale } from '../i18n/translator.js';
import type { Metrics } from '../ops/metrics.js';
import type { Db } from '../storage/database.js';
import { dialogRecordDialog } from './appraisal/dialog-record-service.js';
import { dialogTimeDialog } from './appraisal/dialog-time-service.js';
import { feedbackDialog } from './appraisal/feedback-service.js';
import { checkinDialog } from './checkin-service.js';
import { DialogRunner } from './dialogs/dialog-runner.js';
import { evaluationDialog } from './evaluation/evaluation-service.js';
import { continuousDialog } from './feedback/continuous-service.js';
import { questionnaireDialog } from './feedback/questionnaire-service.js';
import { OutboundDispatcher } from './outbound/dispatcher.js';
import { createNotifier, type Notifier } from './outbound/notifier.js';
import { RateLimiters, type RateLimitOptions, TELEGRAM_LIMITS } from './outbound/rate-limiter.js';
import { ReplyRenderers } from './outbound/reply-renderer.js';

export interface Platform {
  dialogs: DialogRunner;
  outbound: OutboundDispatcher;
  renderers: ReplyRenderers;
  /** Messages to people other than the one answered, queued in the caller's transaction. */
  notifier: Notifier;
}

export function createPlatform(options: {
  db: Db;
  logger: Logger;
  clock?: () => Date;
  /** Messages per second per bot; 0 = off. */
  messagesPerSecond?: number;
  limits?: Partial<RateLimitOptions>;
  metrics?: Metrics;
  /** Language of people reached outside an update who have none saved (DIKA_LOCALE). */
  defaultLocale?: Locale;
}): Platform {
  const limits: RateLimitOptions = {
    ...TELEGRAM_LIMITS,
    ...(options.messagesPerSecond !== undefined ? { perSecond: options.messagesPerSecond } : {}),
    ...options.limits,
  };
  const outbound = new OutboundDispatcher({
    db: options.db,
    logger: options.logger.child({ part: 'outbound' }),
    limiters: new RateLimiters(limits),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const renderers = new ReplyRenderers();
  const notifier = createNotifier({ outbound, renderers, defaultLocale: options.defaultLocale ?? 'id' });
  return {
    dialogs: new DialogRunner(
      [
        checkinDialog,
        feedbackDialog,
        dialogTimeDialog,
        dialogRecordDialog,
        evaluationDialog,
        questionnaireDialog,
        continuousDialog,
      ],
      { notifier },
    ),
    outbound,
    renderers,
    notifier,
  };
}
