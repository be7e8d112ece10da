/**
 * LIKE patterns from text people typed or imported: `%` and `_` are wildcards and `\` the escape
 * (PostgreSQL's default), so a unit path like `Biro_Umum` or a name with `%` must match itself only.
 */

/** The text with LIKE's wildcards and escape taken literally. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** Every unit path below `path` (not `path` itself). */
export function likeSubtree(path: string): string {
  return `${likeLiteral(path)}/%`;
}

/** Any text containing `text`. */
export function likeContaining(text: string): string {
  return `%${likeLiteral(text)}%`;
}
