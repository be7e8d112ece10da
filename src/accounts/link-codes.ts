import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../storage/database.js';
import type { EmployeeRow } from '../storage/repositories/identities.js';
import { employees, linkCodes } from '../storage/schema.js';
import { bindIdentity, type ChatIdentity } from './bind-identity.js';
import { clearLinkCodeAttempts, takeLinkCodeAttempt } from './link-code-attempts.js';

/** What Telegram accepts as a /start deep-link parameter. */
export const LINK_CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Only this keyed hash is stored: a leaked database dump (or backup) links nobody. */
export function hashLinkCode(secret: string, code: string): string {
  return createHmac('sha256', secret).update(code).digest('hex');
}

/**
 * A single-use code for one employee: 16 random bytes as base64url (22 characters, 128 bits),
 * which fits Telegram's start parameter so it can travel in `https://t.me/<bot>?start=<code>`.
 */
export async function createLinkCode(
  db: DbOrTx,
  input: { employeeId: number; secret: string; now: Date; ttlHours?: number },
): Promise<{ code: string; expiresAt: Date }> {
  const code = randomBytes(16).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + (input.ttlHours ?? 168) * 3_600_000);
  await db.insert(linkCodes).values({
    codeHash: hashLinkCode(input.secret, code),
    employeeId: input.employeeId,
    expiresAt,
    createdAt: input.now,
  });
  return { code, expiresAt };
}

/**
 * Unknown, expired and used codes are one answer to the person (`invalid`): telling them apart
 * would tell a guesser which codes exist. `detail` is for the log only.
 */
export type RedeemResult =
  | { ok: true; employee: EmployeeRow }
  | { ok: false; reason: 'invalid'; detail: 'unknown' | 'expired' | 'used' }
  | { ok: false; reason: 'throttled'; retryAt: Date };

const invalid = (detail: 'unknown' | 'expired' | 'used'): RedeemResult => ({
  ok: false,
  reason: 'invalid',
  detail,
});

/**
 * Binds the chat account to the code's employee and uses the code up, in the caller's transaction.
 * Each call first counts an attempt of the account: past the limit the code is not even looked at.
 */
export async function redeemLinkCode(
  tx: Tx,
  input: { code: string; secret: string; now: Date; identity: ChatIdentity },
): Promise<RedeemResult> {
  const attempt = await takeLinkCodeAttempt(tx, input.identity, input.now);
  if (!attempt.allowed) return { ok: false, reason: 'throttled', retryAt: attempt.retryAt };
  if (!LINK_CODE_PATTERN.test(input.code)) return invalid('unknown');
  const [row] = await tx
    .select({ code: linkCodes, employee: employees })
    .from(linkCodes)
    .innerJoin(employees, eq(employees.id, linkCodes.employeeId))
    .where(eq(linkCodes.codeHash, hashLinkCode(input.secret, input.code)))
    .limit(1);
  // A code for someone who has since left is as good as unknown.
  if (!row?.employee.active) return invalid('unknown');
  if (row.code.usedAt) return invalid('used');
  if (row.code.expiresAt.getTime() <= input.now.getTime()) return invalid('expired');
  // Conditional update: of two concurrent redemptions only one sees its row come back.
  const claimed = await tx
    .update(linkCodes)
    .set({ usedAt: input.now })
    .where(and(eq(linkCodes.id, row.code.id), isNull(linkCodes.usedAt)))
    .returning({ id: linkCodes.id });
  if (claimed.length === 0) return invalid('used');
  await bindIdentity(tx, {
    employeeId: row.employee.id,
    identity: input.identity,
    method: 'link-code',
    now: input.now,
  });
  await clearLinkCodeAttempts(tx, input.identity);
  return { ok: true, employee: row.employee };
}
