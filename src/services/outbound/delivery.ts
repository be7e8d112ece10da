import type { OutboundRow } from '../../storage/repositories/outbound.js';

export type { OutboundRow };

/** What one attempt to deliver a queued message came to, as a channel reports it. */
export type DeliveryResult =
  | { status: 'sent'; externalId?: string }
  /** Nothing left to do (the message already says that; a button answered too late). */
  | { status: 'dropped'; reason: string }
  /** Flood control (Telegram 429): pause this sender for `ms`, then try again. */
  | { status: 'retry-after'; ms: number }
  /** Refused for good for this chat (the person blocked the bot): mark it, never retry. */
  | { status: 'unreachable'; reason: string }
  | { status: 'failed'; reason: string; permanent: boolean };

/**
 * A platform's side of the outbound queue: it turns a row's payload into one API call and
 * classifies the answer. One per bot token (Telegram) or app (Slack).
 */
export interface ChannelSender {
  readonly channel: string;
  /** The bot or app id rows carry in `sender`; each has its own rate limiter. */
  readonly sender: string;
  /** Whether the operation counts against the rate limits (answering a button press does not). */
  isRateLimited(op: string): boolean;
  deliver(row: OutboundRow): Promise<DeliveryResult>;
}
