/**
 * Cuts rendered text into messages a platform accepts: Telegram takes 4,096 UTF-16 code units per
 * message and 1,024 per caption. Cuts fall between lines; a heading (the first line of a
 * paragraph, with lines under it) moves to the next message rather than end one alone; only a line
 * longer than the limit is itself cut, at a space, else between grapheme clusters (an emoji or
 * a letter with its marks stays whole), else between code points.
 */

export const TELEGRAM_MESSAGE_LIMIT = 4096;
export const TELEGRAM_CAPTION_LIMIT = 1024;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Where to cut a line longer than `max` so that the first piece has at most `max` code units. */
function cutPoint(line: string, max: number): { at: number; skip: number } {
  const space = line.lastIndexOf(' ', max);
  if (space > 0) return { at: space, skip: 1 };
  let at = 0;
  for (const { index, segment } of graphemes.segment(line.slice(0, max + 8))) {
    if (index + segment.length > max) break;
    at = index + segment.length;
  }
  if (at > 0) return { at, skip: 0 };
  // One cluster longer than the limit: cut between code points, never inside a surrogate pair.
  at = max;
  const code = line.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff && at > 1) at--;
  return { at, skip: 0 };
}

/** A line that fits as it is, or its pieces. */
function piecesOf(line: string, max: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const { at, skip } = cutPoint(rest, max);
    out.push(rest.slice(0, at));
    rest = rest.slice(at + skip);
  }
  out.push(rest);
  return out;
}

const blank = (line: string) => line.trim() === '';

export function splitMessage(text: string, max: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  if (max < 1) throw new RangeError('max must be at least 1');
  const lines = text.split('\n');
  /** A heading: first line of a paragraph, followed by a non-blank line. */
  const isHeading = lines.map(
    (l, k) => !blank(l) && (k === 0 || blank(lines[k - 1]!)) && k + 1 < lines.length && !blank(lines[k + 1]!),
  );
  const chunks: string[] = [];
  let current: string[] = [];
  let currentHeading: boolean[] = [];
  let length = -1; // code units of current joined by \n; -1 while empty
  const flush = () => {
    while (current.length > 0 && blank(current[current.length - 1]!)) {
      current.pop();
      currentHeading.pop();
    }
    if (current.length > 0) chunks.push(current.join('\n'));
    current = [];
    currentHeading = [];
    length = -1;
  };
  const push = (line: string, heading: boolean) => {
    if (length < 0 && blank(line)) return; // no message starts with a blank line
    current.push(line);
    currentHeading.push(heading);
    length += line.length + 1;
  };
  lines.forEach((line, k) => {
    for (const piece of piecesOf(line, max)) {
      while (length >= 0 && length + 1 + piece.length > max) {
        // Carry a trailing heading over, with the blank line before it dropped.
        const carried: string[] = [];
        let n = current.length - 1;
        while (n > 0 && blank(current[n]!)) n--;
        if (n > 0 && currentHeading[n]) {
          carried.push(current[n]!);
          current = current.slice(0, n);
          currentHeading = currentHeading.slice(0, n);
        }
        flush();
        for (const c of carried) push(c, true);
      }
      push(piece, isHeading[k]! && piece === line);
    }
  });
  flush();
  return chunks;
}
