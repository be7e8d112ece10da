import { asc } from 'drizzle-orm';
import type { Db } from '../../src/storage/database.js';
import {
  auditLog,
  employees,
  keyResults,
  objectives,
  orgUnits,
  performancePeriods,
} from '../../src/storage/schema.js';

/** Every row an import may touch, timestamps included: equal snapshots mean nothing was written. */
export async function importSnapshot(db: Db) {
  return {
    orgUnits: await db.select().from(orgUnits).orderBy(asc(orgUnits.id)),
    employees: await db.select().from(employees).orderBy(asc(employees.id)),
    performancePeriods: await db.select().from(performancePeriods).orderBy(asc(performancePeriods.id)),
    objectives: await db.select().from(objectives).orderBy(asc(objectives.id)),
    keyResults: await db.select().from(keyResults).orderBy(asc(keyResults.id)),
    auditLog: await db.select().from(auditLog).orderBy(asc(auditLog.id)),
  };
}

/** A CSV from lines, as the tests write them: `,`-separated unless the header says otherwise. */
export const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
