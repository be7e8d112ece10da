/**
 * The rekap's messages as a supervisor reads them, compared whole in Indonesian (and the weekly
 * one in English): a person's indicators with umpan balik, an indicator without a report, the
 * roll-up of cascaded indicators and the parent a child supports, the 12-week trend with its
 * legend; the week with Perlu perhatian (no report for 2 weeks, behind pace), kendala and
 * dukungan; a month's compliance per person with each indicator's capaian.
 */
import { describe, expect, it } from 'vitest';
import { periodView } from '../../../src/core/rekap/period-view.js';
import { personDetail } from '../../../src/core/rekap/person-detail.js';
import { personDetailPrompts } from '../../../src/core/rekap/person-prompts.js';
import { periodViewPrompts, weeklyViewPrompts } from '../../../src/core/rekap/rekap-prompts.js';
import { weeklyView } from '../../../src/core/rekap/weekly-view.js';
import { renderPrompts } from '../../../src/i18n/render-prompt.js';
import { Translator } from '../../../src/i18n/translator.js';
import { cumulative, falling, person, rekapData, report, week } from './rekap-fixtures.js';

const translator = new Translator();
const W = '2026-W29';

// Ani reports K-1 (with umpan balik) and has K-5 (average, no report yet); Budi's K-2 and Citra's
// T-3 cascade from K-1; Dewi reported K-4 in May only and has missed two weeks.
const data = rekapData({
  people: [person(1, 'Ani'), person(2, 'Budi'), person(3, 'Citra'), person(4, 'Dewi')],
  earlierWeeks: [
    week(1, '2026-W27', 'submitted'),
    week(1, '2026-W28', 'leave'),
    // Budi's indicators were imported in W28.
    week(2, '2026-W27', 'no-indicators'),
    week(4, '2026-W27', 'missed'),
    week(4, '2026-W28', 'missed'),
  ],
  weeks: [week(1, W, 'submitted'), week(2, W, 'submitted'), week(3, W, 'submitted'), week(4, W, 'open')],
  indicators: [
    {
      ...cumulative(1, 1, [
        report('2026-W26', '2026-06-24', 30),
        report('2026-W27', '2026-07-01', 40),
        report(W, '2026-07-14', 52, 7, 2),
      ]),
      feedback: [{ authorName: 'Sari', body: 'Lanjutkan', date: '2026-07-15' }],
    },
    {
      ...cumulative(1, 5, []),
      code: 'K-5',
      accumulation: 'average',
      quarterTargets: [null, null, null, null],
    },
    { ...cumulative(2, 2, [report(W, '2026-07-14', 30)]), parentId: 1 },
    { ...falling(3, 3, [report(W, '2026-07-14', 12)]), parentId: 1 },
    cumulative(4, 4, [report('2026-W20', '2026-05-14', 10, 3, 0)]),
  ],
  blockers: [{ employeeId: 2, isoWeek: W, text: 'Server lambat' }],
  support: [{ employeeId: 3, isoWeek: W, text: 'Akses SIASN' }],
});

const detailText = (employeeId: number) =>
  renderPrompts(translator, 'id', personDetailPrompts(personDetail(data, employeeId)!, data.period)).text;

