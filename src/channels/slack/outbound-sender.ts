import { webApi } from '@slack/bolt';
import type { ChannelSender, DeliveryResult, OutboundRow } from '../../services/outbound/delivery.js';
import { RateLimiter } from '../../services/outbound/rate-limiter.js';
import type { SlackOp } from './context.js';

/**
 * Slack's Web API limits are per method and workspace, in tiers (per minute): chat.update is
 * Tier 3 (50+), views.publish and the upload pair Tier 4 (100+); chat.postMessage is "special":
 * about one message a second per channel (the dispatcher's per-chat limiter keeps that) and a few
 * hundred a minute per workspace. A response_url is no Web API method and has no tier.
 * Pacing below the limits avoids most 429s; the ones left carry Retry-After, which pauses the
 * whole app in the dispatcher's limiter, like Telegram's retry_after.
 */
export const SLACK_METHOD_LIMITS: Partial<Record<SlackOp['op'], number>> = {
  post: 240,
  update: 50,
  upload: 50,
  'publish-home': 100,
};

/** Counted by the dispatcher's per-chat limiter: everything that lands as a message in a channel. */
const MESSAGE_OPS = new Set<SlackOp['op']>(['post', 'update', 'upload']);

/** Refusals that mean the person cannot be written to (left the workspace, blocked DMs). */
const UNREACHABLE = new Set([
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'user_not_visible',
  'channel_not_found',
  'is_archived',
  'not_in_channel',
]);
/** The app's own token: not the person's fault, and fixed by the operator; retried with back-off. */
const TOKEN_PROBLEMS = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
]);
/** A pressed message that cannot be edited any more: the next question goes as a new message. */
const NOT_EDITABLE = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);

export class ResponseUrlError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(`response_url answered ${status}`);
    this.name = 'ResponseUrlError';
  }
}

/** Sorts a Web API (or response_url) failure into what the queue should do about it. */
export function classifySlackError(op: SlackOp['op'], error: unknown): DeliveryResult {
  if (error instanceof ResponseUrlError) {
    if (error.status === 429) return { status: 'retry-after', ms: (error.retryAfterSeconds ?? 1) * 1000 };
    // 404 expired_url / used_url: 30 minutes or 5 answers are over; nothing to deliver any more.
    if (error.status === 404 || error.status === 410)
      return { status: 'dropped', reason: 'response_url expired' };
    return { status: 'failed', reason: `response_url ${error.status}`, permanent: error.status < 500 };
  }
  if (error instanceof webApi.WebAPIRateLimitedError)
    return { status: 'retry-after', ms: Math.max(1, error.retryAfter) * 1000 };
  if (error instanceof webApi.WebAPIRequestError)
    return { status: 'failed', reason: 'network', permanent: false };
  if (error instanceof webApi.WebAPIHTTPError)
    return { status: 'failed', reason: `http ${error.statusCode}`, permanent: error.statusCode < 500 };
  if (!(error instanceof webApi.WebAPIPlatformError))
    return { status: 'failed', reason: 'error', permanent: false };
  const code = error.data.error;
  if (code === 'ratelimited') return { status: 'retry-after', ms: 1000 };
  if (TOKEN_PROBLEMS.has(code)) return { status: 'failed', reason: code, permanent: false };
  // An old message's channel gone (or a Home tab refused) says nothing about the person's DM; a
  // new message refused does.
  if (UNREACHABLE.has(code))
    return op === 'update' || op === 'publish-home'
      ? { status: 'dropped', reason: code }
      : { status: 'unreachable', reason: code };
  if (code === 'internal_error' || code === 'fatal_error' || code === 'service_unavailable')
    return { status: 'failed', reason: code, permanent: false };
  return { status: 'failed', reason: code, permanent: true };
}

