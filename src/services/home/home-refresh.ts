/**
 * A person's home screen (Slack's App Home) shows this week's status, so a check-in submitted or
 * revised on any channel (Telegram, a Slack DM, a Slack form, the terminal) asks each of their
 * linked accounts that has one to redraw it. The queued row carries no content: the channel reads
 * the home when it delivers the row, so it shows what is committed then, and a row delivered late
 * or twice still shows the truth.
 */
import type { DbOrTx } from '../../storage/database.js';
import { reachableIdentities } from '../../storage/repositories/identities.js';
import { enqueueOutbound, type OutboundDraft } from '../../storage/repositories/outbound.js';

/**
 * The queue channel of home refreshes, per platform that has a home screen. Its own channel (not
 * `slack`): a refresh is delivered by its own sender, keeps no message waiting behind it when it
 * fails, and never marks the person's chat unreachable.
 */
export const HOME_QUEUE_CHANNELS: Readonly<Record<string, string>> = { slack: 'slack-home' };
export const HOME_REFRESH_OP = 'refresh-home';

export interface HomeRefresh {
  op: typeof HOME_REFRESH_OP;
  /** The platform's user id (Slack: `U…`); the workspace is the row's sender. */
  user: string;
}

/** One refresh of one account's home: `workspace` is the row's sender (the Slack team). */
export function homeRefreshDraft(
  platform: string,
  account: { workspace: string; user: string; employeeId?: number | undefined },
  /** 0 when the person opened the tab and waits for it; 1 behind replies otherwise. */
  priority: 0 | 1 = 1,
): OutboundDraft {
  const channel = HOME_QUEUE_CHANNELS[platform];
  if (!channel) throw new Error(`no home screen on ${platform}`);
  const payload: HomeRefresh = { op: HOME_REFRESH_OP, user: account.user };
  return {
    channel,
    sender: account.workspace,
    address: account.user,
    employeeId: account.employeeId ?? null,
    op: HOME_REFRESH_OP,
    payload,
    priority,
  };
}

/**
 * Queues a refresh for each of the person's accounts with a home screen, in the caller's
 * transaction. Leased to nobody (`leaseUntil` = now): whichever process runs that platform's
 * sender takes it at its next sweep, also when this one (a Telegram-only process, the terminal)
 * does not.
 */
export async function queueHomeRefresh(tx: DbOrTx, employeeId: number, now: Date): Promise<void> {
  const identities = await reachableIdentities(tx, employeeId);
  const drafts = identities
    .filter((i) => i.active && HOME_QUEUE_CHANNELS[i.platform] !== undefined)
    .map((i) => homeRefreshDraft(i.platform, { workspace: i.workspace, user: i.externalUserId, employeeId }));
  if (drafts.length > 0) await enqueueOutbound(tx, drafts, now);
}
