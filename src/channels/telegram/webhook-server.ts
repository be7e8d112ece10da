import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Bot, BotError, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { safeError } from '../../logging/safe-error.js';
import { isDatabaseUnavailable, RetryLaterError } from '../../storage/availability.js';

/** Telegram updates are a few kilobytes (a 4096-character text with entities); 1 MB is plenty. */
export const MAX_UPDATE_BYTES = 1024 * 1024;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookServerOptions {
  path: string;
  secretToken: string;
  logger?: Logger | undefined;
  maxBodyBytes?: number;
  /** After this, answer 503 (Telegram sends it again) and let the update finish in the background. */
  timeoutMs?: number;
  /** Other GET routes served on the same port (the operator's /healthz and /readyz). */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/**
 * The webhook endpoint plus GET /healthz. Telegram proves itself with the secret token it was
 * given in setWebhook (X-Telegram-Bot-Api-Secret-Token); requests without it get 401 and are
 * never handled. Telegram waits for our answer before sending the chat's next update, which
 * keeps each chat in order without `sequentialize`.
 *
 * Telegram retries every non-2xx answer, so the status says whether trying again can help:
 * 400/413 for a body that will never be a valid update, 503 when the database is unavailable
 * (the update is delivered again once it is back), 500 for a bug.
 */
export function createWebhookServer<C extends Context>(bot: Bot<C>, options: WebhookServerOptions): Server {
  const limit = options.maxBodyBytes ?? MAX_UPDATE_BYTES;
  const expectedSecret = digest(options.secretToken);
  let initialized: Promise<void> | undefined;
  const log = (status: number, outcome: string) =>
    options.logger?.warn({ kind: 'webhook', status, outcome }, 'webhook request refused');

  const handlePost = async (req: IncomingMessage, res: ServerResponse) => {
    const secret = req.headers[SECRET_HEADER];
    if (typeof secret !== 'string' || !timingSafeEqual(digest(secret), expectedSecret)) {
      return refuseUnread(res, 401);
    }
    const body = await readBody(req, limit);
    if (body === 'too-large') {
      log(413, 'too-large');
      return refuseUnread(res, 413);
    }
    if (body === 'aborted') return;
    const update = parseUpdate(body);
    if (!update) {
      log(400, 'not-an-update');
      return void res.writeHead(400).end();
    }
    initialized ??= bot.init().catch((error: unknown) => {
      initialized = undefined; // getMe failed: the next request tries again
      throw error;
    });
    await initialized;
    const handled = bot.handleUpdate(update);
    if ((await withTimeout(handled, options.timeoutMs ?? 25_000)) === 'timeout') {
      // Still running (a database that hangs, or a flood-control pause before its reply goes
      // out): let it finish, but answer 503 so Telegram sends it again. If it did commit, the
      // redelivery is absorbed by its dedupe row; if it never commits, nothing is lost.
      handled.catch((error: unknown) =>
        options.logger?.warn({ err: safeError(causeOf(error)) }, 'webhook update failed after its answer'),
      );
      return void res.writeHead(503).end();
    }
    res.writeHead(200).end();
  };

  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (options.routes?.(req, res)) return;
    if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'POST' || path !== options.path) return refuseUnread(res, 404);
    handlePost(req, res).catch((error: unknown) => {
      const cause = causeOf(error);
      const retry = cause instanceof RetryLaterError || isDatabaseUnavailable(cause);
      if (retry)
        options.logger?.warn({ err: safeError(cause) }, 'webhook update deferred: database unavailable');
      else options.logger?.error({ err: safeError(cause) }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(retry ? 503 : 500);
      res.end();
    });
  });
}

/**
 * Answers before the body is read. Connection: close makes Node drop the socket after the answer
 * instead of reading (and discarding) whatever the client still sends.
 */
function refuseUnread(res: ServerResponse, status: number): void {
  res.writeHead(status, { connection: 'close' }).end();
}

/** handleUpdate wraps what a middleware threw in a BotError. */
function causeOf(error: unknown): unknown {
  return error instanceof BotError ? error.error : error;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** The body, or 'too-large' as soon as it passes `limit` bytes (the rest is never read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData).pause();
      chunks.length = 0;
      resolve('too-large');
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', () => resolve('aborted'));
    req.once('close', () => resolve('aborted')); // the client went away first (after 'end' a no-op)
  });
}

/**
 * An update is a JSON object with a non-negative integer update_id: run-once deduplicates on it,
 * so an update without one would be recorded as `…:undefined` and swallow every later one.
 */
function parseUpdate(body: Buffer): Update | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const id = (value as { update_id?: unknown }).update_id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? (value as Update) : undefined;
}

function withTimeout<T>(task: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([task, timeout]).finally(() => clearTimeout(timer));
}
