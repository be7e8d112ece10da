import { isoWeekOf } from '../time/iso-week.js';

/** What the scheduler knows about a snoozed check-in reminder when its time comes. */
export interface ReminderFacts {
  now: Date;
  /** The ISO week the reminder was set for (`2026-W10`). */
  weekKey: string;
  /** The person; undefined when the row is gone. */
  employee: { active: boolean; timeZone: string } | undefined;
  /** Whether the person is on leave today, in their own zone. */
  onLeave: boolean;
  /** Whether the check-in for `weekKey` is already in. */
  submitted: boolean;
}

export type ReminderSkip = 'no-employee' | 'inactive' | 'week-over' | 'on-leave' | 'submitted';

export type ReminderVerdict = { due: true } | { due: false; skip: ReminderSkip };

/**
 * Whether a "Nanti" reminder should still go out. The week is compared in the person's zone: a
 * reminder for W10 that fires at Monday 00:30 WIT belongs to W11 in Jayapura and is dropped, while
 * at the same instant it is still Sunday of W10 in Jakarta.
 */
export function reminderDue(facts: ReminderFacts): ReminderVerdict {
  const { employee } = facts;
  if (!employee) return { due: false, skip: 'no-employee' };
  if (!employee.active) return { due: false, skip: 'inactive' };
  if (isoWeekOf(facts.now, employee.timeZone).key !== facts.weekKey) return { due: false, skip: 'week-over' };
  if (facts.onLeave) return { due: false, skip: 'on-leave' };
  if (facts.submitted) return { due: false, skip: 'submitted' };
  return { due: true };
}
