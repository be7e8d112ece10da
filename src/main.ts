/**
 * Composition root: config → logger → database → services → channels → scheduler.
 * The only module that sees everything; it also owns the graceful stop.
 */

import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadConfigOrExit, slackConfigOf } from './config.js';
import { Translator } from './i18n/translator.js';
import { createLogger } from './logging/logger.js';
import { safeError } from './logging/safe-error.js';
import { Metrics, metricsRoute } from './ops/metrics.js';
import { opsRoutes } from './ops/ops-routes.js';
import { defaultJobHandlers, startScheduler } from './scheduler/start-scheduler.js';
import { createPlatform } from './services/platform.js';
import { retentionPolicyOf } from './services/retention/prune-retention.js';
import { DataDirError } from './storage/data-dir-lock.js';
import { databaseReady, openDatabase } from './storage/database.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.LOG_LEVEL, pretty: config.NODE_ENV === 'development' });
  const translator = new Translator(config.DIKA_LOCALE);

  const database = await openDatabase(
    config.DATABASE_URL
      ? { url: config.DATABASE_URL, statementTimeoutMs: 15_000, migrate: config.DIKA_MIGRATE }
      : { dataDir: config.DIKA_DATA_DIR },
  ).catch((error: unknown) => {
    // In use or not writable: the operator needs the sentence, not a stack trace.
    if (error instanceof DataDirError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  });

  const channels: string[] = [];
  const metrics = new Metrics();
  const health = opsRoutes(() => databaseReady(database.db));
  const exposeMetrics = config.METRICS_TOKEN ? metricsRoute(metrics, config.METRICS_TOKEN) : undefined;
  // Slack's HTTP receiver (POST /slack/events) is one more route of the one server on PORT.
  let slackRoute: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;
  const routes = (req: IncomingMessage, res: ServerResponse) =>
    health(req, res) || (exposeMetrics?.(req, res) ?? false) || (slackRoute?.(req, res) ?? false);
  let stopTelegram: (() => Promise<void>) | undefined;
  let stopSlack: (() => Promise<void>) | undefined;
  let opsServer: Server | undefined;
  const platform = createPlatform({
    db: database.db,
    logger,
    // Paid broadcast lifts Telegram's per-bot limit to 1,000 messages a second.
    messagesPerSecond: config.TELEGRAM_PAID_BROADCAST ? 1_000 : config.TELEGRAM_RATE_LIMIT,
    metrics,
    defaultLocale: config.DIKA_LOCALE,
  });

  if (config.TELEGRAM_BOT_TOKEN) {
    const { startTelegram } = await import('./channels/telegram/start.js');
    const telegram = await startTelegram({
      config,
      database,
      translator,
      logger,
      routes,
      metrics,
      ...platform,
    });
    stopTelegram = telegram.stop;
    channels.push(config.TELEGRAM_WEBHOOK_URL ? 'telegram (webhook)' : 'telegram (long polling)');
  } else {
    logger.info('Telegram disabled: set TELEGRAM_BOT_TOKEN (from @BotFather) to enable it');
  }
  const slack = slackConfigOf(config);
  if (slack.mode !== 'none') {
    const { startSlack } = await import('./channels/slack/start.js');
    const channel = await startSlack({ config, slack, database, translator, logger, metrics, ...platform });
    slackRoute = channel.route;
    stopSlack = channel.stop;
    channels.push(slack.mode === 'http' ? 'slack (HTTP)' : 'slack (Socket Mode)');
  } else {
    logger.info(
      'Slack disabled: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) to enable it',
    );
  }

  // The webhook server answers /healthz and /readyz itself; otherwise they get their own server.
  if (!(config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_URL)) {
    opsServer = createServer((req, res) => {
      if (!routes(req, res)) res.writeHead(404).end();
    });
    opsServer.listen(config.PORT);
    await once(opsServer, 'listening');
  }

  // Rows a crash left undelivered, and those that failed for a moment, go out from here.
  platform.outbound.start();
  const stopScheduler = startScheduler({
    db: database.db,
    logger: logger.child({ part: 'scheduler' }),
    handlers: defaultJobHandlers(),
    worker: `${hostname()}:${process.pid}`,
    defaultLocale: config.DIKA_LOCALE,
    retention: retentionPolicyOf(config),
    ...platform,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const step = (name: string, run: () => Promise<void>) =>
      run().catch((error: unknown) => logger.error({ step: name, err: safeError(error) }, 'stop failed'));
    // Take no new updates and finish those in hand; no new jobs; then deliver what is queued
    // (10 s at most: what is left stays queued for the next start). Only then close the database.
    await step('telegram', async () => stopTelegram?.());
    await step('slack', async () => stopSlack?.());
    await step('scheduler', stopScheduler);
    await step('outbound', () => platform.outbound.stop(10_000));
    await step('ops', async () => {
      opsServer?.close();
    });
    await database.close();
    logger.flush();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  logger.info(
    {
      database: database.backend,
      location: database.location,
      channels,
      readyMs: Math.round(performance.now() - started),
    },
    `dika ready on ${database.backend === 'pglite' ? 'embedded PostgreSQL (PGlite)' : 'PostgreSQL'}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
