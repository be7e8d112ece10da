import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { employees, orgUnits } from './organisation.js';
import { performancePeriods } from './plans.js';

// ── BerAKHLAK 360° feedback ─────────────────────────────────────────────────────────────────────
//
// Anonymity by the shape of the data. Who was asked and who finished (feedback_assignments) is
// kept apart from what was answered (feedback_answers, feedback_comments): the anonymous tables
// have no rater column, no timestamp, no serial id (random uuids) and nothing derived from the
// rater, and their rows are written in shuffled batches, so neither a join nor the order of rows
// nor the time can tie an answer to a person. test/integration/feedback-anonymity*.test.ts inspects
// the migrated schema for this.

/** A feedback round for one period (usually a quarter), for the whole organisation or a unit's subtree. */
export const feedbackCycles = pgTable(
  'feedback_cycles',
  {
    id: id(),
    periodId: integer()
      .notNull()
      .references(() => performancePeriods.id),
    /** null = every unit. */
    unitId: integer().references(() => orgUnits.id),
    status: text().notNull().default('open'),
    /** Last day raters may answer (in their own zone); the cycle closes after it. */
    closesOn: date().notNull(),
    /** Fewest distinct raters a category needs before any of it is shown (never below 3). */
    minRaters: smallint().notNull().default(3),
    /** Peers asked per ratee, and most times one person is asked as a peer. */
    peersPerRatee: smallint().notNull().default(4),
    maxPeerRequests: smallint().notNull().default(6),
    includeSelf: boolean().notNull().default(false),
    openedBy: text().notNull(),
    createdAt: createdAt(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('feedback_cycles_period_unit_unique').on(t.periodId, sql`coalesce(${t.unitId}, 0)`),
    check('feedback_cycles_status_check', sql`${t.status} in ('open', 'closed')`),
    check('feedback_cycles_min_raters_check', sql`${t.minRaters} >= 3`),
  ],
);

/** The cycle and the person rated: every 360° row has them. Built per table (columns are not shared). */
const ratedInCycle = () => ({
  cycleId: integer()
    .notNull()
    .references(() => feedbackCycles.id, { onDelete: 'cascade' }),
  rateeId: integer()
    .notNull()
    .references(() => employees.id),
});

/**
 * What an anonymous row may hold besides its content: a random id, the cycle, the ratee and the
 * category (peer or subordinate). Nothing of the rater, no time, no serial id.
 */
const anonymousRow = () => ({
  id: uuid().primaryKey().defaultRandom(),
  ...ratedInCycle(),
  category: text().notNull(),
});

/** The participation record: who is asked to rate whom, and whether they finished. It never holds
 * an answer, and nothing in it is shared with the anonymous rows (no id, no time).
 */
export const feedbackAssignments = pgTable(
  'feedback_assignments',
  {
    id: id(),
    ...ratedInCycle(),
    raterId: integer()
      .notNull()
      .references(() => employees.id),
    /** `appraiser` (named), `peer`, `subordinate` (anonymous), `self`. */
    relation: text().notNull(),
    /**
     * `proposed` (a peer the ratee proposed, awaiting the appraiser), `asked`, `declined` (a peer
     * the ratee declined, with a reason the appraiser sees), `submitted`.
     */
    status: text().notNull().default('asked'),
    /** The ratee's reason for proposing or declining a peer; shown to the appraiser only. */
    reason: text(),
  },
  (t) => [
    uniqueIndex('feedback_assignments_unique').on(t.cycleId, t.rateeId, t.raterId),
    index('feedback_assignments_rater_idx').on(t.raterId, t.cycleId),
    check(
      'feedback_assignments_relation_check',
      sql`${t.relation} in ('appraiser', 'peer', 'subordinate', 'self')`,
    ),
    check(
      'feedback_assignments_status_check',
      sql`${t.status} in ('proposed', 'asked', 'declined', 'submitted')`,
    ),
  ],
);

/**
 * Submitted anonymous questionnaires not yet written out: one row per submission (a jsonb list of
 * answers and comments), no rater, no time. Flushed, shuffled, into feedback_answers and
 * feedback_comments once `minRaters` are pending for a ratee and category, or at cycle close.
 */
export const feedbackPending = pgTable(
  'feedback_pending',
  {
    ...anonymousRow(),
    body: text().notNull(),
  },
  (t) => [
    index('feedback_pending_ratee_idx').on(t.cycleId, t.rateeId, t.category),
    check('feedback_pending_category_check', sql`${t.category} in ('peer', 'subordinate')`),
  ],
);

/** One anonymous answer: how often a behaviour indicator is seen (1 tidak pernah … 5 selalu; null = tidak dapat menilai). */
export const feedbackAnswers = pgTable(
  'feedback_answers',
  {
    ...anonymousRow(),
    /** BerAKHLAK value id (`berorientasi-pelayanan` … `kolaboratif`). */
    value: text().notNull(),
    /** Panduan perilaku 1–3 of that value. */
    indicator: smallint().notNull(),
    score: smallint(),
  },
  (t) => [
    index('feedback_answers_ratee_idx').on(t.cycleId, t.rateeId, t.category),
    check('feedback_answers_category_check', sql`${t.category} in ('peer', 'subordinate')`),
    check('feedback_answers_indicator_check', sql`${t.indicator} between 1 and 3`),
    check('feedback_answers_score_check', sql`${t.score} is null or ${t.score} between 1 and 5`),
  ],
);

/** One anonymous comment, on a value or (value null) overall. */
export const feedbackComments = pgTable(
  'feedback_comments',
  {
    ...anonymousRow(),
    value: text(),
    body: text().notNull(),
  },
  (t) => [
    index('feedback_comments_ratee_idx').on(t.cycleId, t.rateeId, t.category),
    check('feedback_comments_category_check', sql`${t.category} in ('peer', 'subordinate')`),
  ],
);

/**
 * Named ratings: the appraiser's rating of each value against expectation (di bawah / sesuai / di
 * atas ekspektasi), and the optional self-rating (relation `self`, scored like peers). Named by
 * design: the appraiser decides and signs; a self-rating is one's own.
 */
export const feedbackNamedRatings = pgTable(
  'feedback_named_ratings',
  {
    ...ratedInCycle(),
    raterId: integer()
      .notNull()
      .references(() => employees.id),
    relation: text().notNull(),
    value: text().notNull(),
    /** Appraiser: `below` | `meets` | `above`. Self: null (see `score`). */
    rating: text(),
    /** Self: 1–5 per value, null = not rated. */
    score: smallint(),
    comment: text(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.rateeId, t.raterId, t.value] }),
    check('feedback_named_ratings_relation_check', sql`${t.relation} in ('appraiser', 'self')`),
    check(
      'feedback_named_ratings_rating_check',
      sql`${t.rating} is null or ${t.rating} in ('below', 'meets', 'above')`,
    ),
  ],
);

