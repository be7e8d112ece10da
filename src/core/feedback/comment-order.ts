/**
 * The order anonymous comments are listed in: by a hash of their text (FNV-1a, 32 bit), then by
 * the text. Rows are written shuffled, but a listing in storage order would still follow whatever
 * order the database returns them in (insertion order on a fresh table); an order computed from
 * the text alone says nothing about when, or by whom, a comment was written, and stays the same
 * every time the results are shown.
 */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function commentOrder(bodies: readonly string[]): string[] {
  return bodies
    .map((body) => body.trim())
    .filter((body) => body !== '')
    .map((body) => ({ body, hash: fnv1a(body) }))
    .sort((a, b) => a.hash - b.hash || (a.body < b.body ? -1 : a.body > b.body ? 1 : 0))
    .map((c) => c.body);
}
