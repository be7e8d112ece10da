/**
 * Free text as PostgreSQL and the chat platforms take it. PostgreSQL refuses a NUL byte (22P05 in
 * jsonb, 22021 in text) and a lone UTF-16 surrogate in jsonb (22P02); cutting at a fixed count of
 * code units can leave one (half an emoji) or part a letter from its accent. Uses only globals
 * (Intl.Segmenter, Node ≥ 16): the core imports nothing outside itself.
 */

/** C0 controls except tab and newline, DEL, and C1 controls (`Cc`): invisible, and NUL breaks storage. */
const CONTROLS = /(?![\t\n])\p{Cc}/gu;
/** With the `u` flag a well-formed pair is one code point: only a half matches. */
const LONE_SURROGATE = /\p{Cs}/gu;
const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Text of several lines: line breaks become `\n`, tabs stay, other controls go, a lone surrogate becomes U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}

/** One line (a list item, a file name): tabs and line breaks become spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/[\t\n]/g, ' ');
}

/**
 * At most `max` UTF-16 code units (what Telegram and our limits count), ending with `…` when cut.
 * Cuts between grapheme clusters, so an emoji or a letter with its marks stays whole or goes.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const budget = max - ELLIPSIS.length;
  let end = 0;
  // The segmenter is lazy: only the kept part of a long text is segmented.
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > budget) break;
    end = index + segment.length;
  }
  // One cluster longer than the whole budget (a letter under thousands of marks): cut between code
  // points rather than drop everything, but never inside a surrogate pair.
  // Stryker disable next-line StringLiteral: the fallback serves only a budget below 1, where any string does
  if (end === 0) end = /[\ud800-\udbff]/.test(text[budget - 1] ?? '') ? budget - 1 : budget;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}