// ── Umpan balik berkelanjutan (any time, /umpanbalik) ─────────────────────────────────────────────

/**
 * One piece of continuous feedback. Anonymous ones (from a peer or a subordinate) have no giver
 * and no time; a named one (from the supervisor, or a giver who chose to sign) has its giver.
 * Items wait (`batchOn` null) until they go out in a bundle, so the time of delivery says nothing
 * of when, or by whom, an item was written.
 */
export const continuousFeedback = pgTable(
  'continuous_feedback',
  {
    id: uuid().primaryKey().defaultRandom(),
    recipientId: integer()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    /** Set only when named. */
    giverId: integer().references(() => employees.id),
    /** `appreciation` (apresiasi) or `suggestion` (saran). */
    kind: text().notNull(),
    /** BerAKHLAK value ids it concerns. */
    values: text().array().notNull(),
    body: text().notNull(),
    /** The day the bundle holding it was sent; null = waiting. */
    batchOn: date(),
  },
  (t) => [
    index('continuous_feedback_recipient_idx').on(t.recipientId, t.batchOn),
    // The bundle planner reads only items still waiting; delivered ones pile up for good.
    index('continuous_feedback_waiting_idx').on(t.recipientId).where(sql`${t.batchOn} is null`),
    check('continuous_feedback_kind_check', sql`${t.kind} in ('appreciation', 'suggestion')`),
  ],
);

/**
 * Who has anonymous feedback waiting for whom, so a bundle goes out only once it holds items from
 * at least two givers. Emptied for a recipient when their bundle is sent; it never points at an
 * item. `since` is per recipient's first waiting item (the same on every row of that recipient).
 */
export const continuousFeedbackWaiting = pgTable(
  'continuous_feedback_waiting',
  {
    recipientId: integer()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    giverId: integer()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    since: date().notNull(),
  },
  (t) => [primaryKey({ columns: [t.recipientId, t.giverId] })],
);

/**
 * Ekspektasi khusus pimpinan: what the appraiser expects of one person on one BerAKHLAK value in
 * a period (PermenPANRB 6/2022 has no behaviour levels; the leader may add this per value). Shown
 * beside the value when the appraiser rates; peers and subordinates never see it.
 */
export const behaviourExpectations = pgTable(
  'behaviour_expectations',
  {
    employeeId: integer()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    periodId: integer()
      .notNull()
      .references(() => performancePeriods.id),
    value: text().notNull(),
    expectation: text().notNull(),
    setBy: integer().references(() => employees.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.employeeId, t.periodId, t.value] })],
);
