/**
 * The facts of a rekap (src/core/rekap/rekap-data.ts) for a whole scope in a fixed number of
 * set-based statements, whatever the number of people: people, check-ins with their kendala,
 * recorded week outcomes, leave, the periods of active key results, open dialog requests, the indicators (rekap-indicators.ts) and
 * the working calendars (src/storage/repositories/calendar.ts, schedules.ts). Every statement
 * selects its people with the scope's subquery (rekap-scope.ts). Today's per-person read helpers
 * make up to six statements a person; this makes thirteen for 10 people or 10,000.
 */
import { sql } from 'drizzle-orm';
import { addDaysTo, isoWeekOfDate } from '../../core/calendar/calendar-dates.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type {
  OpenDialogRequest,
  RekapData,
  RekapPeriod,
  RekapPerson,
  TextItem,
} from '../../core/rekap/rekap-data.js';
import type { DbOrTx } from '../database.js';
import { loadCalendars } from './calendar.js';
import { loadIndicators } from './rekap-indicators.js';
import { type RekapScope, scopeMembers } from './rekap-scope.js';
import { type DateRange, personWeeks, weekSlot, weeksBetween } from './rekap-weeks.js';
import { loadSchedules } from './schedules.js';

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/**
 * ISO weeks before the period's first week given as `earlierWeeks`: with the period's last week,
 * a 12-week trend, and what the "no update for 2 weeks" rule looks back on.
 */
export const EARLIER_WEEKS = 11;

/** The SKP year of a period: a week's ISO year (its Thursday), else the period's own year. */
const yearOn = (period: RekapPeriod) => (period.kind === 'week' ? addDaysTo(period.start, 3) : period.start);

export async function loadRekapData(
  db: DbOrTx,
  scope: RekapScope,
  period: RekapPeriod,
  today: string,
): Promise<RekapData> {
  const members = scopeMembers(scope);
  const until = period.end < today ? period.end : today;
  // Weeks judged: from the period's first to the one holding `until` (none for a period ahead),
  // and the EARLIER_WEEKS before it.
  const weeks = weeksBetween(period.start, until);
  const beforePeriod = addDaysTo(period.start, -7);
  const earlier = weeksBetween(
    addDaysTo(period.start, -7 * EARLIER_WEEKS),
    beforePeriod < today ? beforePeriod : today,
  );
  const judged = [...earlier, ...weeks];
  const periodWeeks = weeksBetween(period.start, period.end);
  const periodFirst = periodWeeks[0]!.key;
  const periodLast = periodWeeks.at(-1)!.key;
  // The earliest week is never after the period's first, nor the last judged after its last.
  const first = judged[0]?.key ?? periodFirst;
  const last = judged.at(-1)?.key ?? first;
  const readFrom = judged[0]?.start ?? period.start;
  const readTo = judged.at(-1)?.end ?? period.start;

  // Everything at once (pipelined in a transaction), the calendars too: this week is still
  // open for most people in most rekaps, and asking first would cost a round trip.
  const [peopleRows, checkinRows, outcomeRows, leaveRows, periodRows, dialogRows, indicators, calendarOf] =
    await Promise.all([
      db.execute(sql`
      select e.id, e.name, e.nip, e.unit_id, u.path as unit_path, e.supervisor_id,
        -- An aggregate, not EXISTS: EXISTS may be run as a hashed subplan over every identity.
        coalesce((select bool_or(i.unreachable_at is null) from channel_identities i
                  where i.employee_id = e.id), false) as linked
      from employees e left join org_units u on u.id = e.unit_id
      where e.id in (${members})
      order by e.name, e.id`),
      db.execute(sql`
      select c.employee_id, c.iso_week, c.support_needed,
        (select json_agg(b.text order by b.id) from blockers b where b.checkin_id = c.id) as blockers
      from checkins c
      where c.employee_id in (${members})
        and c.iso_week between ${first} and ${periodLast}`),
      db.execute(sql`
      select o.employee_id, o.iso_week, o.outcome from week_outcomes o
      where o.employee_id in (${members}) and o.iso_week between ${first} and ${last}`),
      db.execute(sql`
      select l.employee_id, l.starts_on::text as starts_on, l.ends_on::text as ends_on from leave_periods l
      where l.employee_id in (${members}) and l.starts_on <= ${readTo}::date and l.ends_on >= ${readFrom}::date`),
      // The periods someone had active key results in, as week close asks (schedule-jobs.ts).
      db.execute(sql`
      select distinct k.owner_id as employee_id, p.starts_on::text as starts_on, p.ends_on::text as ends_on
      from key_results k join performance_periods p on p.id = k.period_id
      where k.owner_id in (${members}) and k.active
        and p.starts_on <= ${readTo}::date and p.ends_on >= ${readFrom}::date`),
      db.execute(sql`
      select d.id, d.employee_id,
        to_char(d.requested_at at time zone e.time_zone, 'YYYY-MM-DD') as requested_on,
        (extract(epoch from d.proposed_for) * 1000)::float8 as proposed_ms
      from dialog_requests d join employees e on e.id = d.employee_id
      where d.employee_id in (${members}) and d.status = 'open'
      order by d.requested_at, d.id`),
      loadIndicators(db, scope, {
        yearOn: yearOn(period),
        yearFirstWeek: isoWeekOfDate(`${yearOn(period).slice(0, 4)}-01-01`).key,
        lastWeek: periodLast,
        feedbackFrom: periodFirst,
        feedbackTo: periodLast,
      }),
      unitCalendars(db),
    ]);

  const people = rowsOf<PersonRow>(peopleRows).map(toPerson);
  const checkins = rowsOf<CheckinRow>(checkinRows);
  const submitted = new Set(checkins.map((c) => weekSlot(Number(c.employee_id), c.iso_week)));
  const outcomes = new Map(
    rowsOf<{ employee_id: number; iso_week: string; outcome: string }>(outcomeRows).map((o) => [
      weekSlot(Number(o.employee_id), o.iso_week),
      o.outcome,
    ]),
  );
  const facts = {
    submitted,
    outcomes,
    leave: rangesByPerson(leaveRows),
    indicatorPeriods: rangesByPerson(periodRows),
  };

  const inPeriod = checkins.filter((c) => c.iso_week >= periodFirst && c.iso_week <= periodLast);
  return {
    period,
    today,
    people,
    weeks: personWeeks({ people, weeks, today, facts, calendarOf }),
    earlierWeeks: personWeeks({ people, weeks: earlier, today, facts, calendarOf }),
    indicators,
    blockers: inPeriod.flatMap((c) =>
      parsedList(c.blockers).map(
        (text): TextItem => ({ employeeId: Number(c.employee_id), isoWeek: c.iso_week, text }),
      ),
    ),
    support: inPeriod
      .filter((c) => c.support_needed !== null && c.support_needed.trim() !== '')
      .map(
        (c): TextItem => ({
          employeeId: Number(c.employee_id),
          isoWeek: c.iso_week,
          text: c.support_needed!,
        }),
      ),
    dialogs: rowsOf<DialogRow>(dialogRows).map(
      (d): OpenDialogRequest => ({
        requestId: Number(d.id),
        employeeId: Number(d.employee_id),
        requestedOn: d.requested_on,
        proposedFor: d.proposed_ms === null ? null : new Date(Number(d.proposed_ms)).toISOString(),
      }),
    ),
  };
}

