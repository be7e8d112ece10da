/**
 * How dika greets a person: by the time of day in their zone and by the name people call them,
 * formally ("Selamat pagi, Bapak Hendra.") when the import gave a salutation (`sapaan`), else by
 * the short name alone. Senior officials are not greeted with their full name and degrees.
 */
import { TZDate } from '@date-fns/tz';
import type { Prompt } from '../conversation/types.js';

export type Salutation = 'Bapak' | 'Ibu';
export type DayPart = 'morning' | 'midday' | 'afternoon' | 'evening';

/**
 * Indonesian day parts as offices use them: pagi until 10.59, siang until 14.59, sore until
 * 17.59, malam after (and before 04.00).
 */
export function dayPart(now: Date, timeZone: string): DayPart {
  const hour = new TZDate(now.getTime(), timeZone).getHours();
  if (hour >= 4 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 15) return 'midday';
  if (hour >= 15 && hour < 18) return 'afternoon';
  return 'evening';
}

/** Titles written before a name (academic, professional, religious), compared without dots. */
const PREFIX_TITLES = new Set([
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'h',
  'hj',
  'kh',
  'drg',
  'apt',
  'ns',
  'bapak',
  'ibu',
  'bpk',
  'sdr',
  'sdri',
  'tn',
  'ny',
]);

/**
 * The name a person is called by: the first given name, without titles before it ("Dr. Ir.",
 * "H.", "dr.") or degrees after it (everything after the first comma: "M.Si.", "S.H., M.H.").
 * A name written in capitals (as some registers keep them) is given its ordinary case.
 */
export function shortName(fullName: string): string {
  const beforeDegrees = fullName.split(',')[0]!.trim();
  const words = beforeDegrees.split(/\s+/).filter((w) => w.length > 0);
  const given = words.find((w) => !PREFIX_TITLES.has(w.replace(/\./g, '').toLowerCase()) && !w.endsWith('.'));
  const name = given ?? words.at(-1) ?? fullName.trim();
  return name === name.toUpperCase() && name !== name.toLowerCase()
    ? name.charAt(0) + name.slice(1).toLowerCase()
    : name;
}

export interface Greeted {
  name: string;
  salutation: Salutation | null;
}

/** The greeting line that opens a check-in. */
export function greetingPrompt(person: Greeted, now: Date, timeZone: string): Prompt {
  const args = { part: dayPart(now, timeZone), name: shortName(person.name) };
  return person.salutation
    ? { key: 'greeting-formal', args: { ...args, salutation: person.salutation }, expects: 'none' }
    : { key: 'greeting-plain', args, expects: 'none' };
}

export function isSalutation(value: unknown): value is Salutation {
  return value === 'Bapak' || value === 'Ibu';
}
