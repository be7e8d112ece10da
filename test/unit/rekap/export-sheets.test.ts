/**
 * The export's sheets as plain rows, before any file format: the capaian sheet (people in the
 * loader's order, each person's indicators by code, figures on the period's last day or today,
 * bukti dukung counted within the period only, umpan balik one line each) and the kendala and
 * dukungan sheet (by person, week, kendala before dukungan). Compared whole, id and en; the XLSX
 * and CSV writers are tested in export-writers.test.ts, the loaded export in
 * test/integration/export-rekap.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { RekapPeriod } from '../../../src/core/rekap/rekap-data.js';
import { quarterPeriod } from '../../../src/core/rekap/resolve-rekap-period.js';
import { Translator } from '../../../src/i18n/translator.js';
import { capaianSheet, referenceDate } from '../../../src/services/rekap/export/capaian-sheet.js';
import { notesSheet } from '../../../src/services/rekap/export/notes-sheet.js';
import { fluentDate, isoWeekMonday, type SheetSpec } from '../../../src/services/rekap/export/sheet-spec.js';
import { cumulative, falling, person, rekapData, report, TODAY, WEEK_29 } from './rekap-fixtures.js';

const translator = new Translator();
const id = translator.forLocale('id');
const en = translator.forLocale('en');

const rowsOf = (sheet: SheetSpec) => [...sheet.rows()];
const headersOf = (sheet: SheetSpec) => sheet.columns.map((c) => `${c.header}:${c.kind}`);

describe('the date the figures stand on', () => {
  const period = (start: string, end: string): RekapPeriod => ({
    kind: 'month',
    year: 2026,
    month: 6,
    start,
    end,
  });

  it('is the period’s last day once it has ended, today while it runs', () => {
    expect(referenceDate({ period: period('2026-06-01', '2026-06-30'), today: '2026-07-15' })).toBe(
      '2026-06-30',
    );
    expect(referenceDate({ period: period('2026-07-01', '2026-07-31'), today: '2026-07-15' })).toBe(
      '2026-07-15',
    );
    expect(referenceDate({ period: period('2026-07-01', '2026-07-15'), today: '2026-07-15' })).toBe(
      '2026-07-15',
    );
  });
});

describe('week and date cells', () => {
  it('name an ISO week by its Monday, across the turn of a year', () => {
    expect(isoWeekMonday('2026-W49')).toBe('2026-11-30');
    expect(isoWeekMonday('2026-W01')).toBe('2025-12-29'); // 4 Jan 2026 is a Sunday
    expect(isoWeekMonday('2021-W01')).toBe('2021-01-04'); // 4 Jan 2021 is a Monday
    expect(isoWeekMonday('2020-W53')).toBe('2020-12-28');
    expect(isoWeekMonday('2027-W01')).toBe('2027-01-04');
    expect(isoWeekMonday('2026-W29')).toBe(WEEK_29.start);
  });

  it('give Fluent a local midnight of that very day', () => {
    const date = fluentDate('2026-07-05');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2026, 6, 5, 0]);
  });
});

describe('the capaian sheet', () => {
  // Q2 2026 read on 15 July: the figures stand on 30 June. Budi comes first in the loader's order.
  const Q2 = quarterPeriod(2026, 2);
  const data = rekapData({
    period: Q2,
    today: TODAY,
    people: [person(2, 'Budi', 'Biro Umum/Bagian TU'), person(1, 'Ani', null)],
    indicators: [
      {
        // March's 10 counts for realisasi but its 5 bukti dukung fall before the period; July's 70
        // and its 4 fall after the reference date.
        ...cumulative(1, 1, [
          report('2026-W13', '2026-03-25', 10, 8, 5),
          report('2026-W20', '2026-05-13', 40, 8, 2),
          report('2026-W26', '2026-06-24', 55, 7, 1),
          report('2026-W27', '2026-07-01', 70, 8, 4),
        ]),
        feedback: [
          { authorName: 'Sari', body: 'Bagus', date: '2026-05-14' },
          { authorName: 'Sari', body: 'Tambah bukti', date: '2026-06-25' },
        ],
      },
      // Budi's T-3 is listed before his K-2: the sheet orders them by code.
      { ...falling(2, 3, [report('2026-W22', '2026-05-27', 13, 6, 0)]), resultKind: 'additional' },
      cumulative(2, 2, []),
      // Someone outside the scope's people: never shown.
      cumulative(7, 9, [report('2026-W20', '2026-05-13', 99)]),
    ],
  });

  it('has the SKP columns with the reference date’s quarter', () => {
    expect(headersOf(capaianSheet(data, id))).toEqual([
      'Nama:text',
      'NIP:text',
      'Unit:text',
      'Jenis RHK:text',
      'Rencana Hasil Kerja:long',
      'Indikator:long',
      'Satuan:text',
      'Target:number',
      'Realisasi:number',
      'Capaian:percent',
      'Target TW II:number',
      'Realisasi TW II:number',
      'Capaian TW II:percent',
      'Tanggal Realisasi:date',
      'Umpan Balik Berkelanjutan:long',
      'Bukti Dukung:integer',
    ]);
    expect(capaianSheet(data, id).name).toBe('Capaian per indikator');
    expect(capaianSheet(data, en).name).toBe('Achievement per indicator');
    // While Q3 runs, the figures stand on today: TW III.
    expect(capaianSheet({ ...data, period: WEEK_29 }, id).columns[10]?.header).toBe('Target TW III');
  });

  it('lists each person’s indicators by code, figures as of the reference date', () => {
    const budi = ['Budi', person(2, 'Budi').nip, 'Biro Umum/Bagian TU'];
    const ani = ['Ani', person(1, 'Ani').nip, null];
    expect(rowsOf(capaianSheet(data, id))).toEqual([
      // No report: no figures, no date, no bukti dukung.
      [
        ...budi,
        'Utama',
        'Meningkatnya layanan',
        'Dokumen perencanaan disusun',
        'dokumen',
        100,
        null,
        null,
        50,
        null,
        null,
        null,
        null,
        0,
      ],
      // A `turun` level, 13 days against 10 for the year and 12 for TW II.
      [
        ...budi,
        'Tambahan',
        'Meningkatnya layanan',
        'Rata-rata waktu penyelesaian usulan',
        'hari',
        10,
        13,
        70,
        12,
        13,
        91.7,
        '2026-05-27',
        null,
        0,
      ],
      [
        ...ani,
        'Utama',
        'Meningkatnya layanan',
        'Dokumen perencanaan disusun',
        'dokumen',
        100,
        55,
        55,
        50,
        55,
        110,
        '2026-06-24',
        '14 Mei 2026 · Sari: Bagus\n25 Jun 2026 · Sari: Tambah bukti',
        3,
      ],
    ]);
  });

  it('speaks English', () => {
    const rows = rowsOf(capaianSheet(data, en));
    expect(rows.map((r) => r[3])).toEqual(['Main', 'Additional', 'Main']);
    expect(rows[2]?.[14]).toBe('14 May 2026 · Sari: Bagus\n25 Jun 2026 · Sari: Tambah bukti');
  });

  it('can be walked twice (widths, then the rows), giving the same rows', () => {
    const sheet = capaianSheet(data, id);
    expect(rowsOf(sheet)).toEqual(rowsOf(sheet));
  });
});

describe('the kendala and dukungan sheet', () => {
  const data = rekapData({
    people: [person(2, 'Budi'), person(1, 'Ani')],
    blockers: [
      { employeeId: 1, isoWeek: '2026-W29', text: 'Server lambat' },
      { employeeId: 2, isoWeek: '2026-W28', text: 'Data belum masuk' },
      { employeeId: 1, isoWeek: '2026-W28', text: 'Rapat bentrok' },
      { employeeId: 1, isoWeek: '2026-W28', text: 'Printer rusak' },
      { employeeId: 8, isoWeek: '2026-W28', text: 'Bukan bawahan' },
    ],
    support: [
      { employeeId: 1, isoWeek: '2026-W28', text: 'Akses SIMPEG' },
      { employeeId: 1, isoWeek: '2026-W27', text: 'Pelatihan Excel' },
      { employeeId: 1, isoWeek: '2026-W28', text: '=1+1' },
    ],
  });

  it('lists them by person, then week, kendala before dukungan, each in the order given', () => {
    const budi = ['Budi', person(2, 'Budi').nip, 'Biro Umum'];
    const ani = ['Ani', person(1, 'Ani').nip, 'Biro Umum'];
    expect(headersOf(notesSheet(data, id))).toEqual([
      'Nama:text',
      'NIP:text',
      'Unit:text',
      'Pekan:date',
      'Jenis:text',
      'Isi:long',
    ]);
    expect(rowsOf(notesSheet(data, id))).toEqual([
      [...budi, '2026-07-06', 'Kendala', 'Data belum masuk'],
      [...ani, '2026-06-29', 'Dukungan yang dibutuhkan', 'Pelatihan Excel'],
      [...ani, '2026-07-06', 'Kendala', 'Rapat bentrok'],
      [...ani, '2026-07-06', 'Kendala', 'Printer rusak'],
      [...ani, '2026-07-06', 'Dukungan yang dibutuhkan', 'Akses SIMPEG'],
      [...ani, '2026-07-06', 'Dukungan yang dibutuhkan', '=1+1'],
      [...ani, '2026-07-13', 'Kendala', 'Server lambat'],
    ]);
  });

  it('speaks English', () => {
    const sheet = notesSheet(data, en);
    expect(sheet.name).toBe('Blockers and support');
    expect(rowsOf(sheet).map((r) => r[4])).toEqual([
      'Blocker',
      'Support needed',
      'Blocker',
      'Blocker',
      'Support needed',
      'Support needed',
      'Blocker',
    ]);
  });
});
