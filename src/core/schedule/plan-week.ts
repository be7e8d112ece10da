/**
 * The contract of the weekly schedule (implemented in this file; the jobs in src/scheduler/jobs use
 * only these types and functions). Pure: settings, calendar and zone in, instants out.
 */
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { IsoWeek } from '../time/iso-week.js';
import type { ScheduleSettings, SendKind } from './schedule-settings.js';

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
  /** Sunday 23.59 local: the week closes and a missing check-in is recorded. */
  closesAt: Date;
}

/** Plans one week of one unit in one zone. */
export function planWeek(_input: {
  settings: ScheduleSettings;
  calendar: WorkingCalendar;
  week: IsoWeek;
  timeZone: string;
}): WeekPlan {
  throw new Error('planWeek: not implemented yet');
}

export type SendVerdict =
  | { send: true }
  /** Inside quiet hours (20.00–07.00 local): try again at 07.00 local, if still the same day. */
  | { send: false; retryAt: Date; reason: 'quiet-hours' }
  /** Older than its day (a prompt from yesterday): dropped, never sent late. */
  | { send: false; reason: 'stale' };

/**
 * Whether a planned send may go out `now`: on time or caught up after downtime on its own local
 * day, never in quiet hours, never on a later day.
 */
export function sendVerdict(_input: {
  send: Pick<PlannedSend, 'localDate' | 'dueAt'>;
  now: Date;
  timeZone: string;
}): SendVerdict {
  throw new Error('sendVerdict: not implemented yet');
}
