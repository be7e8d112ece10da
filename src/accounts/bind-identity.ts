import { and, eq, or } from 'drizzle-orm';
import type { Tx } from '../storage/database.js';
import { auditLog, channelIdentities } from '../storage/schema.js';

export interface ChatIdentity {
  platform: 'telegram' | 'slack';
  /** Slack team id; '' for Telegram. */
  workspace: string;
  externalUserId: string;
  /** Where direct messages go (Telegram private chat id, Slack DM channel). */
  chatId: string;
}

/**
 * Makes `identity` the one account of this employee on that platform. A person who got a new
 * phone replaces their old account; an account that was linked to someone else (a shared phone,
 * an HR mistake) moves. Both unique indexes on channel_identities stay satisfied.
 */
export async function bindIdentity(
  tx: Tx,
  input: { employeeId: number; identity: ChatIdentity; method: 'link-code' | 'phone' | 'email'; now: Date },
): Promise<void> {
  const { employeeId, identity } = input;
  const replaced = await tx
    .delete(channelIdentities)
    .where(
      and(
        eq(channelIdentities.platform, identity.platform),
        eq(channelIdentities.workspace, identity.workspace),
        or(
          eq(channelIdentities.externalUserId, identity.externalUserId),
          eq(channelIdentities.employeeId, employeeId),
        ),
      ),
    )
    .returning({
      employeeId: channelIdentities.employeeId,
      externalUserId: channelIdentities.externalUserId,
    });
  await tx.insert(channelIdentities).values({ employeeId, ...identity, linkedAt: input.now });
  await tx.insert(auditLog).values({
    at: input.now,
    actor: `${identity.platform}:${identity.externalUserId}`,
    action: 'account.link',
    entity: 'employee',
    entityKey: String(employeeId),
    before: replaced.length > 0 ? { identities: replaced } : null,
    after: {
      platform: identity.platform,
      workspace: identity.workspace,
      externalUserId: identity.externalUserId,
      method: input.method,
    },
  });
}
