/**
 * The SKP evaluation table of a quarter (domain.md §3.3: RHK | indikator | target | realisasi
 * berdasarkan bukti dukung | umpan balik berkelanjutan) for a list of people, in four statements
 * per 5,000 people whatever the number of indicators.
 */
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Direction } from '../../core/capaian/capaian.js';
import type { Accumulation, Quarter } from '../../core/capaian/period-target.js';
import type { DbOrTx } from '../database.js';
import {
  checkinFeedback,
  checkins,
  employees,
  evidence,
  keyResults,
  krUpdates,
  objectives,
  performancePeriods,
} from '../schema.js';

/** Ids per statement: far below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 5_000;

async function chunked<T>(ids: readonly number[], read: (part: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

export interface QuarterRange {
  quarter: Quarter;
  /** `yyyy-MM-dd`, inclusive. */
  start: string;
  end: string;
}

export interface EvaluationIndicator {
  employeeId: number;
  keyResultId: number;
  rhk: string;
  title: string;
  unitLabel: string;
  direction: Direction;
  target: number;
  quarterTargets: Array<number | null>;
  accumulation: Accumulation;
  resultKind: 'main' | 'additional';
  /** The indicator's period's reports up to the quarter's end, oldest first, one per week. */
  reports: Array<{ value: number; date: string }>;
  /** Bukti dukung attached to the quarter's reports. */
  evidenceCount: number;
  links: string[];
  /** Umpan balik berkelanjutan on this indicator in the quarter's check-ins, oldest first. */
  feedback: Array<{ author: string; date: string; body: string }>;
}

export interface EvaluationTable {
  employeeId: number;
  indicators: EvaluationIndicator[];
  /** Umpan balik on a whole check-in of the quarter. */
  generalFeedback: Array<{ author: string; date: string; body: string }>;
}

/** The report's date: the day the check-in was submitted, in the employee's own zone. */
const localSubmitted = sql<string>`to_char((${checkins.submittedAt} at time zone ${employees.timeZone})::date, 'YYYY-MM-DD')`;

/**
 * The SKP evaluation table of each person for one quarter: their active indicators whose period
 * overlaps the quarter, with reports, evidence and feedback. Four statements per 5,000 people.
 */
export async function evaluationTables(
  db: DbOrTx,
  employeeIds: readonly number[],
  quarter: QuarterRange,
): Promise<EvaluationTable[]> {
  const krs = await chunked(employeeIds, (part) =>
    db
      .select({
        employeeId: keyResults.ownerId,
        keyResultId: keyResults.id,
        rhk: objectives.title,
        title: keyResults.title,
        unitLabel: keyResults.unitLabel,
        direction: keyResults.direction,
        target: keyResults.target,
        q1: keyResults.targetQ1,
        q2: keyResults.targetQ2,
        q3: keyResults.targetQ3,
        q4: keyResults.targetQ4,
        accumulation: keyResults.accumulation,
        resultKind: keyResults.resultKind,
        periodStart: performancePeriods.startsOn,
      })
      .from(keyResults)
      .innerJoin(objectives, eq(objectives.id, keyResults.objectiveId))
      .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
      .where(
        and(
          inArray(keyResults.ownerId, part),
          eq(keyResults.active, true),
          lte(performancePeriods.startsOn, quarter.end),
          gte(performancePeriods.endsOn, quarter.start),
        ),
      )
      .orderBy(asc(keyResults.ownerId), asc(objectives.id), asc(keyResults.code)),
  );
  const krIds = krs.map((k) => k.keyResultId);
  // Reports from the indicator's period start (an `average` scores their mean) to the quarter's end.
  const reports = await chunked(krIds, (part) =>
    db
      .select({
        keyResultId: krUpdates.keyResultId,
        updateId: krUpdates.id,
        value: krUpdates.value,
        date: localSubmitted,
      })
      .from(krUpdates)
      .innerJoin(checkins, eq(checkins.id, krUpdates.checkinId))
      .innerJoin(employees, eq(employees.id, checkins.employeeId))
      .innerJoin(keyResults, eq(keyResults.id, krUpdates.keyResultId))
      .innerJoin(performancePeriods, eq(performancePeriods.id, keyResults.periodId))
      .where(
        and(
          inArray(krUpdates.keyResultId, part),
          eq(krUpdates.skipped, false),
          sql`${krUpdates.value} is not null`,
          sql`${localSubmitted} between ${performancePeriods.startsOn}::text and ${quarter.end}`,
        ),
      )
      .orderBy(asc(krUpdates.keyResultId), asc(checkins.weekStart)),
  );
  const inQuarter = reports.filter((r) => r.date >= quarter.start);
  const proof = await chunked(
    inQuarter.map((r) => r.updateId),
    (part) =>
      db
        .select({ updateId: evidence.krUpdateId, url: evidence.url })
        .from(evidence)
        .where(inArray(evidence.krUpdateId, part))
        .orderBy(asc(evidence.id)),
  );
  const feedback = await chunked(employeeIds, (part) =>
    db
      .select({
        employeeId: checkins.employeeId,
        keyResultId: checkinFeedback.keyResultId,
        author: employees.name,
        date: sql<string>`to_char((${checkinFeedback.createdAt} at time zone ${employees.timeZone})::date, 'YYYY-MM-DD')`,
        body: checkinFeedback.body,
      })
      .from(checkinFeedback)
      .innerJoin(checkins, eq(checkins.id, checkinFeedback.checkinId))
      .innerJoin(employees, eq(employees.id, checkinFeedback.authorId))
      .where(
        and(
          inArray(checkins.employeeId, part),
          gte(checkins.weekStart, quarter.start),
          lte(checkins.weekStart, quarter.end),
        ),
      )
      .orderBy(asc(checkinFeedback.createdAt), asc(checkinFeedback.id)),
  );

  const updateKr = new Map(inQuarter.map((r) => [r.updateId, r.keyResultId]));
  const tables = new Map<number, EvaluationTable>(
    employeeIds.map((id) => [id, { employeeId: id, indicators: [], generalFeedback: [] }]),
  );
  const byKr = new Map<number, EvaluationIndicator>();
  for (const k of krs) {
    const indicator: EvaluationIndicator = {
      employeeId: k.employeeId,
      keyResultId: k.keyResultId,
      rhk: k.rhk,
      title: k.title,
      unitLabel: k.unitLabel,
      direction: k.direction === 'down' ? 'down' : 'up',
      target: k.target,
      quarterTargets: [k.q1, k.q2, k.q3, k.q4],
      accumulation: k.accumulation as Accumulation,
      resultKind: k.resultKind === 'additional' ? 'additional' : 'main',
      reports: [],
      evidenceCount: 0,
      links: [],
      feedback: [],
    };
    byKr.set(k.keyResultId, indicator);
    tables.get(k.employeeId)?.indicators.push(indicator);
  }
  for (const r of reports) byKr.get(r.keyResultId)?.reports.push({ value: r.value!, date: r.date });
  for (const e of proof) {
    const indicator = byKr.get(updateKr.get(e.updateId)!);
    if (!indicator) continue;
    indicator.evidenceCount += 1;
    if (e.url) indicator.links.push(e.url);
  }
  for (const f of feedback) {
    const item = { author: f.author, date: f.date, body: f.body };
    const indicator = f.keyResultId === null ? undefined : byKr.get(f.keyResultId);
    if (indicator) indicator.feedback.push(item);
    else tables.get(f.employeeId)?.generalFeedback.push(item);
  }
  return [...tables.values()];
}
