/**
 * When a cycle's reminder and close happen. `closesOn` is the last day raters may answer in their
 * own zone; the close waits until that day has ended everywhere in Indonesia (00.00 WIB, the
 * westernmost zone, of the next day). The reminder goes 3 working days (Monday–Friday) before
 * `closesOn`, at 09.00 WIB; holidays are not looked up: a reminder on one is harmless.
 */
const DAY_MS = 86_400_000;
/** WIB is UTC+7 all year (no daylight saving). */
const WIB_OFFSET_HOURS = 7;

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function cycleCloseAt(closesOn: string): Date {
  return new Date(dayOf(closesOn).getTime() + DAY_MS - WIB_OFFSET_HOURS * 3_600_000);
}

export function workingDaysBefore(date: string, days: number): string {
  let d = dayOf(date);
  let left = days;
  while (left > 0) {
    d = new Date(d.getTime() - DAY_MS);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return isoDay(d);
}

/** 09.00 WIB three working days before `closesOn`; undefined when that is not after `now`. */
export function cycleReminderAt(closesOn: string, now: Date, days = 3): Date | undefined {
  const at = new Date(
    dayOf(workingDaysBefore(closesOn, days)).getTime() + (9 - WIB_OFFSET_HOURS) * 3_600_000,
  );
  return at > now ? at : undefined;
}
