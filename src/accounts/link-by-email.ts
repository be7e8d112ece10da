import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../storage/database.js';
import type { EmployeeRow } from '../storage/repositories/identities.js';
import { employees } from '../storage/schema.js';
import { bindIdentity, type ChatIdentity } from './bind-identity.js';

export type LinkByEmailResult =
  | { ok: true; employee: EmployeeRow }
  | { ok: false; reason: 'invalid' | 'no-match' | 'ambiguous' };

/** Enough of an address to be worth looking up; the workspace already verified it. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Links a chat account by the email address its platform vouches for (Slack's users.info with
 * users:read.email: the workspace verified it), matched against the imported `email` without
 * regard to case. Exactly one active employee must carry it: a shared mailbox needs a link code.
 */
export async function linkByEmail(
  tx: Tx,
  input: { email: string; now: Date; identity: ChatIdentity },
): Promise<LinkByEmailResult> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) return { ok: false, reason: 'invalid' };
  const matches = await tx
    .select()
    .from(employees)
    .where(and(sql`lower(${employees.email}) = ${email}`, eq(employees.active, true)))
    .limit(2);
  if (matches.length === 0) return { ok: false, reason: 'no-match' };
  if (matches.length > 1) return { ok: false, reason: 'ambiguous' };
  const employee = matches[0]!;
  await bindIdentity(tx, {
    employeeId: employee.id,
    identity: input.identity,
    method: 'email',
    now: input.now,
  });
  return { ok: true, employee };
}
