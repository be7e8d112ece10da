import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Api, type Bot } from 'grammy';
import type { Logger } from 'pino';
import { type Config, secretOf } from '../../config.js';
import type { Translator } from '../../i18n/translator.js';
import { safeError } from '../../logging/safe-error.js';
import type { Metrics } from '../../ops/metrics.js';
import type { DialogRunner } from '../../services/dialogs/dialog-runner.js';
import type { OutboundDispatcher } from '../../services/outbound/dispatcher.js';
import type { ReplyRenderers } from '../../services/outbound/reply-renderer.js';
import type { Database } from '../../storage/database.js';
import { ALLOWED_UPDATES, createTelegramBot } from './bot.js';
import { registerCommands } from './commands.js';
import type { DikaContext, TelegramDeps } from './context.js';
import { telegramSender } from './outbound-sender.js';
import { startSafePolling } from './polling.js';
import { telegramReplyRenderer } from './reply-renderer.js';
import { createWebhookServer } from './webhook-server.js';

export { createWebhookServer };

export interface TelegramStartDeps {
  config: Config;
  database: Database;
  translator: Translator;
  logger: Logger;
  dialogs: DialogRunner;
  outbound: OutboundDispatcher;
  renderers: ReplyRenderers;
  metrics?: Metrics;
  /** /healthz and /readyz, served by the webhook server on PORT in webhook mode. */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface TelegramChannel {
  stop: () => Promise<void>;
}

/** Starts the Telegram channel (long polling or webhook). */
export async function startTelegram(deps: TelegramStartDeps): Promise<TelegramChannel> {
  const { config, translator } = deps;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  const logger = deps.logger.child({ channel: 'telegram' });
  const telegramDeps: TelegramDeps = {
    db: deps.database.db,
    dialogs: deps.dialogs,
    outbound: deps.outbound,
    metrics: deps.metrics,
    translator,
    logger,
    secret: secretOf(config),
    clock: () => new Date(),
    defaultLocale: config.DIKA_LOCALE,
    defaultTimeZone: config.DIKA_TIMEZONE,
  };
  const webhookUrl = config.TELEGRAM_WEBHOOK_URL;
  const bot = createTelegramBot(token, telegramDeps, { apiRoot: config.TELEGRAM_API_ROOT });
  await bot.init();
  // The queue's own Api has no auto-retry: a 429 pauses the whole bot in the queue's limiter.
  const queueApi = new Api(token, config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {});
  deps.outbound.register(
    telegramSender(queueApi, bot.botInfo.id, { paidBroadcast: config.TELEGRAM_PAID_BROADCAST }),
  );
  deps.renderers.register(telegramReplyRenderer(translator, bot.botInfo.id));
  await registerCommands(bot.api, translator).catch((error: unknown) =>
    logger.warn({ err: safeError(error) }, 'could not set the command menu'),
  );
  logger.info({ bot: bot.botInfo.username, mode: webhookUrl ? 'webhook' : 'polling' }, 'Telegram bot ready');
  const stop = webhookUrl
    ? await startWebhook(bot, config, webhookUrl, logger, deps.routes)
    : await startPolling(bot, logger);
  return { stop };
}

async function startWebhook(
  bot: Bot<DikaContext>,
  config: Config,
  url: string,
  logger: Logger,
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean,
): Promise<() => Promise<void>> {
  const secretToken = config.TELEGRAM_WEBHOOK_SECRET!; // loadConfig requires it with the URL
  const server = createWebhookServer(bot, {
    path: new URL(url).pathname,
    secretToken,
    logger,
    ...(routes ? { routes } : {}),
  });
  server.listen(config.PORT);
  await once(server, 'listening');
  await bot.api.setWebhook(url, { secret_token: secretToken, allowed_updates: [...ALLOWED_UPDATES] });
  return () =>
    new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

async function startPolling(bot: Bot<DikaContext>, logger: Logger): Promise<() => Promise<void>> {
  // getUpdates fails while a webhook is set (e.g. left over from a webhook deployment).
  await bot.api.deleteWebhook();
  const poller = startSafePolling(bot, { allowedUpdates: ALLOWED_UPDATES, logger });
  return poller.stop;
}
