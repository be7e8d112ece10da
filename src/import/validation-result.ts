import type { ImportProblem } from './import-error.js';

/** A validator's answer: every record ready to write, or every problem found (never a mix). */
export type ValidationResult<Record> =
  | { ok: true; records: Record[] }
  | { ok: false; problems: ImportProblem[] };

/** Where a key first appeared, to report later copies of it with that row. */
export function firstRows<T>(
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
  rowOf: (item: T) => number,
) {
  const first = new Map<string, number>();
  const duplicates: { item: T; key: string; firstRow: number }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, rowOf(item));
    else duplicates.push({ item, key, firstRow: seen });
  }
  return { first, duplicates };
}
