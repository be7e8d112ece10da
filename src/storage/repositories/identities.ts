import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { channelIdentities, employees } from '../schema.js';

export interface ExternalUser {
  platform: 'telegram' | 'slack' | 'terminal';
  /** Slack team id; '' for Telegram. */
  workspace: string;
  externalUserId: string;
}

/** The active employee behind a chat account, or undefined when the account is not linked. */
export async function findEmployeeByIdentity(db: DbOrTx, user: ExternalUser) {
  const [row] = await db
    .select({ employee: employees, chatId: channelIdentities.chatId })
    .from(channelIdentities)
    .innerJoin(employees, eq(employees.id, channelIdentities.employeeId))
    .where(
      and(
        eq(channelIdentities.platform, user.platform),
        eq(channelIdentities.workspace, user.workspace),
        eq(channelIdentities.externalUserId, user.externalUserId),
        eq(employees.active, true),
      ),
    )
    .limit(1);
  return row?.employee;
}

export type EmployeeRow = typeof employees.$inferSelect;

export async function findEmployeeByNip(db: DbOrTx, nip: string): Promise<EmployeeRow | undefined> {
  const [row] = await db.select().from(employees).where(eq(employees.nip, nip));
  return row;
}

export async function findEmployeeById(db: DbOrTx, id: number): Promise<EmployeeRow | undefined> {
  const [row] = await db.select().from(employees).where(eq(employees.id, id));
  return row;
}

/** Changes a person's saved language or time zone; returns the updated row. */
export async function updateEmployeePreferences(
  db: DbOrTx,
  id: number,
  patch: { locale?: string; timeZone?: string },
  now: Date,
): Promise<EmployeeRow | undefined> {
  const [row] = await db
    .update(employees)
    .set({ ...patch, updatedAt: now })
    .where(eq(employees.id, id))
    .returning();
  return row;
}

/**
 * Where to reach a person outside a conversation: their linked chats that the platform has not
 * refused, newest link first (a person who re-links on another platform prefers it).
 */
export async function reachableIdentities(db: DbOrTx, employeeId: number) {
  return db
    .select({
      platform: channelIdentities.platform,
      workspace: channelIdentities.workspace,
      externalUserId: channelIdentities.externalUserId,
      chatId: channelIdentities.chatId,
      locale: employees.locale,
      timeZone: employees.timeZone,
      active: employees.active,
    })
    .from(channelIdentities)
    .innerJoin(employees, eq(employees.id, channelIdentities.employeeId))
    .where(and(eq(channelIdentities.employeeId, employeeId), isNull(channelIdentities.unreachableAt)))
    .orderBy(desc(channelIdentities.linkedAt), desc(channelIdentities.id));
}