/** Each unit's working calendar with its own working week (unit schedules), all loaded at once. */
async function unitCalendars(db: DbOrTx): Promise<(unitId: number | null) => WorkingCalendar> {
  const [scheduleFor, calendarFor] = await Promise.all([loadSchedules(db), loadCalendars(db)]);
  return (unitId) => calendarFor(unitId, scheduleFor(unitId).settings.workWeek);
}

function rangesByPerson(result: unknown): Map<number, DateRange[]> {
  const ranges = new Map<number, DateRange[]>();
  for (const r of rowsOf<{ employee_id: number; starts_on: string; ends_on: string }>(result)) {
    const list = ranges.get(Number(r.employee_id)) ?? [];
    list.push({ startsOn: r.starts_on, endsOn: r.ends_on });
    ranges.set(Number(r.employee_id), list);
  }
  return ranges;
}

interface PersonRow {
  id: number;
  name: string;
  nip: string;
  unit_id: number | null;
  unit_path: string | null;
  supervisor_id: number | null;
  linked: boolean;
}

interface CheckinRow {
  employee_id: number;
  iso_week: string;
  support_needed: string | null;
  blockers: string[] | string | null;
}

interface DialogRow {
  id: number;
  employee_id: number;
  requested_on: string;
  proposed_ms: number | null;
}

const toPerson = (r: PersonRow): RekapPerson => ({
  employeeId: Number(r.id),
  name: r.name,
  nip: r.nip,
  unitId: r.unit_id === null ? null : Number(r.unit_id),
  unitPath: r.unit_path,
  supervisorId: r.supervisor_id === null ? null : Number(r.supervisor_id),
  linked: r.linked,
});

/** json_agg arrives parsed from PGlite and as text from postgres.js. */
const parsedList = (value: string[] | string | null): string[] =>
  value === null ? [] : typeof value === 'string' ? (JSON.parse(value) as string[]) : value;
