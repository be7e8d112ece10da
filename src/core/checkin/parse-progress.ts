import type { PromptArgs } from '../conversation/types.js';
import { isStorableMeasure, MAX_MEASURE } from '../numbers/measure.js';
import { parseNumber } from '../numbers/parse-number.js';
import { currentValue, isPercentUnit, type KrSnapshot } from './key-result.js';

export type ProgressAnswer =
  | { kind: 'value'; value: number; link?: string }
  | { kind: 'invalid' }
  /** A number the database cannot store (see MAX_MEASURE). */
  | { kind: 'out-of-range' };

const SAME = /^(sama|tetap|same|unchanged|no change|tidak berubah|belum berubah)$/i;
const DONE = /^(selesai|sudah selesai|tuntas|beres|done|finished|complete|completed)$/i;
const SCALE: Array<[RegExp, number]> = [
  [/^(rb|ribu|k|thousand)$/i, 1e3],
  [/^(jt|juta|million|mio)$/i, 1e6],
  [/^(m|miliar|milyar|billion|bn)$/i, 1e9],
  [/^(t|triliun|trillion)$/i, 1e12],
];
const URL_IN_TEXT = /\bhttps?:\/\/\S+/i;

/**
 * Reads this week's realisation from what a person typed. Accepts `65`, `65%`, `65 persen`,
 * `6,5`, `1.500.000`, `Rp 1,5 juta`, `7/10`, `7 dari 10`, `selesai`/`done` (the target),
 * `sama`/`tetap`/`same` (unchanged). A link typed with the value is kept as evidence.
 */
export function parseProgress(input: string, kr: KrSnapshot): ProgressAnswer {
  const linkMatch = input.match(URL_IN_TEXT);
  const link = linkMatch ? serialisedUrl(linkMatch[0].replace(/[).,;]+$/, '')) : undefined;
  const text = (linkMatch ? input.replace(linkMatch[0], ' ') : input)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
  // Every way of reading a value ends here, so none can let a number through that the database refuses.
  const withLink = (read: number): ProgressAnswer => {
    if (!isStorableMeasure(read)) return { kind: 'out-of-range' };
    // Rounding a tiny negative gives -0, which prints as "-0" and is 0 again after a JSON round trip.
    const value = read === 0 ? 0 : read;
    return link ? { kind: 'value', value, link } : { kind: 'value', value };
  };

  if (SAME.test(text)) return withLink(currentValue(kr));
  if (DONE.test(text)) return withLink(kr.target);

  // The KR's own unit goes first: a label may hold "/" or "of" (`km/jam`, `profil`), and `3 profil`
  // or `7 dari 10 dokumen` would otherwise be read as a ratio of words.
  const bare = text.replace(new RegExp(`\\s*${escapeRegExp(kr.unitLabel)}$`, 'i'), '').trim();
  const ratio = bare.match(/^(.+?)\s*(?:\/|dari|of|out of)\s*(.+)$/i);
  if (ratio) {
    const numerator = parseNumber(ratio[1]!);
    const denominator = parseNumber(ratio[2]!);
    if (numerator === undefined || denominator === undefined || denominator <= 0) return { kind: 'invalid' };
    // "7/10" of a percentage KR means 70 %; of a count KR it means 7 done (of 10 planned).
    return withLink(isPercentUnit(kr.unitLabel) ? round((numerator / denominator) * 100) : numerator);
  }

  const unitStripped = bare.replace(/\s*(%|persen|percent|pct)$/i, '').trim();
  const scaled = unitStripped.match(/^(.+?)\s*([a-z]+)$/i);
  if (scaled) {
    const factor = SCALE.find(([re]) => re.test(scaled[2]!))?.[1];
    const base = parseNumber(scaled[1]!);
    if (factor === undefined || base === undefined) return { kind: 'invalid' };
    return withLink(round(base * factor));
  }
  const value = parseNumber(unitStripped);
  return value === undefined ? { kind: 'invalid' } : withLink(value);
}

/** What to tell a person whose answer is not a value: the chat and a whole form say the same. */
export function progressHint(
  answer: Exclude<ProgressAnswer, { kind: 'value' }>,
  kr: KrSnapshot,
): { key: string; args: PromptArgs } {
  return answer.kind === 'out-of-range'
    ? { key: 'checkin-hint-value-range', args: { max: MAX_MEASURE } }
    : { key: 'checkin-hint-value', args: { unit: kr.unitLabel } };
}

export type Implausibility = 'negative' | 'backwards' | 'behind-baseline' | 'far-beyond-target';

/**
 * A value that makes little sense gets a confirmation question rather than a silent accept:
 * negative where the KR's numbers are not, a step backwards on its direction (against last
 * week, or against the baseline on a first report), or far past the
 * target (more than twice the distance from baseline to target).
 */
export function implausibility(kr: KrSnapshot, value: number): Implausibility | undefined {
  if (value < 0 && kr.baseline >= 0 && kr.target >= 0) return 'negative';
  const before = currentValue(kr);
  if (kr.direction === 'up' ? value < before : value > before) {
    return kr.lastValue === undefined ? 'behind-baseline' : 'backwards';
  }
  const span = Math.abs(kr.target - kr.baseline);
  const beyond = kr.direction === 'up' ? value - kr.target : kr.target - value;
  if (beyond > 2 * span && beyond > 0) return 'far-beyond-target';
  if (isPercentUnit(kr.unitLabel) && kr.target <= 100 && value > 100 && kr.direction === 'up') {
    return 'far-beyond-target';
  }
  return undefined;
}

/** The WHATWG serialisation: controls and a half surrogate come out percent-encoded, safe to store. */
function serialisedUrl(text: string): string | undefined {
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
