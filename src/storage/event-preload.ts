/**
 * The first statement of an update, in one round trip: record the event (dedupe), find who sent
 * it, and lock the dialog their input is for. Three queries' worth of work that the hot path
 * would otherwise pay in three round trips.
 */
import { and, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './database.js';
import type { StoredConversation } from './repositories/conversations.js';
import type { EmployeeRow, ExternalUser } from './repositories/identities.js';
import { channelIdentities, conversations, employees, processedEvents } from './schema.js';

/** Which open dialog to lock: the one of `kinds` that asked last (one kind for a button). */
export interface DialogTarget {
  kinds: readonly string[];
}

export interface EventPreload {
  /** False for a redelivered event: nothing else was looked up. */
  fresh: boolean;
  employee: EmployeeRow | undefined;
  /** Undefined when not asked for; null when the person has no such dialog open. */
  conversation?: StoredConversation<unknown> | null;
}

const employeeColumns = Object.entries(getTableColumns(employees)) as Array<[string, PgColumn]>;
/** Column keys are code, not input: safe to inline as JSON keys. */
const employeeJson = sql.join(
  employeeColumns.map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`),
  sql`, `,
);
const timestampKeys = employeeColumns.filter(([, c]) => c.columnType === 'PgTimestamp').map(([k]) => k);

function employeeFrom(json: Record<string, unknown> | null): EmployeeRow | undefined {
  if (!json) return undefined;
  const row = { ...json };
  for (const key of timestampKeys) if (typeof row[key] === 'string') row[key] = new Date(row[key] as string);
  return row as unknown as EmployeeRow;
}

export async function markEventAndLoad(
  tx: DbOrTx,
  input: { source: string; eventId: string; account: ExternalUser; dialog?: DialogTarget },
): Promise<EventPreload> {
  const { account, dialog } = input;
  const locked =
    dialog && dialog.kinds.length > 0
      ? sql`, dialog as (
          select ${conversations.id}, ${conversations.kind}, ${conversations.state},
                 ${conversations.version}, ${conversations.channel}
          from ${conversations}
          where ${and(
            eq(conversations.employeeId, sql`(select id from who)`),
            inArray(conversations.kind, [...dialog.kinds]),
          )}
          order by ${desc(conversations.promptedAt)}, ${desc(conversations.id)}
          limit 1
          for update)`
      : sql``;
  const dialogJson =
    dialog && dialog.kinds.length > 0
      ? sql`(select json_build_object('id', id, 'kind', kind, 'state', state, 'version', version,
              'channel', channel) from dialog)`
      : sql`null`;
  const result = await tx.execute<{
    fresh: boolean;
    employee: Record<string, unknown> | null;
    dialog: unknown;
  }>(sql`
    with ev as (
      insert into ${processedEvents} (platform, event_id) values (${input.source}, ${input.eventId})
      on conflict do nothing
      returning 1
    ), who as (
      select ${employees.id} as id, json_build_object(${employeeJson}) as employee
      from ${channelIdentities}
      join ${employees} on ${eq(employees.id, channelIdentities.employeeId)}
      where ${and(
        eq(channelIdentities.platform, account.platform),
        eq(channelIdentities.workspace, account.workspace),
        eq(channelIdentities.externalUserId, account.externalUserId),
        eq(employees.active, true),
      )} and exists (select 1 from ev)
      limit 1
    )${locked}
    select exists (select 1 from ev) as fresh, (select employee from who) as employee, ${dialogJson} as dialog`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
    fresh: boolean;
    employee: Record<string, unknown> | null;
    dialog: StoredConversation<unknown> | null;
  }>;
  const row = rows[0]!;
  const employee = employeeFrom(row.employee);
  return {
    fresh: row.fresh,
    employee,
    ...(dialog && employee ? { conversation: row.dialog ?? null } : {}),
  };
}
