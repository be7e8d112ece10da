/**
 * Big import files of a fictional ministry, for load tests and measurements: deterministic (the same
 * options give the same bytes), with realistic NIPs, Indonesian names, a unit tree and four levels of
 * supervision (Sekretaris Jenderal → Deputi → Kepala Biro → Kepala Bagian → staff). Rows are sorted by
 * NIP, as an HR export usually is, so supervisors are scattered through the file rather than first.
 *
 * `scripts/generate-import-files.ts` writes them to disk; tests build small ones in memory.
 */

export interface GeneratedOrganisation {
  /** Employee CSV lines (header first), `;`-separated as Indonesian Excel writes them. */
  employeeLines: string[];
  /** Every person's NIP, by position in the generated organisation (index 0 is the top). */
  nips: string[];
  /** Index of each person's supervisor, -1 for the top. */
  supervisorOf: Int32Array;
}

export const EMPLOYEE_FILE_HEADER = 'nip;nama;email;telepon;jabatan;unit;nip_atasan;zona_waktu;bahasa;peran';
export const OKR_FILE_HEADER =
  'kode,nip,periode,sasaran,hasil_kunci,satuan,awal,target,arah,jenis,bobot,kode_induk';

/** mulberry32: a small seeded generator, so files are reproducible without a dependency. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// biome-ignore format: word lists read better dense
const FIRST = [
  'Agus', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gita', 'Hendra', 'Indah', 'Joko', 'Kartika', 'Lestari',
  'Made', 'Nur', 'Oktaviani', 'Putu', 'Rahmat', 'Sri', 'Teguh', 'Utami', 'Wahyu', 'Yohanes', 'Zainal',
  'Andi', 'Bambang', 'Dian', 'Fransiska', 'Gusti', 'Ketut', 'Maria', 'Nyoman', 'Rizky', 'Siti', 'Yusuf',
];
// biome-ignore format: word lists read better dense
const LAST = [
  'Wijaya', 'Rahayu', 'Setiadi', 'Rusli', 'Yoku', 'Hartanto', 'Prasetyo', 'Nugroho', 'Saputra', 'Lubis',
  'Siregar', 'Simanjuntak', 'Pratama', 'Kurniawan', 'Hidayat', 'Santoso', 'Wibowo', 'Sembiring', 'Tanjung',
  'Manurung', 'Pattiasina', 'Mahuze', 'Sitompul', 'Daulay', 'Nasution', 'Tambunan', 'Mandagi', 'Sinaga',
];
const TITLES = ['', '', '', 'S.E.', 'S.T.', 'S.Kom.', 'S.H.', 'S.Sos.', 'M.M.', 'M.Si.', 'S.Psi.', 'M.Ak.'];
const ZONES = ['WIB', 'WIB', 'WIB', 'Asia/Jakarta', 'WITA', 'WIT', ''];
const AREAS = ['Tata Kelola Data', 'Perencanaan', 'Pengawasan', 'Pelayanan Publik', 'Kerja Sama', 'Inovasi'];
const BUREAUS = ['Perencanaan dan Keuangan', 'Sumber Daya Manusia', 'Hukum', 'Umum', 'Teknologi Informasi'];
const SECTIONS = ['Program', 'Anggaran', 'Evaluasi', 'Kepegawaian', 'Organisasi', 'Tata Usaha', 'Data'];

/**
 * An organisation of `count` people: one top, then `deputies` Deputi, 8 Biro per Deputi and 10 Bagian
 * per Biro as far as the count allows, the rest staff spread over the Bagian.
 */
