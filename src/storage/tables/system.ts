import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { employees } from './organisation.js';

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
