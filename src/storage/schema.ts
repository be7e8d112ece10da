/**
 * dika's whole data model. Later features add columns and tables here; drizzle-kit turns the
 * difference into a new file in migrations/.
 *
 * Ids are integer identities, not UUIDs: they travel in Telegram callback data, which holds 64 bytes.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  type PgColumn,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const id = () => integer().primaryKey().generatedAlwaysAsIdentity();
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
/** Realisation values can be money (Rp 1.500.000.000) or percentages with decimals. */
const measure = () => numeric({ precision: 20, scale: 4, mode: 'number' });

// ── Organisation ───────────────────────────────────────────────────────────────────────────────

export const orgUnits = pgTable(
  'org_units',
  {
    id: id(),
    parentId: integer().references((): PgColumn => orgUnits.id),
    name: text().notNull(),
    /** Full path as HR writes it: `Deputi Bidang X/Biro Y/Bagian Z`. */
    path: text().notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index('org_units_parent_idx').on(t.parentId)],
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
    /** Direct supervisor = Pejabat Penilai Kinerja. */
    supervisorId: integer().references((): PgColumn => employees.id),
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
    check('employees_locale_check', sql`${t.locale} in ('id', 'en')`),
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
    /** `checkin` when the person said "cuti minggu ini", `import` when HR loaded it. */
    source: text().notNull().default('checkin'),
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

// ── Plans: periods, objectives, key results ───────────────────────────────────────────────────

export const performancePeriods = pgTable(
  'performance_periods',
  {
    id: id(),
    /** `2026` (annual SKP year) or `2026-Q4`. */
    code: text().notNull().unique(),
    year: smallint().notNull(),
    quarter: smallint(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    status: text().notNull().default('open'),
    createdAt: createdAt(),
  },
  (t) => [
    check('performance_periods_quarter_check', sql`${t.quarter} is null or ${t.quarter} between 1 and 4`),
    check('performance_periods_status_check', sql`${t.status} in ('open', 'closed')`),
  ],
);

export const objectives = pgTable(
  'objectives',
  {
    id: id(),
    ownerId: integer()
      .notNull()
      .references(() => employees.id),
    periodId: integer()
      .notNull()
      .references(() => performancePeriods.id),
    /** Sasaran / rencana hasil kerja. */
    title: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('objectives_owner_period_title_unique').on(t.ownerId, t.periodId, t.title)],
);

export const keyResults = pgTable(
  'key_results',
  {
    id: id(),
    code: text().notNull().unique(),
    objectiveId: integer()
      .notNull()
      .references(() => objectives.id),
    ownerId: integer()
      .notNull()
      .references(() => employees.id),
    periodId: integer()
      .notNull()
      .references(() => performancePeriods.id),
    title: text().notNull(),
    unitLabel: text().notNull(),
    baseline: measure().notNull(),
    target: measure().notNull(),
    /** `up` (naik: more is better) or `down` (turun: less is better). */
    direction: text().notNull().default('up'),
    kind: text().notNull().default('committed'),
    weight: measure().notNull().default(1),
    /** Cascading: the unit IKU/IKK or the supervisor's KR this one supports. */
    parentId: integer().references((): PgColumn => keyResults.id),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('key_results_owner_period_idx').on(t.ownerId, t.periodId),
    index('key_results_parent_idx').on(t.parentId),
    check('key_results_direction_check', sql`${t.direction} in ('up', 'down')`),
    check('key_results_kind_check', sql`${t.kind} in ('committed', 'aspirational')`),
    check('key_results_weight_check', sql`${t.weight} > 0`),
  ],
);

// ── Weekly check-ins ────────────────────────────────────────────────────────────────────────────

export const checkins = pgTable(
  'checkins',
  {
    id: id(),
    employeeId: integer()
      .notNull()
      .references(() => employees.id),
    /** ISO week in the person's own zone, `2026-W48`. */
    isoWeek: text().notNull(),
    weekStart: date().notNull(),
    /** Where it was answered: telegram, slack, terminal. */
    channel: text().notNull(),
    wantsDialog: boolean().notNull().default(false),
    /** 1 on first submit, +1 on every revision within the week. */
    revision: integer().notNull().default(1),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('checkins_employee_week_unique').on(t.employeeId, t.isoWeek)],
);

/** Realisasi of one key result in one check-in. */
export const krUpdates = pgTable(
  'kr_updates',
  {
    id: id(),
    checkinId: integer()
      .notNull()
      .references(() => checkins.id, { onDelete: 'cascade' }),
    keyResultId: integer()
      .notNull()
      .references(() => keyResults.id),
    /** Null when skipped. */
    value: measure(),
    skipped: boolean().notNull().default(false),
    confidence: smallint(),
    note: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('kr_updates_checkin_kr_unique').on(t.checkinId, t.keyResultId),
    index('kr_updates_kr_idx').on(t.keyResultId),
    check('kr_updates_confidence_check', sql`${t.confidence} is null or ${t.confidence} between 1 and 10`),
  ],
);

/** Bukti dukung: a link, or a file kept on the platform (we store its id and metadata, not bytes). */
export const evidence = pgTable(
  'evidence',
  {
    id: id(),
    krUpdateId: integer()
      .notNull()
      .references(() => krUpdates.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    url: text(),
    platform: text(),
    fileId: text(),
    fileUniqueId: text(),
    fileName: text(),
    mimeType: text(),
    sizeBytes: integer(),
    createdAt: createdAt(),
  },
  (t) => [
    index('evidence_update_idx').on(t.krUpdateId),
    check('evidence_kind_check', sql`${t.kind} in ('link', 'file', 'photo')`),
  ],
);

/** Kendala. Free text of answers lives only in these tables, never in logs. */
export const blockers = pgTable(
  'blockers',
  {
    id: id(),
    checkinId: integer()
      .notNull()
      .references(() => checkins.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    resolvedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('blockers_checkin_idx').on(t.checkinId)],
);

/** Rencana aksi for the coming week. */
export const nextActions = pgTable(
  'next_actions',
  {
    id: id(),
    checkinId: integer()
      .notNull()
      .references(() => checkins.id, { onDelete: 'cascade' }),
    text: text().notNull(),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('next_actions_checkin_idx').on(t.checkinId)],
);

/** "I want to talk to my supervisor": feeds the supervisor's rekap until it is held. */
export const dialogRequests = pgTable(
  'dialog_requests',
  {
    id: id(),
    employeeId: integer()
      .notNull()
      .references(() => employees.id),
    supervisorId: integer().references(() => employees.id),
    checkinId: integer().references(() => checkins.id, { onDelete: 'set null' }),
    status: text().notNull().default('open'),
    requestedAt: createdAt(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('dialog_requests_checkin_unique').on(t.checkinId),
    index('dialog_requests_supervisor_idx').on(t.supervisorId, t.status),
    check('dialog_requests_status_check', sql`${t.status} in ('open', 'held', 'cancelled')`),
  ],
);

// ── Conversations, idempotency, jobs, audit ────────────────────────────────────────────────────

/**
 * The persisted state machine of a running dialog. One row per person and kind; `version` guards
 * against two replicas (or a redelivered update) advancing the same dialog twice.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: id(),
    employeeId: integer()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    channel: text().notNull(),
    state: jsonb().notNull(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('conversations_employee_kind_unique').on(t.employeeId, t.kind)],
);

/** Inbound updates already handled, keyed by the platform's own id (Telegram update_id, Slack event_id). */
export const processedEvents = pgTable(
  'processed_events',
  {
    platform: text().notNull(),
    eventId: text().notNull(),
    processedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.platform, t.eventId] }),
    index('processed_events_at_idx').on(t.processedAt),
  ],
);

/**
 * Scheduled work (prompts, reminders, snoozes, digests). The unique key makes a job for one period
 * and one person exist once; replicas claim due rows with FOR UPDATE SKIP LOCKED.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: id(),
    job: text().notNull(),
    periodKey: text().notNull(),
    /** The person or unit it is about; empty for global jobs. */
    subject: text().notNull().default(''),
    payload: jsonb(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    status: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    claimedBy: text(),
    claimedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('job_runs_unique').on(t.job, t.periodKey, t.subject),
    index('job_runs_due_idx').on(t.status, t.dueAt),
    check('job_runs_status_check', sql`${t.status} in ('pending', 'running', 'done', 'failed', 'cancelled')`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    at: createdAt(),
    /** `cli:<os user>`, `telegram:<user id>`… */
    actor: text().notNull(),
    action: text().notNull(),
    entity: text().notNull(),
    entityKey: text().notNull(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityKey)],
);
