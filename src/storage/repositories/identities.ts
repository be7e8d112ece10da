import { and, eq } from 'drizzle-orm';
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
