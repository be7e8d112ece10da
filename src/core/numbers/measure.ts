/**
 * The largest magnitude of a realisation, baseline, target or weight, either sign. The columns are
 * `numeric(20, 4)` (`measure()` in src/storage/tables/columns.ts): below 10^16, or PostgreSQL refuses
 * the whole write (22003). A JavaScript number holds every integer only up to 2^53 ≈ 9 × 10^15, so a
 * typed 9999999999999999 would arrive as 10^16: the bound is a round one below both, and the same
 * for a check-in typed in the chat, a whole form and an import.
 */
export const MAX_MEASURE = 999_999_999_999_999;

export function isStorableMeasure(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_MEASURE;
}
