import { createServer, type Server } from 'node:http';
import { type Bot, webhookCallback } from 'grammy';
import type { Logger } from 'pino';
import { safeError } from '../../logging/safe-error.js';
import type { DikaContext } from './context.js';

/**
 * The webhook endpoint plus GET /healthz. Telegram proves itself with the secret token it was
 * given in setWebhook (X-Telegram-Bot-Api-Secret-Token); requests without it get 401 and are
 * never handled. Telegram waits for our answer before sending the chat's next update, which
 * keeps each chat in order without `sequentialize`.
 */
export function createWebhookServer(
  bot: Bot<DikaContext>,
  options: { path: string; secretToken: string; logger?: Logger },
): Server {
  const handle = webhookCallback(bot, 'http', {
    secretToken: options.secretToken,
    // A slow update (flood-control waits) answers 200 and finishes in the background, instead of
    // a 500 that makes Telegram redeliver what run-once would discard anyway.
    onTimeout: 'return',
    timeoutMilliseconds: 25_000,
  });
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'POST' || path !== options.path) {
      res.writeHead(404).end();
      return;
    }
    handle(req, res).catch((error: unknown) => {
      options.logger?.error({ err: safeError(error) }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
}
