/**
 * The admin's wording for `schedule set`, Indonesian or English: `--prompt "senin 09.00"`,
 * `"hari kerja pertama 09.00"`, `"hari kerja ketiga 09.00"`, `"hari kerja terakhir 14.00"`,
 * `"first 09:00"`, `"off"`; `--work-week senin-jumat`, `senin-sabtu`, `senin,selasa,rabu,kamis,jumat`.
 * Times as PUEBI writes them (`09.00`) or with a colon (`09:00`); always the person's local time.
 */
import type { IsoWeekday } from '../calendar/working-calendar.js';
import type { PromptArgs } from '../conversation/types.js';
import type { SendDay, SendRule } from './schedule-settings.js';
import { validateSendRule } from './validate-send-rule.js';

export type ParseProblem = {
  ok: false;
  reason: 'empty' | 'day' | 'time' | 'quiet-hours';
  key: string;
  args: PromptArgs;
};

/** The rule, or null for a send switched off (`off`, `mati`, `nonaktif`). */
export type ParsedSendRule = { ok: true; rule: SendRule | null } | ParseProblem;

export type ParsedWorkWeek = { ok: true; days: IsoWeekday[] } | ParseProblem;

const WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ['senin', 'sen', 'monday', 'mon'],
  ['selasa', 'sel', 'tuesday', 'tue', 'tues'],
  ['rabu', 'rab', 'wednesday', 'wed'],
  ['kamis', 'kam', 'thursday', 'thu', 'thur', 'thurs'],
  ['jumat', "jum'at", 'jumaat', 'jum', 'friday', 'fri'],
  ['sabtu', 'sab', 'saturday', 'sat'],
  ['minggu', 'ahad', 'min', 'sunday', 'sun'],
];

/** `senin`/`Monday`/`jum'at` → 1…7. */
export function parseWeekday(text: string): IsoWeekday | undefined {
  const word = normalize(text).replace(/[’`]/g, "'");
  const index = WEEKDAYS.findIndex((names) => names.includes(word));
  return index < 0 ? undefined : ((index + 1) as IsoWeekday);
}

const OFF = new Set(['off', 'mati', 'nonaktif', 'non-aktif', 'tidak ada', 'tidak', 'none', 'no']);
const ID_ORDINALS = ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh'];
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const TIME = /^(?<head>.*?)(?:[\s,]+(?:pukul|pkl\.?|jam|at|@))?[\s,@]*(?<hour>\d{1,2})[.:](?<minute>\d{2})$/;

export function parseSendRule(text: string): ParsedSendRule {
  const input = normalize(text);
  if (input === '') return problem('empty', 'schedule-rule-empty', {});
  if (OFF.has(input)) return { ok: true, rule: null };
  const match = TIME.exec(input);
  if (!match?.groups) return problem('time', 'schedule-rule-invalid-time', { text: text.trim() });
  const hour = Number(match.groups.hour);
  const minute = Number(match.groups.minute);
  if (hour > 23 || minute > 59) return problem('time', 'schedule-rule-invalid-time', { text: text.trim() });
  const day = parseSendDay(match.groups.head!);
  if (day === undefined)
    return problem('day', 'schedule-rule-invalid-day', { text: match.groups.head!.trim() });
  const rule: SendRule = { day, time: `${pad(hour)}:${pad(minute)}` };
  const check = validateSendRule(rule);
  return check.ok
    ? { ok: true, rule }
    : { ok: false, reason: 'quiet-hours', key: check.key, args: check.args };
}

/** The day part of a rule: a weekday, the first or last working day, or the n-th working day. */
export function parseSendDay(text: string): SendDay | undefined {
  const day = normalize(text)
    .replace(/^(?:setiap\s+|tiap\s+|pada\s+|every\s+|on\s+(?:the\s+)?|the\s+)/, '')
    .replace(/\s*\+\s*/g, '+');
  const weekday = parseWeekday(day);
  if (weekday) return weekday;
  const phrase = day
    .replace(/^hari kerja\s*/, '')
    .replace(/\s*(?:working day|workday|work day|business day)$/, '');
  if (phrase === 'terakhir' || phrase === 'last') return 'last';
  const plus = /^(?:pertama|first)\+(\d)$/.exec(phrase);
  if (plus) return nth(Number(plus[1]) + 1);
  const numbered = /^(?:ke-?\s*(\d)|(\d)(?:st|nd|rd|th))$/.exec(phrase);
  if (numbered) return nth(Number(numbered[1] ?? numbered[2]));
  const ordinal = Math.max(ID_ORDINALS.indexOf(phrase), EN_ORDINALS.indexOf(phrase));
  return ordinal < 0 ? undefined : nth(ordinal + 1);
}

/** The n-th working day of the week (1 = the first), when n is 1–7. */
function nth(n: number): SendDay | undefined {
  if (n < 1 || n > 7) return undefined;
  return n === 1 ? 'first' : (`first+${n - 1}` as SendDay);
}

/** `senin-jumat`, `mon-sat`, `senin,selasa,rabu`, `senin-rabu, jumat`, `senin s.d. jumat`. */
export function parseWorkWeek(text: string): ParsedWorkWeek {
  const input = normalize(text);
  if (input === '') return problem('empty', 'schedule-rule-work-week-empty', {});
  const days = new Set<IsoWeekday>();
  for (const item of input.split(/\s*[,;]\s*|\s+(?:dan|and)\s+/)) {
    const ends = item.split(/\s*(?:[-–—]|\bs\.?\s?d\.?|\bsampai\b|\bhingga\b|\bto\b|\buntil\b)\s*/);
    const [from, to] = ends.map(parseWeekday);
    if (ends.length > 2 || from === undefined || (ends.length === 2 && to === undefined)) {
      return problem('day', 'schedule-rule-invalid-work-week', { text: text.trim() });
    }
    // A range runs forward and may wrap past Sunday (`sabtu-rabu`).
    for (let day = from; ; day = ((day % 7) + 1) as IsoWeekday) {
      days.add(day);
      if (day === (to ?? from)) break;
    }
  }
  return { ok: true, days: [...days].sort((a, b) => a - b) };
}

function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function problem(reason: ParseProblem['reason'], key: string, args: PromptArgs): ParseProblem {
  return { ok: false, reason, key, args };
}