async function respond(op: Extract<SlackOp, { op: 'respond' }>): Promise<void> {
  const response = await fetch(op.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      response_type: 'ephemeral',
      replace_original: op.replaceOriginal === true,
      text: op.text,
      ...(op.blocks ? { blocks: op.blocks } : {}),
    }),
  });
  const body = await response.text();
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ResponseUrlError(response.status, body, Number.isFinite(retryAfter) ? retryAfter : undefined);
  }
}

/** A DM channel id for uploads: files.completeUploadExternal takes channels, not user ids. */
async function channelFor(client: webApi.WebClient, channel: string): Promise<string> {
  if (!/^[UW]/.test(channel)) return channel;
  const opened = await client.conversations.open({ users: channel });
  return opened.channel?.id ?? channel;
}

async function call(client: webApi.WebClient, op: SlackOp): Promise<string | undefined> {
  switch (op.op) {
    case 'post': {
      const sent = await client.chat.postMessage({
        channel: op.channel,
        text: op.text,
        ...(op.blocks ? { blocks: op.blocks } : {}),
      });
      return sent.ts;
    }
    case 'update':
      try {
        await client.chat.update({ channel: op.channel, ts: op.ts, text: op.text, blocks: op.blocks ?? [] });
        return op.ts;
      } catch (error) {
        if (!(error instanceof webApi.WebAPIPlatformError && NOT_EDITABLE.has(error.data.error))) throw error;
        const sent = await client.chat.postMessage({
          channel: op.channel,
          text: op.text,
          ...(op.blocks ? { blocks: op.blocks } : {}),
        });
        return sent.ts;
      }
    case 'respond':
      await respond(op);
      return undefined;
    case 'upload': {
      const uploaded = await client.filesUploadV2({
        channel_id: await channelFor(client, op.channel),
        file: Buffer.from(op.base64, 'base64'),
        filename: op.fileName,
        ...(op.title ? { title: op.title } : {}),
        ...(op.comment ? { initial_comment: op.comment } : {}),
      });
      const files = (uploaded as { files?: Array<{ files?: Array<{ id?: string }> }> }).files;
      return files?.[0]?.files?.[0]?.id;
    }
    case 'publish-home':
      await client.views.publish({ user_id: op.user, view: op.view });
      return undefined;
    default: {
      const unknown: never = op; // a new op kind in context.ts must be delivered here
      throw new Error(`unknown Slack op ${JSON.stringify(unknown)}`);
    }
  }
}

export interface SlackSenderOptions {
  /** Per-method pacing (SLACK_METHOD_LIMITS); off in tests, where the stand-in has no limits. */
  methodLimits?: boolean;
}

/**
 * Delivers queued Slack operations for one app in one workspace. `client` must not retry 429s
 * itself (`rejectRateLimitedCalls`, few retries): the queue pauses the whole app on a 429 instead
 * of one call sleeping while the others keep hitting the limit.
 */
export function slackSender(
  client: webApi.WebClient,
  sender: string,
  options: SlackSenderOptions = {},
): ChannelSender {
  const limiters = new Map<string, RateLimiter>();
  const pace = async (op: SlackOp['op']) => {
    const perMinute = SLACK_METHOD_LIMITS[op];
    if (options.methodLimits === false || !perMinute) return;
    let limiter = limiters.get(op);
    if (!limiter) {
      // The per-chat limit is the dispatcher's; this one is the method's, workspace-wide.
      limiter = new RateLimiter({ perSecond: perMinute / 60, perChatPerSecond: 0, perChatBurst: 1 });
      limiters.set(op, limiter);
    }
    await limiter.acquire('', 0);
  };
  return {
    channel: 'slack',
    sender,
    isRateLimited: (op) => MESSAGE_OPS.has(op as SlackOp['op']),
    async deliver(row: OutboundRow): Promise<DeliveryResult> {
      const op = row.payload as SlackOp;
      try {
        await pace(op.op);
        const externalId = await call(client, op);
        return externalId ? { status: 'sent', externalId } : { status: 'sent' };
      } catch (error) {
        return classifySlackError(op.op, error);
      }
    },
  };
}
