import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id, measure, updatedAt } from './columns.js';
import { employees } from './organisation.js';
import { keyResults } from './plans.js';

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
    /** "Dukungan apa yang Anda perlukan dari atasan?"; null = skipped. */
    supportNeeded: text(),
    /** When the appraiser was told of this revision (at once, or in the daily bundle); null = not yet. */
    appraiserNotifiedAt: timestamp({ withTimezone: true }),
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

/**
 * Umpan balik berkelanjutan: the appraiser's named feedback on a check-in, for the whole check-in
 * (keyResultId null) or one indicator. Named by design: the SKP records who gave it and when.
 */
export const checkinFeedback = pgTable(
  'checkin_feedback',
  {
    id: id(),
    checkinId: integer()
      .notNull()
      .references(() => checkins.id, { onDelete: 'cascade' }),
    keyResultId: integer().references(() => keyResults.id),
    authorId: integer()
      .notNull()
      .references(() => employees.id),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('checkin_feedback_checkin_idx').on(t.checkinId),
    index('checkin_feedback_author_idx').on(t.authorId),
  ],
);

/** Rencana kerja pekan depan. */
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
    /** A time the appraiser proposed for the dialog kinerja; null = none yet. */
    proposedFor: timestamp({ withTimezone: true }),
    requestedAt: createdAt(),
    closedAt: timestamp({ withTimezone: true }),
    // The dialog-kinerja record, written when the supervisor marks the dialog held (status `held`):
    // the agreement and follow-up (kesepakatan, rencana tindak lanjut) and the next review date.
    heldBy: integer().references(() => employees.id),
    agreement: text(),
    followUp: text(),
    nextReviewOn: date(),
  },
  (t) => [
    uniqueIndex('dialog_requests_checkin_unique').on(t.checkinId),
    index('dialog_requests_supervisor_idx').on(t.supervisorId, t.status),
    // The rekap lists the open requests of a scope's people: without it, every rekap read the
    // whole table (one row per dialog ever requested) sequentially. Partial: held and cancelled
    // requests, the bulk over the years, stay out of it.
    index('dialog_requests_open_employee_idx').on(t.employeeId).where(sql`${t.status} = 'open'`),
    check('dialog_requests_status_check', sql`${t.status} in ('open', 'held', 'cancelled')`),
  ],
);
