/**
 * Dates as people type them for `/cuti` and in HR's leave file: ISO (`2026-12-07`), day/month
 * (`7/12`, `7/12/2026`, `7-12-2026`), or a month name in Indonesian or English (`7 Des`,
 * `7 Desember 2026`, `7 Dec`). Without a year, the year that puts the date nearest to today
 * (`5 Jan` typed on 20 December is next January; `28 Nov` typed on 1 December is last week).
 */
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2999) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

/** The year that puts day/month nearest to `today`; a 29 Feb only where the year has one. */
function nearestYear(month: number, day: number, today: string): string | undefined {
  const year = Number(today.slice(0, 4));
  const candidates = [year - 1, year, year + 1]
    .map((y) => validDate(y, month, day))
    .filter((d): d is string => d !== undefined);
  const distance = (date: string) => Math.abs(differenceInCalendarDays(parseISO(date), parseISO(today)));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

const fullYear = (raw: string) => (raw.length === 2 ? 2000 + Number(raw) : Number(raw));

/** One date, or undefined when the text is not one. `today` is `yyyy-MM-dd` in the person's zone. */
export function parseDayText(text: string, today: string): string | undefined {
  const raw = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?$/.exec(raw);
  if (m) {
    return m[3]
      ? validDate(fullYear(m[3]), Number(m[2]), Number(m[1]))
      : nearestYear(Number(m[2]), Number(m[1]), today);
  }
  m = /^(\d{1,2})\s*([a-z]+)\.?(?:\s+(\d{4}))?$/.exec(raw);
  const month = m ? MONTHS[m[2]!] : undefined;
  if (m && month)
    return m[3] ? validDate(Number(m[3]), month, Number(m[1])) : nearestYear(month, Number(m[1]), today);
  return undefined;
}

/** Longest leave `/cuti` records at once; longer leave (cuti besar, CLTN) comes from HR's file. */
export const MAX_COMMAND_LEAVE_DAYS = 366;

export type LeaveRange =
  | { ok: true; from: string; to: string }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'invalid'; value: string }
  | { ok: false; problem: 'order'; from: string; to: string }
  | { ok: false; problem: 'too-long'; days: number };

const SEPARATORS = /\s*(?:\bsampai\b|\bhingga\b|\bs\/d\b|\bs\.d\.?|\bsd\b|\buntil\b|\bto\b|–|—|\s-\s)\s*/;

/**
 * `<dari> [<sampai>]`: one date is a single day. The two dates may be joined by "sampai", "s/d",
 * "hingga", "to", a dash with spaces, or just a space (`7 Des 11 Des`, `2026-12-07 2026-12-11`);
 * `7–11 Des` shares the month and year.
 */
export function parseLeaveRange(text: string, today: string): LeaveRange {
  const raw = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (raw === '') return { ok: false, problem: 'empty' };
  const shared = /^(\d{1,2})\s*[-–—]\s*(\d{1,2})\s+([a-z]+\.?(?:\s+\d{4})?)$/.exec(raw);
  if (shared) {
    const from = parseDayText(`${shared[1]} ${shared[3]}`, today);
    const to = parseDayText(`${shared[2]} ${shared[3]}`, today);
    if (from && to) return checked(from, to);
  }
  const parts = raw.split(SEPARATORS).filter((p) => p !== '');
  if (parts.length === 2) {
    const from = parseDayText(parts[0]!, today);
    if (!from) return { ok: false, problem: 'invalid', value: parts[0]! };
    const to = parseDayText(parts[1]!, from);
    if (!to) return { ok: false, problem: 'invalid', value: parts[1]! };
    return checked(from, to);
  }
  const single = parseDayText(raw, today);
  if (single) return checked(single, single);
  const tokens = raw.split(' ');
  for (let cut = 1; cut < tokens.length; cut++) {
    const from = parseDayText(tokens.slice(0, cut).join(' '), today);
    // The end date's year is the one nearest the start (7 Des … 3 Jan crosses New Year).
    const to = from ? parseDayText(tokens.slice(cut).join(' '), from) : undefined;
    if (from && to) return checked(from, to);
  }
  return { ok: false, problem: 'invalid', value: raw };
}

function checked(from: string, to: string): LeaveRange {
  if (to < from) return { ok: false, problem: 'order', from, to };
  const days = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
  if (days > MAX_COMMAND_LEAVE_DAYS) return { ok: false, problem: 'too-long', days };
  return { ok: true, from, to };
}

/** The day before a `yyyy-MM-dd` date. */
export const dayBefore = (date: string): string => format(addDays(parseISO(date), -1), 'yyyy-MM-dd');
