/** Generators shared by the property tests: key results as the importer stores them, amounts as dika prints them. */
import fc from 'fast-check';
import type { KrSnapshot } from '../../src/core/checkin/key-result.js';
import { MAX_MEASURE } from '../../src/core/numbers/measure.js';
import { anyString } from './fuzz.js';

/** Unit labels found in real OKR files, some of them awkward for the parser (`profil` holds "of", `m` is miliar). */
export const REAL_UNITS = [
  '%',
  'persen',
  'Rp',
  'dokumen',
  'hari',
  'orang',
  'profil',
  'kegiatan',
  'laporan',
  'km',
  'm',
  'indeks',
  'rekomendasi',
  'aplikasi',
  'dataset',
  'Rancangan Peraturan',
] as const;

export const realUnit = fc.constantFrom(...REAL_UNITS);

/** Any storable amount; two decimals at most, as dika prints them (maximumFractionDigits: 2). */
export const amount = fc.oneof(
  fc.integer({ min: -MAX_MEASURE, max: MAX_MEASURE }),
  fc.integer({ min: -1000, max: 1000 }),
  // Two decimals need 17 significant digits above 10^13, more than a double holds.
  fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((c) => c / 100),
);

/** A key result as `beginCheckin` receives it. `unit` decides whether labels may be any string. */
export function keyResult(id: number, unit: fc.Arbitrary<string> = realUnit): fc.Arbitrary<KrSnapshot> {
  return fc
    .record({
      code: fc.stringMatching(/^[A-Z]{1,2}\d{1,2}$/),
      title: fc.oneof(
        fc.constantFrom('Rancangan kebijakan', 'Waktu layanan 🕒', 'Realisasi anggaran'),
        anyString(80),
      ),
      objective: fc.oneof(fc.constant('Kebijakan SDM'), anyString(40)),
      unitLabel: unit,
      baseline: amount,
      target: amount,
      lastValue: fc.option(amount, { nil: undefined }),
      lastConfidence: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      quarterTargets: fc.array(fc.option(amount, { nil: null }), { minLength: 4, maxLength: 4 }),
      accumulation: fc.constantFrom('cumulative' as const, 'latest' as const, 'average' as const),
      periodValues: fc.array(amount, { maxLength: 3 }),
    })
    .map(
      ({ lastValue, lastConfidence, periodValues, ...kr }): KrSnapshot => ({
        id,
        ...kr,
        resultKind: 'main',
        aspect: null,
        periodEnd: '2026-12-31',
        ...(kr.accumulation === 'average' ? { periodValues } : {}),
        // The importer refuses a target equal to the baseline or moving against the direction.
        direction: kr.target >= kr.baseline ? 'up' : 'down',
        ...(lastValue !== undefined ? { lastValue } : {}),
        ...(lastConfidence !== undefined ? { lastConfidence } : {}),
      }),
    );
}

/** One to four key results with distinct ids. */
export const keyResults = (unit?: fc.Arbitrary<string>) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map((id) => keyResult(id, unit))));

/** Strings made of what numbers are written with, so most cases reach the separator rules. */
export const numberish = fc.string({
  unit: fc.constantFrom(
    ...'0123456789'.split(''),
    '.',
    ',',
    ' ',
    '\u00a0',
    '\u202f',
    '-',
    '+',
    '\u2212',
    '\u2013',
    'Rp',
    'rp.',
    'e',
    'x',
    '٣', // an Arabic-Indic digit: \d does not match it, and Number() must never see it
  ),
  maxLength: 24,
});
