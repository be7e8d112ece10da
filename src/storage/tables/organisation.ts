import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  type PgColumn,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';

// ── Organisation ───────────────────────────────────────────────────────────────────────────────

export const orgUnits = pgTable(
  'org_units',
  {
    id: id(),
    parentId: integer().references((): PgColumn => orgUnits.id),
    name: text().notNull(),
    /** Full path as HR writes it: `Deputi Bidang X/Biro Y/Bagian Z`. */
    path: text().notNull().unique(),
    /**
     * Kepala unit (the employee import's `kepala_unit`): sees the rekap of this unit and every unit
     * below it. Explicit, never inferred from the reporting line: a wrong guess would show a whole
     * unit's data to the wrong person.
     */
    headId: integer().references((): PgColumn => employees.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('org_units_parent_idx').on(t.parentId),
    index('org_units_head_idx').on(t.headId),
    // A subtree is `path = X or path like 'X/%'`; under the server's C.UTF-8 collation only a
    // text_pattern_ops index serves that prefix search (the unique index above does not).
    index('org_units_path_prefix_idx').using('btree', t.path.op('text_pattern_ops')),
  ],
);

export const employees = pgTable(
  'employees',
  {
    id: id(),
    /** 18-digit Nomor Induk Pegawai, the key every import uses. */
    nip: text().notNull().unique(),
    name: text().notNull(),
    email: text(),
    /** Digits only, international form (62…), so a shared Telegram contact can be matched. */
    phone: text(),
    position: text(),
    unitId: integer().references(() => orgUnits.id),
    /** Atasan langsung: the day-to-day lead (often a ketua tim since the 2021 delayering). */
    supervisorId: integer().references((): PgColumn => employees.id),
    /** Pejabat Penilai Kinerja when it is not the atasan (nip_penilai); null = the atasan appraises. */
    appraiserId: integer().references((): PgColumn => employees.id),
    /** `Bapak` or `Ibu` (sapaan) for a formal greeting; null = greet by name. */
    salutation: text(),
    /** How this person, as appraiser, hears of submitted check-ins: `each` at once, or a `daily` bundle. */
    checkinNotifications: text().notNull().default('each'),
    roles: text().array().notNull().default(sql`ARRAY['pegawai']::text[]`),
    locale: text().notNull().default('id'),
    timeZone: text().notNull().default('Asia/Jakarta'),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('employees_supervisor_idx').on(t.supervisorId),
    index('employees_unit_idx').on(t.unitId),
    index('employees_phone_idx').on(t.phone),
    index('employees_appraiser_idx').on(t.appraiserId),
    check('employees_locale_check', sql`${t.locale} in ('id', 'en')`),
    check('employees_salutation_check', sql`${t.salutation} is null or ${t.salutation} in ('Bapak', 'Ibu')`),
    check('employees_checkin_notifications_check', sql`${t.checkinNotifications} in ('each', 'daily')`),
  ],
);

export const leavePeriods = pgTable(
  'leave_periods',
  {
    id: id(),
    employeeId: integer()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    /** `checkin` ("cuti pekan ini"), `command` (/cuti), or `import` (HR's leave file). */
    source: text().notNull().default('checkin'),
    /** Jenis cuti as HR wrote it (tahunan, sakit, besar, melahirkan, alasan penting …); null = not given. */
    kind: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('leave_periods_unique').on(t.employeeId, t.startsOn, t.endsOn),
    check('leave_periods_range_check', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** One person may be reachable on Telegram and on Slack (several workspaces) at once. */
export const channelIdentities = pgTable(
  'channel_identities',
  {
    id: id(),
    employeeId: integer()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    platform: text().notNull(),
    /** Slack team id; empty for Telegram. */
    workspace: text().notNull().default(''),
    externalUserId: text().notNull(),
    /** Where to send direct messages (Telegram private chat id, Slack DM channel). */
    chatId: text(),
    linkedAt: createdAt(),
    /** Set when the platform refused delivery for good (the person blocked the bot): not retried. */
    unreachableAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('channel_identities_external_unique').on(t.platform, t.workspace, t.externalUserId),
    uniqueIndex('channel_identities_employee_unique').on(t.employeeId, t.platform, t.workspace),
  ],
);

/** Single-use account-linking codes. Only a keyed hash is stored, so a database dump links nobody. */
export const linkCodes = pgTable('link_codes', {
  id: id(),
  codeHash: text().notNull().unique(),
  employeeId: integer()
    .notNull()
    .references(() => employees.id, { onDelete: 'cascade' }),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * Link-code attempts per chat account in a fixed window, so codes cannot be guessed by brute
 * force. Kept in the database (not in memory) so that replicas and restarts share the count.
 */
export const linkCodeAttempts = pgTable(
  'link_code_attempts',
  {
    platform: text().notNull(),
    workspace: text().notNull().default(''),
    externalUserId: text().notNull(),
    windowStartedAt: timestamp({ withTimezone: true }).notNull(),
    attempts: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.platform, t.workspace, t.externalUserId] })],
);