describe('the rekap of one person', () => {
  it('lists each indicator, the umpan balik, the roll-up and the trend', () => {
    expect(detailText(1)).toBe(
      [
        '👤 Ani (NIP 199000000000000001), rekap pekan 13 Jul – 17 Jul 2026',
        '• K-1 Dokumen perencanaan disusun: realisasi 52 dokumen (14 Jul) · capaian TW III 65% · capaian 2026 52% · naik 12 dokumen dari periode sebelumnya · keyakinan 7/10 · 2 bukti dukung',
        '   💬 Umpan balik Sari, 15 Jul: Lanjutkan',
        '• K-5 Dokumen perencanaan disusun: belum ada realisasi yang dilaporkan',
        '',
        '🔗 Roll-up K-1 Dokumen perencanaan disusun: rata-rata capaian indikator turunan 55% (dari 2 indikator)',
        '   ↳ Budi · K-2: capaian 30%',
        '   ↳ Citra · T-3: capaian 80%',
        '',
        '📈 Tren 12 pekan (27 Apr – 13 Jul 2026), dari yang terlama:',
        'Status: · · · · · · · · · ✅ 🌴 ✅',
        'K-1: – · – · – · – · – · – · – · – · 30% · 40% · – · 52%',
        'K-5: – · – · – · – · – · – · – · – · – · – · – · –',
        '✅ melapor · ❌ tidak melapor · 🌴 cuti · 📅 libur · ⏳ pekan berjalan · ➖ tanpa indikator aktif · · tidak diketahui. Capaian terhadap target tahunan.',
      ].join('\n'),
    );
  });

  it('names the parent indicator a cascaded one supports', () => {
    expect(detailText(2)).toBe(
      [
        '👤 Budi (NIP 199000000000000002), rekap pekan 13 Jul – 17 Jul 2026',
        '• K-2 Dokumen perencanaan disusun: realisasi 30 dokumen (14 Jul) · capaian TW III 37,5% · capaian 2026 30% · keyakinan 8/10 · 1 bukti dukung',
        '   ↑ mendukung K-1 Dokumen perencanaan disusun (Ani)',
        '',
        '📈 Tren 12 pekan (27 Apr – 13 Jul 2026), dari yang terlama:',
        'Status: · · · · · · · · · ➖ · ✅',
        'K-2: – · – · – · – · – · – · – · – · – · – · – · 30%',
        '✅ melapor · ❌ tidak melapor · 🌴 cuti · 📅 libur · ⏳ pekan berjalan · ➖ tanpa indikator aktif · · tidak diketahui. Capaian terhadap target tahunan.',
      ].join('\n'),
    );
  });
});

describe('the week of a line', () => {
  it('names who needs attention and why, the kendala and the dukungan', () => {
    const prompts = weeklyViewPrompts(weeklyView(data));
    expect(renderPrompts(translator, 'id', prompts).text).toBe(
      [
        '📊 Rekap pekan 13 Jul – 17 Jul 2026',
        '3 dari 4 pegawai sudah melapor · belum melapor: Dewi',
        '',
        '⚠️ Perlu perhatian (2 pegawai):',
        '• Dewi · tidak ada laporan 2 pekan · di bawah laju target: K-4',
        '• Budi · di bawah laju target: K-2',
        '',
        '🚧 Kendala:',
        '• Budi: Server lambat',
        '',
        '🤝 Dukungan yang dibutuhkan:',
        '• Citra: Akses SIASN',
      ].join('\n'),
    );
    expect(renderPrompts(translator, 'en', prompts).text).toBe(
      [
        '📊 Summary for the week of 13 Jul – 17 Jul 2026',
        '3 of 4 employees have reported · not reported yet: Dewi',
        '',
        '⚠️ Needs attention (2 employees):',
        "• Dewi · no report for 2 weeks · behind the target's pace: K-4",
        "• Budi · behind the target's pace: K-2",
        '',
        '🚧 Blockers:',
        '• Budi: Server lambat',
        '',
        '🤝 Support needed:',
        '• Citra: Akses SIASN',
      ].join('\n'),
    );
  });
});

describe('a month of a line', () => {
  it('counts each person’s reported weeks and gives each indicator’s capaian', () => {
    const month = {
      ...data,
      period: { kind: 'month' as const, year: 2026, month: 7, start: '2026-07-01', end: '2026-07-31' },
    };
    expect(renderPrompts(translator, 'id', periodViewPrompts(periodView(month))).text).toBe(
      [
        '📊 Rekap Juli 2026',
        'Kepatuhan: 4 dari 6 pekan dilaporkan · 1 pekan cuti (pekan cuti dan libur tidak dihitung)',
        '',
        '👥 Per pegawai:',
        '• Ani: 2 dari 2 pekan dilaporkan · 1 pekan cuti',
        '   K-1: capaian TW III 65% · capaian 2026 52%',
        '   K-5: capaian TW III – · capaian 2026 –',
        '• Budi: 1 dari 1 pekan dilaporkan',
        '   K-2: capaian TW III 37,5% · capaian 2026 30%',
        '• Citra: 1 dari 1 pekan dilaporkan',
        '   T-3: capaian TW III 90,9% · capaian 2026 80%',
        '• Dewi: 0 dari 2 pekan dilaporkan',
        '   K-4: capaian TW III 12,5% · capaian 2026 10%',
        '',
        '⚠️ Perlu perhatian (2 pegawai):',
        '• Dewi · tidak ada laporan 2 pekan · di bawah laju target: K-4',
        '• Budi · di bawah laju target: K-2',
      ].join('\n'),
    );
  });
});
