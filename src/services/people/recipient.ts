import { isLocale, type Locale } from '../../i18n/translator.js';
import type { DbOrTx } from '../../storage/database.js';
import { reachableIdentities } from '../../storage/repositories/identities.js';

/** Where and how a message outside a conversation reaches a person. */
export interface Recipient {
  employeeId: number;
  channel: string;
  /** The chat to write to (Telegram private chat id; Slack DM channel). */
  address: string;
  /** The identity's workspace (a Slack team id): whose bot writes to a person linked there. */
  workspace?: string;
  locale: Locale;
  timeZone: string;
}

/**
 * The one place that decides how to reach a person: their newest reachable linked account on a
 * channel this process runs. Jobs and digests ask here instead of carrying a channel in payloads.
 */
export async function recipientOf(
  db: DbOrTx,
  employeeId: number,
  options: { channels: readonly string[]; defaultLocale: Locale },
): Promise<Recipient | undefined> {
  const identities = await reachableIdentities(db, employeeId);
  const usable = identities.find((i) => i.active && options.channels.includes(i.platform));
  if (!usable) return undefined;
  return {
    employeeId,
    channel: usable.platform,
    // In a Telegram private chat the chat id equals the user id, so an identity without one still works.
    address: usable.chatId ?? usable.externalUserId,
    ...(usable.workspace ? { workspace: usable.workspace } : {}),
    locale: isLocale(usable.locale) ? usable.locale : options.defaultLocale,
    timeZone: usable.timeZone,
  };
}
