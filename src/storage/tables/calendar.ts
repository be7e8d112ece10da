import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { employees, orgUnits } from './organisation.js';

// ── Working calendar and schedules ──────────────────────────────────────────────────────────────

/**
 * Days that differ from the working week, beside the national days shipped with dika
 * (src/core/calendar): a holiday or cuti bersama an admin added (national when `unitId` is null,
 * else for that unit and the units below it), or a `workday` that overrides one (a unit that works
 * through cuti bersama; a shipped day an admin removed nationally).
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    id: id(),
    day: date().notNull(),
    unitId: integer().references(() => orgUnits.id, { onDelete: 'cascade' }),
    /** `holiday` (libur nasional), `collective-leave` (cuti bersama), `workday` (works anyway). */
    kind: text().notNull(),
    name: text().notNull(),
    /** The legal source (SKB 3 Menteri …, Keppres …) or who added it. */
    source: text().notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('calendar_days_unique').on(t.day, sql`coalesce(${t.unitId}, 0)`),
    index('calendar_days_unit_idx').on(t.unitId),
    check('calendar_days_kind_check', sql`${t.kind} in ('holiday', 'collective-leave', 'workday')`),
  ],
);

/**
 * A unit's own schedule settings (a partial ScheduleSettings, validated by zod in
 * src/core/schedule/schedule-settings.ts); units inherit what they do not set from the units above
 * and from dika's defaults.
 */
export const unitSchedules = pgTable('unit_schedules', {
  unitId: integer()
    .primaryKey()
    .references(() => orgUnits.id, { onDelete: 'cascade' }),
  settings: jsonb().notNull().default(sql`'{}'::jsonb`),
  /** Paused: no prompts, reminders or digests for this unit and the units below it. */
  paused: boolean(),
  updatedAt: updatedAt(),
});

/**
 * How a week ended for a person who did not submit: `missed`, `leave` (cuti), or `no-workday`
 * (libur: the week had no working day). Written once when the week closes in their zone.
 */
export const weekOutcomes = pgTable(
  'week_outcomes',
  {
    employeeId: integer()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    isoWeek: text().notNull(),
    outcome: text().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.employeeId, t.isoWeek] }),
    index('week_outcomes_week_idx').on(t.isoWeek, t.outcome),
    check('week_outcomes_outcome_check', sql`${t.outcome} in ('missed', 'leave', 'no-workday')`),
  ],
);
