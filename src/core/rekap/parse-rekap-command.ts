/**
 * What a supervisor types after `/rekap`, in Indonesian or English: a period, whose rekap, and a
 * file format. `/rekap`, `/rekap pekan lalu`, `/rekap bulan`, `/rekap triwulan xlsx`,
 * `/rekap 2026-TW3`, `/rekap Q3`, `/rekap unit Biro Umum`, `/rekap Budi Santoso last week`,
 * `/rekap 19910708 201503 1 002`.
 *
 * The period may stand at the start or the end of the text (a name sits between), so a person
 * called "Bulan" must be asked for by a fuller name or the NIP: `/rekap bulan` is the month.
 */
import type { RekapSubject } from './rekap-data.js';

export type Quarter = 1 | 2 | 3 | 4;

export type RekapPeriodSpec =
  | { kind: 'this-week' }
  | { kind: 'last-week' }
  | { kind: 'this-month' }
  | { kind: 'this-quarter' }
  /** `year` null: the current year (`Q3`, `TW3`). */
  | { kind: 'quarter'; year: number | null; quarter: Quarter };

export type RekapFormat = 'chat' | 'xlsx' | 'csv';

export interface RekapCommand {
  period: RekapPeriodSpec;
  subject: RekapSubject;
  format: RekapFormat;
}

/** Text that looks like a period but names none (`2026-TW5`, `Q0`, `2026`): the caller says so. */
export interface UnknownPeriodError {
  code: 'unknown-period';
  /** The words as typed, for the message. */
  input: string;
}

export type ParsedRekapCommand =
  | { ok: true; command: RekapCommand }
  | { ok: false; error: UnknownPeriodError };

/** Word sequences (lower case) naming a relative period; longest first so `bulan ini` wins over `bulan`. */
const PHRASES: ReadonlyArray<{ words: readonly string[]; spec: RekapPeriodSpec }> = [
  ...['pekan ini', 'minggu ini', 'this week'].map((p) => ({ p, spec: { kind: 'this-week' } as const })),
  ...['pekan lalu', 'minggu lalu', 'last week'].map((p) => ({ p, spec: { kind: 'last-week' } as const })),
  ...['bulan ini', 'this month', 'bulan', 'month'].map((p) => ({ p, spec: { kind: 'this-month' } as const })),
  ...['triwulan ini', 'this quarter', 'triwulan', 'quarter'].map((p) => ({
    p,
    spec: { kind: 'this-quarter' } as const,
  })),
]
  .map(({ p, spec }) => ({ words: p.split(' '), spec }))
  .sort((a, b) => b.words.length - a.words.length);

const YEAR_QUARTER = /^(\d{4})-(?:tw|q)(\d+)$/;
const QUARTER_ONLY = /^(?:tw|q)(\d+)$/;
const YEAR = /^\d{4}$/;
/** Anything else shaped like a period code: `2026-W60`, `2026-tw`, `tw-3`, `q3x`. */
const PERIOD_LIKE = /^(?:\d{4}-\S*|(?:tw|q)[-\d]\S*|\d{4})$/;

const NIP_LENGTH = 18;

function quarterOf(digits: string): Quarter | undefined {
  const n = Number(digits);
  return digits.length === 1 && n >= 1 && n <= 4 ? (n as Quarter) : undefined;
}

type Match = { spec: RekapPeriodSpec; length: number } | { error: true; length: number } | undefined;

/** A period at the start of `words` (already lower case), and how many words it took. */
function periodAt(words: readonly string[]): Match {
  for (const phrase of PHRASES) {
    if (phrase.words.every((w, i) => words[i] === w))
      return { spec: phrase.spec, length: phrase.words.length };
  }
  const [first, second] = words;
  if (first === undefined) return undefined;
  const yq = YEAR_QUARTER.exec(first);
  if (yq) {
    const quarter = quarterOf(yq[2]!);
    return quarter
      ? { spec: { kind: 'quarter', year: Number(yq[1]), quarter }, length: 1 }
      : { error: true, length: 1 };
  }
  const q = QUARTER_ONLY.exec(first);
  if (q) {
    const quarter = quarterOf(q[1]!);
    if (!quarter) return { error: true, length: 1 };
    if (second !== undefined && YEAR.test(second))
      return { spec: { kind: 'quarter', year: Number(second), quarter }, length: 2 };
    return { spec: { kind: 'quarter', year: null, quarter }, length: 1 };
  }
  if (PERIOD_LIKE.test(first)) return { error: true, length: 1 };
  return undefined;
}

/** The period at the end of `words`: the longest tail that parses as exactly one period. */
function periodAtEnd(words: readonly string[]): Match {
  for (let length = Math.min(2, words.length); length >= 1; length--) {
    const match = periodAt(words.slice(words.length - length));
    if (match && match.length === length) return match;
  }
  return undefined;
}

function subjectOf(words: readonly string[]): RekapSubject {
  if (words.length === 0) return { kind: 'line' };
  if (words[0]!.toLowerCase() === 'unit') {
    const path = words.slice(1).join(' ');
    return path === '' ? { kind: 'unit' } : { kind: 'unit', path };
  }
  // A NIP is often written in groups: 19910708 201503 1 002.
  const joined = words.join('');
  if (/^\d+$/.test(joined) && joined.length === NIP_LENGTH) return { kind: 'person', query: joined };
  return { kind: 'person', query: words.join(' ') };
}

export function parseRekapCommand(text: string): ParsedRekapCommand {
  let words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  let format: RekapFormat = 'chat';
  const last = words[words.length - 1]?.toLowerCase();
  if (last === 'xlsx' || last === 'csv') {
    format = last;
    words = words.slice(0, -1);
  }
  const lower = words.map((w) => w.toLowerCase());
  const fail = (length: number, fromEnd: boolean): ParsedRekapCommand => ({
    ok: false,
    error: {
      code: 'unknown-period',
      input: (fromEnd ? words.slice(words.length - length) : words.slice(0, length)).join(' '),
    },
  });

  let period: RekapPeriodSpec = { kind: 'this-week' };
  const atStart = periodAt(lower);
  if (atStart && 'error' in atStart) return fail(atStart.length, false);
  if (atStart) {
    period = atStart.spec;
    words = words.slice(atStart.length);
  } else {
    const atEnd = periodAtEnd(lower);
    if (atEnd && 'error' in atEnd) return fail(atEnd.length, true);
    if (atEnd) {
      period = atEnd.spec;
      words = words.slice(0, words.length - atEnd.length);
    }
  }
  return { ok: true, command: { period, subject: subjectOf(words), format } };
}
