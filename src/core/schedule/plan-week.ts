/**
 * The contract of the weekly schedule (implemented in this file; the jobs in src/scheduler/jobs use
 * only these types and functions). Pure: settings, calendar and zone in, instants out.
 */
import { datesOfWeek } from '../calendar/calendar-dates.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { IsoWeek } from '../time/iso-week.js';
import { instantAt, isQuietMinute, localClock, minutesOf } from './local-time.js';
import {
  QUIET_UNTIL,
  type ScheduleSettings,
  SEND_KINDS,
  type SendDay,
  type SendKind,
} from './schedule-settings.js';

export interface PlannedSend {
  kind: SendKind;
  /** The local date and time it goes out (`yyyy-MM-dd`, `HH:mm`), after moving off non-working days. */
  localDate: string;
  localTime: string;
  /** The same moment as an instant. */
  dueAt: Date;
  /** The date the rule named, when a non-working day moved it. */
  movedFrom?: string;
}

export interface WeekPlan {
  week: IsoWeek;
  /** The week's working days, `yyyy-MM-dd`, in order. */
  workingDays: string[];
  /** Empty when the week has no working day (libur) or every rule is off. */
  sends: PlannedSend[];
  /** Sunday 23.59 local (its last millisecond): the week closes and a missing check-in is recorded. */
  closesAt: Date;
  /**
   * Rules that are on but found no day this week: every one in a week without a working day, and a
   * fixed weekday with no working day left after it. `ruleDate` is the date a fixed weekday named.
   */
  dropped?: DroppedSend[];
}

export interface DroppedSend {
  kind: SendKind;
  ruleDate?: string;
}

/**
 * Plans one week of one unit in one zone. Each rule that is on lands on a working day of the week:
 * `first` / `last` on the first / last, `first+N` on the N-th working day after the first (the last
 * one when the week has fewer), a fixed weekday on that date or, when it is off, the next working
 * day of the same week (dropped when none is left: a send never spills into the next week). A week
 * without a working day has no sends. Times are the zone's wall clock; a time inside quiet hours
 * is refused when settings are saved (`validateSendRule`), and if one slips through it is planned
 * as written and `sendVerdict` holds it back.
 */
export function planWeek(input: {
  settings: ScheduleSettings;
  calendar: WorkingCalendar;
  week: IsoWeek;
  timeZone: string;
}): WeekPlan {
  const { settings, calendar, week, timeZone } = input;
  const days = datesOfWeek(week);
  const workingDays = days.filter((date) => calendar.isWorkingDay(date));
  const sends: PlannedSend[] = [];
  const dropped: DroppedSend[] = [];
  for (const kind of SEND_KINDS) {
    const rule = settings[kind];
    if (!rule) continue;
    const placed = placeRule(rule.day, days, workingDays);
    if (!placed) {
      dropped.push({ kind, ruleDate: typeof rule.day === 'number' ? days[rule.day - 1] : undefined });
      continue;
    }
    sends.push({
      kind,
      localDate: placed.date,
      localTime: rule.time,
      dueAt: instantAt(placed.date, rule.time, timeZone),
      ...(placed.movedFrom ? { movedFrom: placed.movedFrom } : {}),
    });
  }
  // Stable: two sends at the same moment keep SEND_KINDS order (the prompt before the reminder).
  sends.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  // The last millisecond of Sunday 23.59: a check-in sent at 23.59:30 still belongs to the week.
  const closesAt = new Date(instantAt(week.end, '23:59', timeZone).getTime() + 59_999);
  return { week, workingDays, sends, closesAt, dropped };
}

/** Where one rule lands in a week, or undefined when the week has no day for it. */
function placeRule(
  day: SendDay,
  days: readonly string[],
  workingDays: readonly string[],
): { date: string; movedFrom?: string } | undefined {
  if (workingDays.length === 0) return undefined;
  if (day === 'first') return { date: workingDays[0]! };
  if (day === 'last') return { date: workingDays[workingDays.length - 1]! };
  if (typeof day === 'string') {
    const after = Number(day.slice('first+'.length));
    return { date: workingDays[Math.min(after, workingDays.length - 1)]! };
  }
  const named = days[day - 1]!;
  if (workingDays.includes(named)) return { date: named };
  const next = workingDays.find((date) => date > named);
  return next ? { date: next, movedFrom: named } : undefined;
}

export type SendVerdict =
  | { send: true }
  /** Inside quiet hours (20.00–07.00 local): try again at 07.00 local, if still the same day. */
  | { send: false; retryAt: Date; reason: 'quiet-hours' }
  /** Older than its day (a prompt from yesterday): dropped, never sent late. */
  | { send: false; reason: 'stale' }
  /** Not due yet (asked before `dueAt`, or before its local date in the zone now asked about). */
  | { send: false; retryAt: Date; reason: 'not-yet' };

/**
 * Whether a planned send may go out `now`: on time or caught up after downtime on its own local
 * day, never in quiet hours, never on a later day. A send caught up after 20.00 of its own day is
 * stale, not deferred: the day is over for messaging, and a prompt the next morning would be a
 * day late. One caught up before 07.00 of its day (only possible when its time was in quiet hours,
 * or the zone changed since planning) waits for 07.00.
 */
export function sendVerdict(input: {
  send: Pick<PlannedSend, 'localDate' | 'dueAt'>;
  now: Date;
  timeZone: string;
}): SendVerdict {
  const { send, now, timeZone } = input;
  if (now.getTime() < send.dueAt.getTime()) return { send: false, retryAt: send.dueAt, reason: 'not-yet' };
  const clock = localClock(now, timeZone);
  if (clock.date > send.localDate) return { send: false, reason: 'stale' };
  const morning = instantAt(send.localDate, QUIET_UNTIL, timeZone);
  // Due by the instant but still the day before here (the person moved west since planning).
  if (clock.date < send.localDate) return { send: false, retryAt: morning, reason: 'not-yet' };
  if (!isQuietMinute(clock.minutes)) return { send: true };
  return clock.minutes < minutesOf(QUIET_UNTIL)
    ? { send: false, retryAt: morning, reason: 'quiet-hours' }
    : { send: false, reason: 'stale' };
}
