/**
 * The export's sheets as plain rows, before any file format: the capaian sheet (people in the
 * loader's order, each person's indicators by code, figures on the period's last day or today,
 * bukti dukung counted within the period only, umpan balik one line each) and the kendala and
 * dukungan sheet (by person, week, kendala before dukungan), kepatuhan (per week and in all; cuti,
 * libur, the running week and a week without indicators held against no one), the dialog kinerja
 * records and the evaluasi (everyone a row). Compared whole, id and en; the XLSX
 * and CSV writers are tested in export-writers.test.ts, the loaded export in
 * test/integration/export-rekap.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { RekapPeriod } from '../../../src/core/rekap/rekap-data.js';
import { quarterPeriod } from '../../../src/core/rekap/resolve-rekap-period.js';
import { Translator } from '../../../src/i18n/translator.js';
import { capaianSheet, referenceDate } from '../../../src/services/rekap/export/capaian-sheet.js';
import { complianceSheet, weekHeaderOf } from '../../../src/services/rekap/export/compliance-sheet.js';
import { dialogSheet } from '../../../src/services/rekap/export/dialog-sheet.js';
import { evaluationSheet } from '../../../src/services/rekap/export/evaluation-sheet.js';
import { notesSheet } from '../../../src/services/rekap/export/notes-sheet.js';
import { fluentDate, isoWeekMonday, type SheetSpec } from '../../../src/services/rekap/export/sheet-spec.js';
import { cumulative, falling, person, rekapData, report, TODAY, WEEK_29, week } from './rekap-fixtures.js';

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
        // and its 4 fall after the reference date. 1 April and 30 June are the period's bounds.
        ...cumulative(1, 1, [
          report('2026-W13', '2026-03-25', 10, 8, 5),
          report('2026-W14', '2026-04-01', 20, 8, 1),
          report('2026-W20', '2026-05-13', 40, 8, 2),
          report('2026-W27', '2026-06-30', 55, 7, 1),
          report('2026-W28', '2026-07-08', 70, 8, 4),
        ]),
        feedback: [
          { authorName: 'Sari', body: 'Bagus', date: '2026-05-14' },
          { authorName: 'Sari', body: 'Tambah bukti', date: '2026-06-25' },
        ],
      },
      // Budi's T-3 is listed before his K-2: the sheet orders them by code.
      { ...falling(2, 3, [report('2026-W22', '2026-05-27', 13, 6, 0)]), resultKind: 'additional' },
      cumulative(2, 2, []),
      // Ani's K-7 is listed after her K-1, as it stays.
      { ...cumulative(1, 7, []), title: 'Laporan kinerja disusun' },
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
        '2026-06-30',
        '14 Mei 2026 · Sari: Bagus\n25 Jun 2026 · Sari: Tambah bukti',
        4,
      ],
      [
        ...ani,
        'Utama',
        'Meningkatnya layanan',
        'Laporan kinerja disusun',
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
    ]);
  });

  it('speaks English', () => {
    const rows = rowsOf(capaianSheet(data, en));
    expect(rows.map((r) => r[3])).toEqual(['Main', 'Additional', 'Main', 'Main']);
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

describe('the kepatuhan sheet', () => {
  // July 2026 read on 15 July: W27–W29, W29 still running. Citra has no rows at all.
  const data = rekapData({
    people: [person(1, 'Ani'), person(2, 'Budi'), person(3, 'Citra')],
    weeks: [
      week(1, '2026-W27', 'submitted'),
      week(1, '2026-W28', 'missed'),
      week(1, '2026-W29', 'submitted'),
      week(2, '2026-W29', 'open'),
      week(2, '2026-W27', 'leave'),
      week(2, '2026-W28', 'no-workday'),
      week(4, '2026-W28', 'no-indicators'),
    ],
  });
  const sheet = complianceSheet(data, id, weekHeaderOf(translator, 'id'));

  it('has a column per week named by its days, then the totals', () => {
    expect(headersOf(sheet)).toEqual([
      'Nama:text',
      'NIP:text',
      'Unit:text',
      '29 Jun – 3 Jul 2026:text',
      '6 – 10 Jul 2026:text',
      '13 – 17 Jul 2026:text',
      'Melapor:integer',
      'Cuti:integer',
      'Libur:integer',
      'Tidak melapor:integer',
      'Kepatuhan:percent',
    ]);
    expect(sheet.name).toBe('Kepatuhan');
  });

  it('counts reported ÷ (reported + not reported), per person and in all', () => {
    expect(rowsOf(sheet)).toEqual([
      ['Ani', person(1, 'Ani').nip, 'Biro Umum', 'Melapor', 'Tidak melapor', 'Melapor', 2, 0, 0, 1, 66.7],
      // Cuti, libur and the running week are held against no one: nothing judged, no percentage.
      ['Budi', person(2, 'Budi').nip, 'Biro Umum', 'Cuti', 'Libur', 'Belum melapor', 0, 1, 1, 0, null],
      ['Citra', person(3, 'Citra').nip, 'Biro Umum', null, null, null, 0, 0, 0, 0, null],
      // Reported per week, then the totals of the people shown (employee 4 is not one of them).
      ['Jumlah', null, null, 1, 0, 1, 2, 1, 1, 1, 66.7],
    ]);
  });

  it('labels a week without an active indicator, and speaks English', () => {
    const withDewi = { ...data, people: [person(4, 'Dewi')] };
    expect(rowsOf(complianceSheet(withDewi, id, weekHeaderOf(translator, 'id')))[0]?.slice(3)).toEqual([
      null,
      'Tanpa indikator',
      null,
      0,
      0,
      0,
      0,
      null,
    ]);
    const english = complianceSheet(data, en, weekHeaderOf(translator, 'en'));
    expect(english.columns[3]?.header).toBe('29 Jun – 3 Jul 2026');
    expect(rowsOf(english)[0]?.slice(3, 6)).toEqual(['Reported', 'Not reported', 'Reported']);
    expect(rowsOf(english).at(-1)?.[0]).toBe('Total');
  });
});

describe('the dialog kinerja sheet', () => {
  it('lists the records of the people shown, as given', () => {
    const sheet = dialogSheet(
      [person(1, 'Ani'), person(2, 'Budi')],
      [
        {
          employeeId: 2,
          heldOn: '2026-07-02',
          heldByName: 'Sari',
          agreement: 'Fokus ke laporan',
          followUp: 'Kirim draf',
          nextReviewOn: '2026-07-16',
        },
        {
          employeeId: 9,
          heldOn: '2026-07-03',
          heldByName: 'Sari',
          agreement: null,
          followUp: null,
          nextReviewOn: null,
        },
        {
          employeeId: 1,
          heldOn: '2026-07-01',
          heldByName: null,
          agreement: null,
          followUp: null,
          nextReviewOn: null,
        },
      ],
      id,
    );
    expect(sheet.name).toBe('Dialog kinerja');
    expect(headersOf(sheet)).toEqual([
      'Tanggal Dialog:date',
      'Nama:text',
      'NIP:text',
      'Unit:text',
      'Dicatat oleh:text',
      'Kesepakatan:long',
      'Rencana Tindak Lanjut:long',
      'Reviu Berikutnya:date',
    ]);
    expect(rowsOf(sheet)).toEqual([
      [
        '2026-07-02',
        'Budi',
        person(2, 'Budi').nip,
        'Biro Umum',
        'Sari',
        'Fokus ke laporan',
        'Kirim draf',
        '2026-07-16',
      ],
      ['2026-07-01', 'Ani', person(1, 'Ani').nip, 'Biro Umum', null, null, null, null],
    ]);
  });
});

describe('the evaluasi sheet', () => {
  const records = [
    {
      employeeId: 2,
      periodCode: '2026-Q2',
      appraiserName: 'Sari',
      appraiserNip: '198001012005012001',
      resultRating: 'above',
      behaviourRating: 'meets',
      predikat: 'sangat-baik',
      updatedOn: '2026-07-05',
    },
    {
      employeeId: 2,
      periodCode: '2026-Q1',
      appraiserName: 'Sari',
      appraiserNip: '198001012005012001',
      resultRating: 'below',
      behaviourRating: null,
      predikat: 'nonsense',
      updatedOn: '2026-04-03',
    },
  ];

  it('gives everyone a row, empty until evaluated, and each evaluation of a person its own', () => {
    const sheet = evaluationSheet([person(1, 'Ani'), person(2, 'Budi')], records, id);
    expect(sheet.name).toBe('Evaluasi');
    expect(headersOf(sheet).slice(3)).toEqual([
      'Periode:text',
      'Pejabat Penilai Kinerja:text',
      'NIP Pejabat Penilai Kinerja:text',
      'Rating Hasil Kerja:text',
      'Rating Perilaku Kerja:text',
      'Predikat Kinerja:text',
      'Diperbarui:date',
    ]);
    const budi = ['Budi', person(2, 'Budi').nip, 'Biro Umum'];
    expect(rowsOf(sheet)).toEqual([
      ['Ani', person(1, 'Ani').nip, 'Biro Umum', null, null, null, null, null, null, null],
      [
        ...budi,
        '2026-Q2',
        'Sari',
        '198001012005012001',
        'Di atas ekspektasi',
        'Sesuai ekspektasi',
        'Sangat Baik',
        '2026-07-05',
      ],
      // A value dika does not know is left empty, never printed raw.
      [...budi, '2026-Q1', 'Sari', '198001012005012001', 'Di bawah ekspektasi', null, null, '2026-04-03'],
    ]);
    expect(rowsOf(evaluationSheet([person(2, 'Budi')], records, en))[0]?.slice(6, 9)).toEqual([
      'Above expectation',
      'Meets expectation',
      'Outstanding',
    ]);
  });
});
