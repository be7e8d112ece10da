import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  type PgColumn,
  pgTable,
  smallint,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id, measure, updatedAt } from './columns.js';
import { employees } from './organisation.js';

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
  (t) => [
    uniqueIndex('objectives_owner_period_title_unique').on(t.ownerId, t.periodId, t.title),
    // The target of key_results' foreign key: a key result's owner and period are its objective's.
    unique('objectives_id_owner_period_unique').on(t.id, t.ownerId, t.periodId),
  ],
);

export const keyResults = pgTable(
  'key_results',
  {
    id: id(),
    code: text().notNull().unique(),
    objectiveId: integer().notNull(),
    /** The objective's owner and period, repeated for the queries by owner and period (one index). */
    ownerId: integer().notNull(),
    periodId: integer().notNull(),
    title: text().notNull(),
    unitLabel: text().notNull(),
    baseline: measure().notNull(),
    target: measure().notNull(),
    /** `up` (naik: more is better) or `down` (turun: less is better). */
    direction: text().notNull().default('up'),
    kind: text().notNull().default('committed'),
    weight: measure().notNull().default(1),
    /** Quarterly targets of a yearly indicator (target_tw1 … target_tw4); null = the period's target. */
    targetQ1: measure(),
    targetQ2: measure(),
    targetQ3: measure(),
    targetQ4: measure(),
    /**
     * How realisasi adds up over the year (akumulasi): `cumulative` (kumulatif: counts add up),
     * `latest` (terakhir: the latest value counts), `average` (rata-rata).
     */
    accumulation: text().notNull().default('latest'),
    /** Jenis RHK: `main` (utama, rated) or `additional` (tambahan). */
    resultKind: text().notNull().default('main'),
    /** Aspek: `quantity`, `quality`, `time` or `cost` (kuantitas, kualitas, waktu, biaya). */
    aspect: text(),
    /** Cascading: the unit IKU/IKK or the supervisor's KR this one supports. */
    parentId: integer().references((): PgColumn => keyResults.id),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One foreign key for the three columns: it keeps owner and period equal to the objective's (which
    // references the employee and the period), and costs one check per inserted row instead of three
    // (400,000 key results imported: about 3 s less).
    foreignKey({
      name: 'key_results_objective_fk',
      columns: [t.objectiveId, t.ownerId, t.periodId],
      foreignColumns: [objectives.id, objectives.ownerId, objectives.periodId],
    }),
    index('key_results_owner_period_idx').on(t.ownerId, t.periodId),
    index('key_results_parent_idx').on(t.parentId),
    check('key_results_direction_check', sql`${t.direction} in ('up', 'down')`),
    check('key_results_kind_check', sql`${t.kind} in ('committed', 'aspirational')`),
    check('key_results_weight_check', sql`${t.weight} > 0`),
    check('key_results_accumulation_check', sql`${t.accumulation} in ('cumulative', 'latest', 'average')`),
    check('key_results_result_kind_check', sql`${t.resultKind} in ('main', 'additional')`),
    check(
      'key_results_aspect_check',
      sql`${t.aspect} is null or ${t.aspect} in ('quantity', 'quality', 'time', 'cost')`,
    ),
  ],
);
