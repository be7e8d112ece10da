/**
 * The yearly reminder to load next year's holidays: the SKB 3 Menteri usually appears in
 * September–October and the ASN Keppres as late as 31 December (domain.md §13), so from 1 December
 * a missing next year is worth a warning every day until an admin loads it.
 */
import { localDate } from '../time/iso-week.js';

/** The year whose holidays are missing, or undefined when there is nothing to warn about. */
export function calendarWarning(
  now: Date,
  years: Iterable<number>,
  timeZone = 'Asia/Jakarta',
): { missingYear: number } | undefined {
  const today = localDate(now, timeZone);
  const year = Number(today.slice(0, 4));
  if (today.slice(5) < '12-01') return undefined;
  const known = new Set(years);
  return known.has(year + 1) ? undefined : { missingYear: year + 1 };
}
