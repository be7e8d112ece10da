import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type Receiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { type Config, type SlackConfig, secretOf } from '../../config.js';
import type { Translator } from '../../i18n/translator.js';
import type { Metrics } from '../../ops/metrics.js';
import type { DialogRunner } from '../../services/dialogs/dialog-runner.js';
import type { OutboundDispatcher } from '../../services/outbound/dispatcher.js';
import type { Notifier } from '../../services/outbound/notifier.js';
import type { ReplyRenderers } from '../../services/outbound/reply-renderer.js';
import type { Database } from '../../storage/database.js';
import { boltLogger, createSlackApp, type SlackApp, withSlash } from './app.js';
import { slackSender } from './outbound-sender.js';
import { slackReplyRenderer } from './reply-renderer.js';

export interface SlackStartDeps {
  config: Config;
  slack: Exclude<SlackConfig, { mode: 'none' }>;
  database: Database;
  translator: Translator;
  logger: Logger;
  dialogs: DialogRunner;
  outbound: OutboundDispatcher;
  renderers: ReplyRenderers;
  notifier: Notifier;
  metrics?: Metrics;
  /** Tests: a clock they move, no charts, no method pacing, errors back as failures. */
  clock?: () => Date;
  charts?: boolean;
  methodLimits?: boolean;
  onError?: (error: unknown) => void;
}

export interface SlackChannel {
  /**
   * HTTP mode: serves POST /slack/events and returns true; false for any other request. It is
   * mounted on the one server of PORT (beside /healthz, /readyz and Telegram's webhook).
   */
  route?: (req: IncomingMessage, res: ServerResponse) => boolean;
  app: SlackApp;
  stop: () => Promise<void>;
}

/** A client for the queue: 429s come back as errors (the queue pauses the app), few retries. */
export function queueClient(token: string, apiUrl?: string): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: withSlash(apiUrl) } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
}

/** Starts the Slack channel: Bolt over HTTP on PORT, or Socket Mode. */
export async function startSlack(deps: SlackStartDeps): Promise<SlackChannel> {
  const { slack, config, translator } = deps;
  const logger = deps.logger.child({ channel: 'slack' });
  const apiUrl = slack.apiUrl;
  const http =
    slack.mode === 'http'
      ? new HTTPReceiver({
          signingSecret: slack.signingSecret,
          endpoints: slack.path,
          logger: boltLogger({ logger }),
          // The ack is the 200: sent before the slow work, which goes on after it.
          processBeforeResponse: false,
        })
      : undefined;
  const receiver: Receiver =
    http ??
    new SocketModeReceiver({
      appToken: (slack as Extract<SlackConfig, { mode: 'socket' }>).appToken,
      logger: boltLogger({ logger }),
      ...(apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: withSlash(apiUrl) } } } : {}),
    });
  const app = await createSlackApp(
    {
      db: deps.database.db,
      dialogs: deps.dialogs,
      notifier: deps.notifier,
      outbound: deps.outbound,
      metrics: deps.metrics,
      translator,
      logger,
      secret: secretOf(config),
      clock: deps.clock ?? (() => new Date()),
      ...(deps.charts === false ? { charts: false } : {}),
      serialTurns: deps.database.backend === 'pglite',
      defaultLocale: config.DIKA_LOCALE,
      defaultTimeZone: config.DIKA_TIMEZONE,
    },
    { tokens: slack.botTokens, receiver, apiUrl, ...(deps.onError ? { onError: deps.onError } : {}) },
  );
  const methodLimits = deps.methodLimits === false ? { methodLimits: false } : {};
  // One sender per workspace, each with its own client and limiters, keyed by its team id.
  for (const { team, token } of app.workspaces.values())
    deps.outbound.register(slackSender(queueClient(token, apiUrl), team, methodLimits));
  const teams = [...app.workspaces.keys()];
  deps.renderers.register(slackReplyRenderer(translator, teams));
  if (!http) await app.app.start();
  logger.info({ mode: slack.mode, team_id: teams.join(',') }, 'Slack app ready');
  const stop = async () => {
    if (!http) await app.app.stop();
    await app.settled();
  };
  if (!http || slack.mode !== 'http') return { app, stop };
  const path = slack.path;
  const route = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== path) return false;
    http.requestListener(req, res);
    return true;
  };
  return { app, route, stop };
}
