/**
 * Times for a dialog kinerja: the choices offered to the appraiser (the next working days at
 * 09.00 and 13.00 in the employee's zone) and a typed time such as `3/12 10.00`, `3-12-2026
 * 13:30` or `3/12 pukul 10.00 WITA`. Dates are day/month as Indonesians write them; without a
 * zone the employee's zone is meant, and without a year the next such date.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format, isWeekend, parseISO } from 'date-fns';
import { resolveTimeZone, zoneLabel } from '../time/time-zone.js';

/** How far ahead a proposal may lie: a quarter is the longest cycle of periodic evaluation. */
export const MAX_DAYS_AHEAD = 92;
export const OFFERED_HOURS = [9, 13] as const;

export type DialogTimeResult =
  | { ok: true; at: Date }
  | { ok: false; reason: 'format' | 'date' | 'past' | 'too-far' };

const TYPED =
  /^(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}|\d{2}))?\s*,?\s*(?:(?:pukul|pkl\.?|jam|at)\s*)?(\d{1,2})[.:](\d{2})(?:\s*([a-z]+(?:\/[a-z_]+)?))?$/i;

/** A local wall-clock time in a zone as an instant, or undefined when that date does not exist. */
function instant(y: number, m: number, d: number, hh: number, mm: number, zone: string): Date | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59) return undefined;
  const at = new TZDate(y, m - 1, d, hh, mm, 0, 0, zone);
  // 31/11 would roll over to 1/12: refuse it rather than guess.
  if (at.getDate() !== d || at.getMonth() !== m - 1) return undefined;
  return new Date(at.getTime());
}

export function parseDialogTime(text: string, now: Date, timeZone: string): DialogTimeResult {
  const match = TYPED.exec(text.trim().toLowerCase());
  if (!match) return { ok: false, reason: 'format' };
  const [, d, m, y, hh, mm, zoneText] = match;
  const zone = zoneText ? resolveTimeZone(zoneText) : timeZone;
  if (!zone) return { ok: false, reason: 'format' };
  const today = new TZDate(now.getTime(), zone);
  let year = y ? Number(y.length === 2 ? `20${y}` : y) : today.getFullYear();
  let at = instant(year, Number(m), Number(d), Number(hh), Number(mm), zone);
  if (!at) return { ok: false, reason: 'date' };
  // Without a year, a day already gone this year means next year's (in December, "3/1" is January).
  const pad = (n: string) => n.padStart(2, '0');
  if (!y && `${year}-${pad(m!)}-${pad(d!)}` < format(today, 'yyyy-MM-dd')) {
    year += 1;
    at = instant(year, Number(m), Number(d), Number(hh), Number(mm), zone);
    if (!at) return { ok: false, reason: 'date' };
  }
  if (at.getTime() <= now.getTime()) return { ok: false, reason: 'past' };
  if (at.getTime() > now.getTime() + MAX_DAYS_AHEAD * 86_400_000) return { ok: false, reason: 'too-far' };
  return { ok: true, at };
}

/** The next `days` working days (Monday–Friday) after today, each at the offered hours, in the zone. */
export function offeredTimes(now: Date, timeZone: string, days = 3): Date[] {
  const out: Date[] = [];
  let day = parseISO(format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd'));
  while (out.length < days * OFFERED_HOURS.length) {
    day = addDays(day, 1);
    if (isWeekend(day)) continue;
    for (const hour of OFFERED_HOURS)
      out.push(instant(day.getFullYear(), day.getMonth() + 1, day.getDate(), hour, 0, timeZone)!);
  }
  return out;
}

/** An instant as prompts show it: the local date, hour and minute (PUEBI: 10.00 WITA), and the zone. */
export function localTimeArgs(at: Date, timeZone: string) {
  const local = new TZDate(at.getTime(), timeZone);
  return {
    date: { date: format(local, 'yyyy-MM-dd') },
    hh: format(local, 'HH'),
    mm: format(local, 'mm'),
    zone: zoneLabel(timeZone),
  };
}
