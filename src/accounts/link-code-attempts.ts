import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../storage/database.js';
import { linkCodeAttempts } from '../storage/schema.js';
import type { ChatIdentity } from './bind-identity.js';

/** Codes are 128-bit, but nothing should let an account try them at the speed of a loop. */
export const LINK_CODE_ATTEMPT_LIMIT = 5;
export const LINK_CODE_ATTEMPT_WINDOW_MS = 15 * 60_000;

type Account = Pick<ChatIdentity, 'platform' | 'workspace' | 'externalUserId'>;

/**
 * Counts one attempt of this account before its code is looked at, and says whether it may be
 * checked. One upsert: concurrent attempts of one account (two replicas, a burst of updates)
 * queue on its row, so the count cannot be overtaken; it is rolled back with a failed update.
 * The window is fixed: it starts with the first attempt and ends LINK_CODE_ATTEMPT_WINDOW_MS
 * later, when the count starts again.
 */
export async function takeLinkCodeAttempt(
  tx: Tx,
  account: Account,
  now: Date,
): Promise<{ allowed: true } | { allowed: false; retryAt: Date }> {
  const t = linkCodeAttempts;
  const expired = sql`${t.windowStartedAt} <= ${new Date(now.getTime() - LINK_CODE_ATTEMPT_WINDOW_MS).toISOString()}::timestamptz`;
  const [row] = await tx
    .insert(t)
    .values({ ...keyOf(account), windowStartedAt: now, attempts: 1 })
    .onConflictDoUpdate({
      target: [t.platform, t.workspace, t.externalUserId],
      set: {
        attempts: sql`case when ${expired} then 1 else ${t.attempts} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${t.windowStartedAt} end`,
      },
    })
    .returning({ attempts: t.attempts, windowStartedAt: t.windowStartedAt });
  if (row!.attempts <= LINK_CODE_ATTEMPT_LIMIT) return { allowed: true };
  return { allowed: false, retryAt: new Date(row!.windowStartedAt.getTime() + LINK_CODE_ATTEMPT_WINDOW_MS) };
}

/** After a successful link the failures before it no longer count. */
export async function clearLinkCodeAttempts(tx: Tx, account: Account): Promise<void> {
  const key = keyOf(account);
  await tx
    .delete(linkCodeAttempts)
    .where(
      and(
        eq(linkCodeAttempts.platform, key.platform),
        eq(linkCodeAttempts.workspace, key.workspace),
        eq(linkCodeAttempts.externalUserId, key.externalUserId),
      ),
    );
}

function keyOf(account: Account) {
  return { platform: account.platform, workspace: account.workspace, externalUserId: account.externalUserId };
}
