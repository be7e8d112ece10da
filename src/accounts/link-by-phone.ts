import { and, eq } from 'drizzle-orm';
import type { Tx } from '../storage/database.js';
import type { EmployeeRow } from '../storage/repositories/identities.js';
import { employees } from '../storage/schema.js';
import { bindIdentity, type ChatIdentity } from './bind-identity.js';
import { normalizePhone } from './phone.js';

export type LinkByPhoneResult =
  | { ok: true; employee: EmployeeRow }
  | { ok: false; reason: 'invalid' | 'no-match' | 'ambiguous' };

/**
 * Links a chat account by the phone number the platform vouched for (a Telegram contact whose
 * user_id is the sender's own). Exactly one active employee must carry that number: two people
 * sharing an office phone must get a link code from HR instead.
 */
export async function linkByPhone(
  tx: Tx,
  input: { phone: string; now: Date; identity: ChatIdentity },
): Promise<LinkByPhoneResult> {
  const phone = normalizePhone(input.phone);
  if (!phone) return { ok: false, reason: 'invalid' };
  const matches = await tx
    .select()
    .from(employees)
    .where(and(eq(employees.phone, phone), eq(employees.active, true)))
    .limit(2);
  if (matches.length === 0) return { ok: false, reason: 'no-match' };
  if (matches.length > 1) return { ok: false, reason: 'ambiguous' };
  const employee = matches[0]!;
  await bindIdentity(tx, {
    employeeId: employee.id,
    identity: input.identity,
    method: 'phone',
    now: input.now,
  });
  return { ok: true, employee };
}
