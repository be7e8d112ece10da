/**
 * What `schedule show` prints for a unit or a person: the next sends from now, across weeks, with
 * the days that were skipped and why (a holiday's name, cuti bersama, the weekend), and the years
 * crossed that have no holiday data yet (their holidays would be planned as working days).
 */
import { addDaysTo, nextIsoWeek } from '../calendar/calendar-dates.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { isoWeekOf, localDate } from '../time/iso-week.js';
import { type PlannedSend, planWeek } from './plan-week.js';
import type { ScheduleSettings, SendKind } from './schedule-settings.js';

export type OffReason = NonNullable<ReturnType<WorkingCalendar['offReason']>>;

export interface UpcomingSend extends PlannedSend {
  weekKey: string;
  /** Why the date the rule named was skipped, when it was moved. */
  movedFromReason?: OffReason;
}

export interface NextSends {
  sends: UpcomingSend[];
  /** Holidays and cuti bersama from today to the last send listed (weekends are not listed). */
  offDays: Array<{ date: string; reason: Exclude<OffReason, { kind: 'weekend' }> }>;
  /** Sends that found no day in their week: a week without working day, or a fixed day with none after it. */
  dropped: Array<{ weekKey: string; kind: SendKind; ruleDate?: string; reason?: OffReason }>;
  /** Weeks without a working day (libur: no sends, nobody counted as missing). */
  weeksOff: string[];
  /** Years between today and the last send listed that have no holiday data. */
  missingYears: number[];
}

/** Enough to reach ten sends even through a long run of weeks with rules switched off or libur. */
const MAX_WEEKS = 60;

export function nextSends(input: {
  settings: ScheduleSettings;
  calendar: WorkingCalendar;
  timeZone: string;
  now: Date;
  count?: number;
}): NextSends {
  const { settings, calendar, timeZone, now } = input;
  const count = input.count ?? 10;
  const out: NextSends = { sends: [], offDays: [], dropped: [], weeksOff: [], missingYears: [] };
  const today = localDate(now, timeZone);
  let week = isoWeekOf(now, timeZone);
  let lastDate = today;
  for (let i = 0; i < MAX_WEEKS && out.sends.length < count; i++, week = nextIsoWeek(week)) {
    const plan = planWeek({ settings, calendar, week, timeZone });
    const ahead = plan.sends.filter((send) => send.dueAt.getTime() >= now.getTime());
    for (const send of ahead.slice(0, count - out.sends.length)) {
      const reason = send.movedFrom ? calendar.offReason(send.movedFrom) : undefined;
      out.sends.push({ ...send, weekKey: week.key, ...(reason ? { movedFromReason: reason } : {}) });
      lastDate = send.localDate;
    }
    if (week.end < today) continue;
    if (plan.workingDays.length === 0) out.weeksOff.push(week.key);
    for (const drop of plan.dropped ?? []) {
      if (drop.ruleDate !== undefined && drop.ruleDate < today) continue;
      const reason = drop.ruleDate ? calendar.offReason(drop.ruleDate) : undefined;
      out.dropped.push({ weekKey: week.key, ...drop, ...(reason ? { reason } : {}) });
    }
    if (out.sends.length === count) break;
    lastDate = week.end;
  }
  for (let date = today; date <= lastDate; date = addDaysTo(date, 1)) {
    const reason = calendar.offReason(date);
    if (reason && reason.kind !== 'weekend') out.offDays.push({ date, reason });
  }
  for (let year = Number(today.slice(0, 4)); year <= Number(lastDate.slice(0, 4)); year++) {
    if (!calendar.hasYear(year)) out.missingYears.push(year);
  }
  return out;
}
