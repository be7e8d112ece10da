/**
 * How each person's weeks stand, from what the database holds: a check-in (`submitted`), the
 * outcome the week's close recorded (`missed`, `leave`, `no-workday`), and for weeks nobody closed
 * yet the working calendar and leave: a week with no working day is `no-workday`, one whose every
 * working day is cuti is `leave`, a running week is `open`. A week that ended without a close (the
 * close job did not run) is judged as the close would have: `leave` when cuti fell on any of its
 * working days (src/storage/repositories/schedule-jobs.ts, closeWeek), else `missed`. A week nobody
 * recorded, running or ended, is `no-indicators` for someone without an active key result in a
 * period overlapping it (their key results ended, came later or were removed): with nothing to
 * report they could not report, which the close also respects, and the supervisor reads who needs
 * indicators imported instead of a missing report.
 */
import { addDaysTo, datesOfWeek, isoWeekOfDate } from '../../core/calendar/calendar-dates.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { PersonWeek, WeekStatus } from '../../core/rekap/rekap-data.js';
import type { IsoWeek } from '../../core/time/iso-week.js';

/** The ISO weeks from the week of `from` to the week of `to`, oldest first. */
export function weeksBetween(from: string, to: string): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let week = isoWeekOfDate(from); week.start <= to; week = isoWeekOfDate(addDaysTo(week.start, 7)))
    weeks.push(week);
  return weeks;
}

/** Dates `yyyy-MM-dd`, both included. */
export interface DateRange {
  startsOn: string;
  endsOn: string;
}

export interface WeekFacts {
  /** `employeeId|isoWeek` of the check-ins. */
  submitted: ReadonlySet<string>;
  /** `employeeId|isoWeek` → recorded outcome. */
  outcomes: ReadonlyMap<string, string>;
  leave: ReadonlyMap<number, readonly DateRange[]>;
  /** The periods of each person's active key results: an unrecorded week outside them all is `no-indicators`. */
  indicatorPeriods: ReadonlyMap<number, readonly DateRange[]>;
}

const OUTCOMES: ReadonlySet<string> = new Set(['missed', 'leave', 'no-workday'] satisfies WeekStatus[]);

export const weekSlot = (employeeId: number, isoWeek: string) => `${employeeId}|${isoWeek}`;

/** One row per person and week; `calendarOf` is asked only for weeks nothing was recorded for. */
export function personWeeks(input: {
  people: ReadonlyArray<{ employeeId: number; unitId: number | null }>;
  weeks: readonly IsoWeek[];
  today: string;
  facts: WeekFacts;
  calendarOf: (unitId: number | null) => WorkingCalendar;
}): PersonWeek[] {
  const rows: PersonWeek[] = [];
  const first = firstRecordedWeeks(input.facts);
  for (const person of input.people) {
    for (const week of input.weeks) {
      const slot = weekSlot(person.employeeId, week.key);
      const recorded = input.facts.outcomes.get(slot);
      const status: WeekStatus = input.facts.submitted.has(slot)
        ? 'submitted'
        : recorded !== undefined && OUTCOMES.has(recorded)
          ? (recorded as WeekStatus)
          : unrecorded(
              week,
              input.today,
              input.calendarOf(person.unitId),
              input.facts.leave.get(person.employeeId),
            );
      // Before a person's first record (a check-in or a closed week), dika did not know them yet:
      // imported later, or dika not yet running. Such a week is unknown, not missed, so a first
      // rekap after rollout does not list everyone as "no report for N weeks".
      const known = first.get(person.employeeId);
      if (status === 'missed' && recorded === undefined && (known === undefined || week.key < known))
        continue;
      rows.push({
        employeeId: person.employeeId,
        isoWeek: week.key,
        status:
          (status === 'missed' || status === 'open') &&
          recorded === undefined &&
          !overlapsAny(week, input.facts.indicatorPeriods.get(person.employeeId))
            ? 'no-indicators'
            : status,
      });
    }
  }
  return rows;
}

/** Each person's earliest week with a check-in or a recorded outcome among the facts loaded. */
function firstRecordedWeeks(facts: WeekFacts): Map<number, string> {
  const first = new Map<number, string>();
  for (const slot of [...facts.submitted, ...facts.outcomes.keys()]) {
    const bar = slot.indexOf('|');
    const employeeId = Number(slot.slice(0, bar));
    const week = slot.slice(bar + 1);
    const known = first.get(employeeId);
    if (known === undefined || week < known) first.set(employeeId, week);
  }
  return first;
}

const overlapsAny = (week: IsoWeek, ranges: readonly DateRange[] = []) =>
  ranges.some((r) => r.startsOn <= week.end && r.endsOn >= week.start);

function unrecorded(
  week: IsoWeek,
  today: string,
  calendar: WorkingCalendar,
  leave: readonly DateRange[] = [],
): WeekStatus {
  const workingDays = datesOfWeek(week).filter((day) => calendar.isWorkingDay(day));
  if (workingDays.length === 0) return 'no-workday';
  const onLeave = (day: string) => leave.some((l) => l.startsOn <= day && day <= l.endsOn);
  if (workingDays.every(onLeave)) return 'leave';
  if (week.end >= today) return 'open';
  return workingDays.some(onLeave) ? 'leave' : 'missed';
}
