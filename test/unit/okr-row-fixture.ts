/** One valid key-result file row and its database side, shared by the OKR validator tests. */
import type { ExistingOkr } from '../../src/import/okr/validate-okr.js';
import type { CsvRow } from '../../src/import/read-csv.js';

export const OWNER = '197003141996031001';

/** A full, valid row; `cells` overrides or (with undefined) drops columns. */
export function okrRow(n: number, kode: string, cells: Record<string, string | undefined> = {}): CsvRow {
  const all: Record<string, string | undefined> = {
    kode,
    nip: OWNER,
    periode: '2026',
    sasaran: 'Meningkatnya kualitas perencanaan',
    hasil_kunci: 'Dokumen perencanaan yang ditetapkan',
    satuan: 'dokumen',
    awal: '0',
    target: '4',
    arah: 'naik',
    jenis: '',
    bobot: '',
    kode_induk: '',
    ...cells,
  };
  return {
    row: n,
    cells: Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined)),
  };
}

/** The owner exists; `parents` are key results already stored, with their parent codes. */
export const existingOkr = (parents: [string, string | null][] = []): ExistingOkr => ({
  employeeNips: new Set([OWNER]),
  keyResultParents: new Map(parents),
});
