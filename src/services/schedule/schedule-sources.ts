/**
 * What planning reads about units: effective settings (paused included) and working calendars,
 * loaded once per job for every unit (units are few; employees are many).
 */
import type { IsoWeekday, WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { ScheduleSettings } from '../../core/schedule/schedule-settings.js';
import type { DbOrTx } from '../../storage/database.js';
import { loadCalendars } from '../../storage/repositories/calendar.js';
import { loadSchedules } from '../../storage/repositories/schedules.js';

export type EffectiveSchedule = ScheduleSettings & { paused: boolean };

export interface ScheduleSources {
  /** The effective schedule of a unit (null: an employee without a unit gets the defaults). */
  schedule(unitId: number | null): EffectiveSchedule;
  calendar(unitId: number | null, workWeek: readonly IsoWeekday[]): WorkingCalendar;
}

export async function loadScheduleSources(db: DbOrTx): Promise<ScheduleSources> {
  const [scheduleFor, calendarFor] = await Promise.all([loadSchedules(db), loadCalendars(db)]);
  return {
    schedule: (unitId) => {
      const effective = scheduleFor(unitId);
      return { ...effective.settings, paused: effective.paused };
    },
    calendar: (unitId, workWeek) => calendarFor(unitId, workWeek),
  };
}
