/**
 * Arithmetic on calendar dates (`yyyy-MM-dd`). A date has no zone: stepping is done in UTC, where
 * every day is 24 hours long, so a DST change in the person's zone cannot skip or repeat a day.
 */
import type { IsoWeek } from '../time/iso-week.js';
import { isoWeekOf } from '../time/iso-week.js';

const DAY_MS = 86_400_000;

/** `date` plus `days` (negative goes back). */
export function addDaysTo(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday … Sunday of an ISO week. */
export function datesOfWeek(week: Pick<IsoWeek, 'start'>): string[] {
  return Array.from({ length: 7 }, (_, i) => addDaysTo(week.start, i));
}

/** The ISO week a calendar date belongs to (the same answer in every zone). */
export function isoWeekOfDate(date: string): IsoWeek {
  return isoWeekOf(new Date(`${date}T12:00:00Z`), 'UTC');
}

/** The ISO week after `week`. */
export function nextIsoWeek(week: Pick<IsoWeek, 'start'>): IsoWeek {
  return isoWeekOfDate(addDaysTo(week.start, 7));
}

/** The Monday (`yyyy-MM-dd`) of an ISO week key such as `2026-W53`. */
export function mondayOfWeekKey(weekKey: string): string {
  const [year, week] = weekKey.split('-W').map(Number) as [number, number];
  // ISO week 1 holds 4 January; its Monday is that day minus its weekday.
  const jan4 = `${year}-01-04`;
  const jan4Weekday = new Date(`${jan4}T00:00:00Z`).getUTCDay() || 7;
  return addDaysTo(jan4, 1 - jan4Weekday + (week - 1) * 7);
}
