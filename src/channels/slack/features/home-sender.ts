/**
 * Delivers the queue's home refreshes (services/home/home-refresh.ts) for this app: each row is
 * one person's App Home, read from the database when it is sent and published with views.publish.
 * Registered with the dispatcher like a channel's sender, under the queue channel of homes.
 */

import {
  HOME_QUEUE_CHANNELS,
  type HomeRefresh,
  homeRefreshDraft,
} from '../../../services/home/home-refresh.js';
import type { ChannelSender, DeliveryResult, OutboundRow } from '../../../services/outbound/delivery.js';
import { transaction } from '../../../storage/transaction.js';
import type { SlackAccount, SlackDeps } from '../context.js';
import { classifySlackError } from '../outbound-sender.js';
import { homeView } from './home.js';

export function slackHomeSender(deps: SlackDeps): ChannelSender {
  return {
    channel: HOME_QUEUE_CHANNELS.slack!,
    sender: deps.sender,
    // views.publish is no message in a chat: no per-chat pacing (Tier 4, 100+ a minute).
    isRateLimited: () => false,
    async deliver(row: OutboundRow): Promise<DeliveryResult> {
      const { user } = row.payload as HomeRefresh;
      try {
        const view = await homeView(deps, { team: row.sender, user });
        await deps.client.views.publish({ user_id: user, view });
        return { status: 'sent' };
      } catch (error) {
        return classifySlackError('publish-home', error);
      }
    },
  };
}

/**
 * The person opened the tab (or pressed a Home button): their Home is queued and delivered now,
 * after the request's commit, outside any transaction of it.
 */
export async function refreshHomeNow(deps: SlackDeps, account: SlackAccount, employeeId?: number) {
  const draft = homeRefreshDraft('slack', { workspace: account.team, user: account.user, employeeId }, 0);
  const rows = await transaction(deps.db, (tx) => deps.outbound.enqueue(tx, [draft]));
  await deps.outbound.deliver(rows);
}