export function generateOrganisation(count: number, seed = 2026): GeneratedOrganisation {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const deputies = Math.max(1, Math.min(10, Math.floor(count / 1000)));
  const bureaus = Math.max(1, Math.min(deputies * 8, Math.floor(count / 120)));
  const sections = Math.max(1, Math.min(bureaus * 10, Math.floor(count / 12)));

  const units: string[] = [];
  const unitOf = new Int32Array(count);
  const supervisorOf = new Int32Array(count).fill(-1);
  const positions: string[] = new Array(count);
  const top = 'Sekretariat Jenderal';
  let next = 0;
  const person = (unit: string, position: string, supervisor: number) => {
    const index = next++;
    units.push(unit);
    unitOf[index] = units.length - 1;
    supervisorOf[index] = supervisor;
    positions[index] = position;
    return index;
  };
  const topIndex = person(top, 'Sekretaris Jenderal', -1);
  const deputyUnits: { unit: string; head: number }[] = [];
  for (let d = 0; d < deputies && next < count; d++) {
    const unit = `${top}/Deputi Bidang ${AREAS[d % AREAS.length]}${d >= AREAS.length ? ` ${d + 1}` : ''}`;
    deputyUnits.push({ unit, head: person(unit, `Deputi Bidang ${AREAS[d % AREAS.length]}`, topIndex) });
  }
  const bureauUnits: { unit: string; head: number }[] = [];
  for (let b = 0; b < bureaus && next < count; b++) {
    const deputy = deputyUnits[b % deputyUnits.length]!;
    const name = `Biro ${BUREAUS[b % BUREAUS.length]}${b >= BUREAUS.length ? ` ${Math.floor(b / BUREAUS.length) + 1}` : ''}`;
    const unit = `${deputy.unit}/${name}`;
    bureauUnits.push({ unit, head: person(unit, `Kepala ${name}`, deputy.head) });
  }
  const sectionUnits: { unit: string; head: number }[] = [];
  for (let s = 0; s < sections && next < count; s++) {
    const bureau = bureauUnits[s % bureauUnits.length]!;
    const name = `Bagian ${SECTIONS[s % SECTIONS.length]}${s >= SECTIONS.length ? ` ${Math.floor(s / SECTIONS.length) + 1}` : ''}`;
    const unit = `${bureau.unit}/${name}`;
    sectionUnits.push({ unit, head: person(unit, `Kepala ${name}`, bureau.head) });
  }
  const staffUnits =
    sectionUnits.length > 0 ? sectionUnits : bureauUnits.length > 0 ? bureauUnits : deputyUnits;
  while (next < count) {
    const section = staffUnits.length > 0 ? pick(staffUnits) : { unit: top, head: topIndex };
    person(
      section.unit,
      pick(['Analis Kebijakan', 'Pranata Komputer', 'Perencana', 'Arsiparis', 'Analis SDM']),
      section.head,
    );
  }

  // NIP: birth date (8) + appointment year and month (6) + gender (1) + serial (3), all unique.
  const nips: string[] = new Array(count);
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const year = 1965 + Math.floor(rand() * 35);
    const birth = `${year}${pad(1 + Math.floor(rand() * 12), 2)}${pad(1 + Math.floor(rand() * 28), 2)}`;
    const appointed = `${year + 22 + Math.floor(rand() * 10)}${pad(1 + Math.floor(rand() * 12), 2)}`;
    const gender = 1 + Math.floor(rand() * 2);
    let serial = 1 + Math.floor(rand() * 20);
    let nip = `${birth}${appointed}${gender}${pad(serial, 3)}`;
    while (used.has(nip)) nip = `${birth}${appointed}${gender}${pad(++serial, 3)}`;
    used.add(nip);
    nips[i] = nip;
  }

  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const title = pick(TITLES);
    const name = `${first} ${last}${title ? `, ${title}` : ''}`;
    const email = rand() < 0.8 ? `${first}.${last}.${i}@example.go.id`.toLowerCase() : '';
    const phone =
      rand() < 0.7
        ? `08${pad(11 + Math.floor(rand() * 89), 2)}-${pad(i % 10000, 4)}-${pad(Math.floor(rand() * 10000), 4)}`
        : '';
    const supervisor = supervisorOf[i]! >= 0 ? nips[supervisorOf[i]!]! : '';
    const locale = rand() < 0.05 ? 'en' : rand() < 0.5 ? 'id' : '';
    const role = rand() < 0.01 ? 'admin' : rand() < 0.5 ? 'pegawai' : '';
    lines.push(
      [
        nips[i],
        name,
        email,
        phone,
        positions[i],
        units[unitOf[i]!],
        supervisor,
        pick(ZONES),
        locale,
        role,
      ].join(';'),
    );
  }
  const order = lines.map((_, i) => i).sort((a, b) => (nips[a]! < nips[b]! ? -1 : 1));
  return { employeeLines: [EMPLOYEE_FILE_HEADER, ...order.map((i) => lines[i]!)], nips, supervisorOf };
}

