/**
 * Predikat kinerja pegawai from the two ratings, PermenPANRB 6/2022's 3×3 "kuadran kinerja"
 * (domain.md §4.2). Behaviour below expectation is never better than Kurang/Misconduct; results
 * below expectation cap the predikat at Butuh Perbaikan; Sangat Baik needs both "di atas".
 */

/** Di bawah / sesuai / di atas ekspektasi: the appraiser's three levels, for results and behaviour. */
export type Rating = 'below' | 'meets' | 'above';
export const RATINGS: readonly Rating[] = ['below', 'meets', 'above'];

/** Best to worst. `kurang` is "Kurang/Misconduct". */
export type Predikat = 'sangat-baik' | 'baik' | 'butuh-perbaikan' | 'kurang' | 'sangat-kurang';
export const PREDIKATS: readonly Predikat[] = [
  'sangat-baik',
  'baik',
  'butuh-perbaikan',
  'kurang',
  'sangat-kurang',
];

export const isRating = (value: unknown): value is Rating => RATINGS.includes(value as Rating);
export const isPredikat = (value: unknown): value is Predikat => PREDIKATS.includes(value as Predikat);

/** Rows: rating hasil kerja; columns: rating perilaku kerja (below, meets, above). */
const MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  above: { below: 'kurang', meets: 'baik', above: 'sangat-baik' },
  meets: { below: 'kurang', meets: 'baik', above: 'baik' },
  below: { below: 'sangat-kurang', meets: 'butuh-perbaikan', above: 'butuh-perbaikan' },
};

export function predikatOf(result: Rating, behaviour: Rating): Predikat {
  return MATRIX[result][behaviour];
}
