import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { employees } from './organisation.js';
import { performancePeriods } from './plans.js';

// ── Periodic evaluation (PermenPANRB 6/2022: rating hasil kerja × rating perilaku → predikat) ────

/**
 * The appraiser's evaluation of one employee for one period (a quarter, or the year). dika
 * suggests the rating of hasil kerja (`suggestedResult`); the appraiser decides (`resultRating`)
 * and may change it until an admin closes the period. Named by design: the SKP records who rated.
 */
export const performanceEvaluations = pgTable(
  'performance_evaluations',
  {
    id: id(),
    employeeId: integer()
      .notNull()
      .references(() => employees.id),
    periodId: integer()
      .notNull()
      .references(() => performancePeriods.id),
    appraiserId: integer()
      .notNull()
      .references(() => employees.id),
    /** What dika suggested from capaian when the appraiser rated: `below`, `meets`, `above`. */
    suggestedResult: text(),
    /** Rating hasil kerja: `below` (di bawah), `meets` (sesuai), `above` (di atas ekspektasi). */
    resultRating: text(),
    /** Rating perilaku kerja, same three levels; null until rated. */
    behaviourRating: text(),
    /**
     * From the 3×3 matrix once both ratings exist: `sangat-baik`, `baik`, `butuh-perbaikan`,
     * `kurang` (Kurang/Misconduct), `sangat-kurang`.
     */
    predikat: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('performance_evaluations_employee_period_unique').on(t.employeeId, t.periodId),
    index('performance_evaluations_period_idx').on(t.periodId),
    index('performance_evaluations_appraiser_idx').on(t.appraiserId),
    check(
      'performance_evaluations_ratings_check',
      sql`(${t.suggestedResult} is null or ${t.suggestedResult} in ('below', 'meets', 'above'))
        and (${t.resultRating} is null or ${t.resultRating} in ('below', 'meets', 'above'))
        and (${t.behaviourRating} is null or ${t.behaviourRating} in ('below', 'meets', 'above'))`,
    ),
    check(
      'performance_evaluations_predikat_check',
      sql`${t.predikat} is null or ${t.predikat} in ('sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang')`,
    ),
  ],
);
