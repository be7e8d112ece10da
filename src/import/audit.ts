/** The before/after pair of an audit row: only the fields that changed, or everything on creation. */
export function changedFields<T extends Record<string, unknown>>(
  before: T | undefined,
  after: T,
): { before: Partial<T> | null; after: Partial<T> } | undefined {
  if (!before) return { before: null, after };
  const keys = (Object.keys(after) as (keyof T)[]).filter((k) => !sameValue(before[k], after[k]));
  if (keys.length === 0) return undefined;
  const pick = (source: T) => Object.fromEntries(keys.map((k) => [k, source[k]])) as Partial<T>;
  return { before: pick(before), after: pick(after) };
}

/** Arrays (roles) compare as sets: order in the column carries no meaning. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  return a === b;
}
