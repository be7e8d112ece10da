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
    /**
     * When this dialog last asked the person something. Free text and files go to the open dialog
     * prompted most recently, so a questionnaire opened beside a check-in takes its own answers.
     */
    promptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('conversations_employee_kind_unique').on(t.employeeId, t.kind),
    index('conversations_employee_prompted_idx').on(t.employeeId, t.promptedAt),
  ],
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
    /** A `running` row whose lease has passed belongs to a crashed runner: another may take it over. */
    leaseUntil: timestamp({ withTimezone: true }),
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

/**
 * The durable outbound queue: every message dika sends (a reply, a prompt, a reminder, a digest) is
 * a row written in the same transaction as the change that caused it. The process that committed
 * delivers it at once (it holds the lease from the start); a sender loop delivers what a crash left
 * behind once the lease has passed. `payload` is the channel's own rendered operation.
 */
export const outboundMessages = pgTable(
  'outbound_messages',
  {
    id: id(),
    /** `telegram`, later `slack`. */
    channel: text().notNull(),
    /** Which bot/app sends it (a Telegram bot id), so each token has its own rate limit. */
    sender: text().notNull().default(''),
    /** The chat it goes to; messages to one chat are delivered in id order. */
    address: text().notNull(),
    /** The person it is for, when known: a blocked bot marks their identity unreachable. */
    employeeId: integer().references(() => employees.id, { onDelete: 'set null' }),
    /** The operation (`send`, `edit-text`, `answer-callback`…); its fields are in `payload`. */
    op: text().notNull(),
    payload: jsonb().notNull(),
    /** 0 = interactive reply (goes first), 1 = bulk (prompts, reminders, digests). */
    priority: integer().notNull().default(0),
    status: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    /** Until then only the process holding the lease may deliver the row. */
    leaseUntil: timestamp({ withTimezone: true }),
    /** Not before this moment (a failed attempt backs off). */
    notBefore: timestamp({ withTimezone: true }),
    /** The platform's id of the message sent, for later edits. */
    externalId: text(),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('outbound_pending_idx').on(t.priority, t.id).where(sql`${t.status} = 'pending'`),
    index('outbound_created_idx').on(t.createdAt),
    check(
      'outbound_status_check',
      sql`${t.status} in ('pending', 'sent', 'failed', 'unreachable', 'dropped')`,
    ),
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
