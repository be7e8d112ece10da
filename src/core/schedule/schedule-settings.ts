/**
 * When dika speaks to a unit, as data: a unit sets some of these, inherits the rest from the units
 * above it and from the defaults below (issue: weekly prompt on the first working day at 09.00, a
 * reminder two working days later, a last call on the last working day at 14.00, a supervisor digest
 * on the last working day at 16.00; the week closes Sunday 23.59 local).
 */
import type { IsoWeekday } from '../calendar/working-calendar.js';

/**
 * Which day of the week a send falls on: the n-th working day counted from the first (`first`,
 * `first+2`), the last working day (`last`), or a fixed weekday (1 = Monday … 7 = Sunday; moved
 * to the next working day when that day is off). Stored settings are validated at the storage
 * boundary (src/storage/repositories/schedule-settings-schema.ts).
 */
export type SendDay = 'first' | 'last' | `first+${number}` | number;

export interface SendRule {
  day: SendDay;
  /** Local wall-clock time `HH:mm` (24 h). */
  time: string;
}

export const SEND_KINDS = ['prompt', 'reminder', 'lastCall', 'digest'] as const;
export type SendKind = (typeof SEND_KINDS)[number];

/** A null rule = that send is switched off for the unit. */
export interface ScheduleSettings {
  prompt: SendRule | null;
  reminder: SendRule | null;
  lastCall: SendRule | null;
  digest: SendRule | null;
  workWeek: IsoWeekday[];
}

/** What a unit stores: any subset (unit_schedules.settings). */
export type PartialScheduleSettings = Partial<ScheduleSettings>;

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  prompt: { day: 'first', time: '09:00' },
  reminder: { day: 'first+2', time: '09:00' },
  lastCall: { day: 'last', time: '14:00' },
  digest: { day: 'last', time: '16:00' },
  workWeek: [1, 2, 3, 4, 5],
};

/** Quiet hours, local: nothing is sent from 20.00 until 07.00. */
export const QUIET_FROM = '20:00';
export const QUIET_UNTIL = '07:00';

/**
 * The effective settings of a unit: the defaults, overlaid by each unit's own settings from the
 * top of the tree down to the unit (`chain[0]` = the root). Pausing inherits the same way: the
 * nearest unit that says paused or not decides.
 */
export function effectiveSchedule(
  chain: ReadonlyArray<{ settings: PartialScheduleSettings; paused: boolean | null }>,
): ScheduleSettings & { paused: boolean } {
  let settings: ScheduleSettings = DEFAULT_SCHEDULE;
  let paused = false;
  for (const unit of chain) {
    settings = { ...settings, ...unit.settings };
    if (unit.paused !== null) paused = unit.paused;
  }
  return { ...settings, paused };
}
