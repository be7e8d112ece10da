/**
 * Runs and seed of every property test. The suite runs a few hundred cases per property with a
 * fixed seed, so CI is fast and a failure reproduces on any machine; `FUZZ_RUNS=100000` makes a
 * long local run, and `FUZZ_SEED` explores other inputs (a failure prints the seed and path that
 * replay it: pass them back as FUZZ_SEED and `path` in `params`).
 */
import fc from 'fast-check';

const DEFAULT_RUNS = 300;
const DEFAULT_SEED = 20_261_125;

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

export const FUZZ_RUNS = Math.max(1, intFromEnv('FUZZ_RUNS') ?? DEFAULT_RUNS);
export const FUZZ_SEED = intFromEnv('FUZZ_SEED') ?? DEFAULT_SEED;

/**
 * fast-check's parameters for one property; `share` scales the runs for expensive cases (a whole
 * dialog is dozens of steps: FUZZ_RUNS=100000 gives 10,000 dialogs at a share of 0.1).
 */
export function params<T>(share = 1): fc.Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(FUZZ_RUNS * share)) };
}

/** Long runs outlast vitest's default timeout; about 1 ms a case is plenty for every property here. */
export function timeoutFor(share = 1): number {
  return Math.max(30_000, Math.round(FUZZ_RUNS * share) * 2);
}

/** Any JavaScript string: lone surrogates, NUL, controls, astral characters included. */
export const anyString = (maxLength = 60) => fc.string({ unit: 'binary', maxLength });

/** Text as people type it: graphemes (emoji, accents, scripts) with spaces and line breaks. */
export const typedText = (maxLength = 60) =>
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(' ', '\n', '\r\n', '\t', '-', '.', ',', '/'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    maxLength,
  });

/** What PostgreSQL takes in jsonb and text: no NUL (22P05, 22021) and no half of a surrogate pair (22P02). */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !/\p{Cs}/u.test(text);
}
