/**
 * The seven BerAKHLAK core values (SE MenPANRB 20/2021, UU 20/2023) and their three panduan
 * perilaku each, as stable ids. Their words live in locales/{id,en}/berakhlak.ftl under
 * `berakhlak-<value>` (the name), `berakhlak-<value>-definition` and `berakhlak-<value>-<1..3>`
 * (domain.md §1); ids travel in buttons and rows, never words.
 */
export const BERAKHLAK_VALUES = [
  'berorientasi-pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;

export type BerakhlakValue = (typeof BERAKHLAK_VALUES)[number];

/** Each value has exactly three behaviour indicators (panduan perilaku), numbered 1–3. */
export const INDICATORS_PER_VALUE = 3;

export function isBerakhlakValue(text: string): text is BerakhlakValue {
  return (BERAKHLAK_VALUES as readonly string[]).includes(text);
}

/**
 * How often a peer or subordinate sees a behaviour (domain.md §14): 1 tidak pernah, 2 jarang,
 * 3 kadang-kadang, 4 sering, 5 selalu; null = tidak dapat menilai (not counted in an average).
 */
export type FrequencyScore = 1 | 2 | 3 | 4 | 5 | null;

/** The appraiser's rating against expectation. */
export type ExpectationRating = 'below' | 'meets' | 'above';
