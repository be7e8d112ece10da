/** Readers for the free-text answers of the check-in; pure and table-tested. */
import { cleanLine, cleanText, cutText } from '../text/clean-text.js';

const YES = /^(ya|iya|y|yes|yep|ok|oke|boleh|mau)$/i;
const NO = /^(tidak|tdk|gak|nggak|enggak|no|n|nope|tidak perlu|no thanks)$/i;
const NOTHING = /^(-|–|tidak ada|tidak|nihil|none|no|nothing|n\/a|na|kosong|belum ada)$/i;

export function readYesNo(text: string): boolean | undefined {
  const t = text.trim().replace(/[.!]+$/, '');
  if (YES.test(t)) return true;
  if (NO.test(t)) return false;
  return undefined;
}

/** A 1–10 confidence typed instead of tapped. */
export function readConfidence(text: string): number | undefined {
  const m = text.trim().match(/^(10|[1-9])(\s*\/\s*10)?$/);
  return m ? Number(m[1]) : undefined;
}

/** An http(s) link with a real host name, or undefined. */
export function readLink(text: string): string | undefined {
  const t = text.trim();
  if (/\s/.test(t)) return undefined;
  try {
    const url = new URL(t);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.'))
      return url.toString();
  } catch {
    // not a URL
  }
  return undefined;
}

const MAX_LINES = 20;
const MAX_LINE_LENGTH = 1000;

/**
 * Blockers and action plans as a list: one item per line, list markers removed.
 * `tidak ada`/`-`/`none` alone means an empty list. Items go to the dialog's jsonb state and to
 * text columns: cleaned of controls (a tab is a space inside an item) and cut on a grapheme boundary.
 */
export function readList(text: string): string[] {
  const cleaned = cleanText(text);
  if (NOTHING.test(cleaned.trim().replace(/[.!]+$/, ''))) return [];
  return cleaned
    .split('\n')
    .map((line) =>
      cleanLine(line)
        .trim()
        .replace(/^([-*•·]|\d{1,2}[.)])\s+/, '')
        .trim(),
    )
    .filter((line) => line.length > 0)
    .slice(0, MAX_LINES)
    .map((line) => cutText(line, MAX_LINE_LENGTH));
}

const MAX_TEXT_LENGTH = 2000;

/**
 * One free answer of several lines (the support a person needs), cleaned and cut like list
 * items; `tidak ada`/`-`/`none` alone means nothing (null).
 */
export function readFreeText(text: string): string | null {
  const cleaned = cleanText(text).trim();
  if (cleaned === '' || NOTHING.test(cleaned.replace(/[.!]+$/, ''))) return null;
  return cutText(cleaned, MAX_TEXT_LENGTH);
}