const OBJECTIVES = [
  'Meningkatnya kualitas perencanaan dan akuntabilitas kinerja',
  'Terwujudnya layanan manajemen SDM aparatur yang cepat dan akuntabel',
  'Meningkatnya efisiensi pengelolaan anggaran',
  'Tersedianya data dan informasi yang andal',
];
const RESULTS: [string, string, number, number, 'naik' | 'turun'][] = [
  ['Nilai SAKIP unit kerja', 'nilai', 72.5, 80, 'naik'],
  ['Persentase realisasi anggaran', '%', 88.4, 95, 'naik'],
  ['Rata-rata waktu penyelesaian layanan', 'hari', 21, 10, 'turun'],
  ['Jumlah dokumen yang ditetapkan', 'dokumen', 0, 4, 'naik'],
  ['Penghematan belanja operasional', 'Rp', 0, 1_500_000_000, 'naik'],
  ['Indeks kepuasan pengguna layanan', 'nilai', 3.1, 3.6, 'naik'],
];

/**
 * `perPerson` key results for each person of the organisation (rounded to reach `count` in total),
 * two objectives each, cascading to one of the supervisor's key results. Codes are `KR-<person>-<n>`.
 */
export function generateKeyResultLines(org: GeneratedOrganisation, count: number, seed = 2027): string[] {
  const rand = random(seed);
  const people = org.nips.length;
  const perPerson = Math.max(1, Math.ceil(count / people));
  const code = (personIndex: number, n: number) => `KR-${pad(personIndex, 6)}-${n}`;
  const rows: [string, string][] = [];
  let made = 0;
  for (let p = 0; p < people && made < count; p++) {
    const supervisor = org.supervisorOf[p]!;
    for (let n = 1; n <= perPerson && made < count; n++, made++) {
      const [title, unit, baseline, target, direction] = RESULTS[Math.floor(rand() * RESULTS.length)]!;
      const objective = OBJECTIVES[(p + Math.floor((n - 1) / 2)) % OBJECTIVES.length]!;
      const period = n % 4 === 0 ? '2026-Q4' : '2026';
      const parent = supervisor >= 0 ? code(supervisor, 1 + Math.floor(rand() * perPerson)) : '';
      const kind = rand() < 0.1 ? 'aspirational' : 'committed';
      const weight = rand() < 0.2 ? '"1,5"' : '1';
      const measure = (v: number) => (Number.isInteger(v) ? `${v}` : `"${`${v}`.replace('.', ',')}"`);
      rows.push([
        org.nips[p]!,
        [
          code(p, n),
          org.nips[p],
          period,
          `"${objective}"`,
          `"${title}"`,
          unit,
          measure(baseline),
          measure(target),
          direction,
          kind,
          weight,
          parent,
        ].join(','),
      ]);
    }
  }
  // A parent must exist: a supervisor with fewer key results than perPerson cannot happen here, since
  // every person gets perPerson until `count` runs out, and supervisors come before their staff.
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [OKR_FILE_HEADER, ...rows.map(([, line]) => line)];
}

function pad(value: number, width: number): string {
  return `${value}`.padStart(width, '0');
}
