/** Person detail (change, trend, roll-up), month/quarter compliance, the unit summary, and their prompts rendered. */
import { describe, expect, it } from 'vitest';
import { periodView } from '../../../src/core/rekap/period-view.js';
import { personDetail } from '../../../src/core/rekap/person-detail.js';
import { personDetailPrompts } from '../../../src/core/rekap/person-prompts.js';
import {
  periodViewPrompts,
  unitSummaryPrompts,
  weeklyViewPrompts,
} from '../../../src/core/rekap/rekap-prompts.js';
import { unitSummary } from '../../../src/core/rekap/unit-summary.js';
import { weeklyView } from '../../../src/core/rekap/weekly-view.js';
import { renderPrompts } from '../../../src/i18n/render-prompt.js';
import { Translator } from '../../../src/i18n/translator.js';
import { cumulative, falling, person, rekapData, report, WEEK_29, week } from './rekap-fixtures.js';

const translator = new Translator();
const W = '2026-W29';

describe('person detail', () => {
  const data = rekapData({
    people: [person(1, 'Ani'), person(2, 'Budi'), person(3, 'Citra')],
    earlierWeeks: [week(1, '2026-W27', 'submitted'), week(1, '2026-W28', 'leave')],
    weeks: [week(1, W, 'submitted')],
    indicators: [
      {
        ...cumulative(1, 1, [
          report('2026-W26', '2026-06-24', 30),
          report('2026-W27', '2026-07-01', 40),
          report(W, '2026-07-14', 52, 7, 2),
        ]),
        feedback: [{ authorName: 'Sari', body: 'Lanjutkan', date: '2026-07-15' }],
      },
      { ...cumulative(2, 2, [report(W, '2026-07-14', 30)]), parentId: 1 },
      { ...falling(3, 3, [report(W, '2026-07-14', 12)]), parentId: 1 },
    ],
  });

  it('gives the latest realisasi, capaian (TW III and year), change, confidence and evidence', () => {
    const d = personDetail(data, 1)!;
    expect(d.indicators).toEqual([
      {
        keyResultId: 1,
        code: 'K-1',
        rhk: 'Meningkatnya layanan',
        title: 'Dokumen perencanaan disusun',
        unitLabel: 'dokumen',
        accumulation: 'cumulative',
        resultKind: 'main',
        latest: { value: 52, date: '2026-07-14' },
        quarter: { number: 3, target: 80, capaian: 65 },
        year: { target: 100, capaian: 52 },
        change: { before: 40, within: 52, delta: 12 },
        confidence: 7,
        evidenceCount: 2,
        feedback: [{ authorName: 'Sari', body: 'Lanjutkan', date: '2026-07-15' }],
        parent: null,
      },
    ]);
  });

  it('rolls cascaded indicators up to the parent: Budi 30%, Citra 80% (turun) → mean 55%', () => {
    expect(personDetail(data, 1)!.rollUps).toEqual([
      {
        keyResultId: 1,
        code: 'K-1',
        title: 'Dokumen perencanaan disusun',
        children: [
          { employeeId: 2, name: 'Budi', keyResultId: 2, code: 'K-2', capaian: 30 },
          { employeeId: 3, name: 'Citra', keyResultId: 3, code: 'T-3', capaian: 80 },
        ],
        mean: 55,
      },
    ]);
    expect(personDetail(data, 2)!.indicators[0]!.parent).toEqual({
      keyResultId: 1,
      code: 'K-1',
      title: 'Dokumen perencanaan disusun',
      ownerName: 'Ani',
    });
  });

  it('draws 12 weeks ending with the period’s week: status and capaian (year) per week', () => {
    const trend = personDetail(data, 1)!.trend;
    expect(trend).toHaveLength(12);
    expect(trend[0]).toMatchObject({ isoWeek: '2026-W18', start: '2026-04-27', status: null });
    expect(trend.slice(-3)).toEqual([
      {
        isoWeek: '2026-W27',
        start: '2026-06-29',
        status: 'submitted',
        capaian: [{ keyResultId: 1, capaian: 40 }],
      },
      {
        isoWeek: '2026-W28',
        start: '2026-07-06',
        status: 'leave',
        capaian: [{ keyResultId: 1, capaian: null }],
      },
      { isoWeek: W, start: '2026-07-13', status: 'submitted', capaian: [{ keyResultId: 1, capaian: 52 }] },
    ]);
  });

  it('renders one line per indicator in both languages, capaian with a decimal comma in Indonesian', () => {
    const d = personDetail(
      rekapData({
        people: [person(3, 'Citra')],
        indicators: [falling(3, 3, [report('2026-W28', '2026-07-08', 13), report(W, '2026-07-14', 12)])],
      }),
      3,
    )!;
    const id = renderPrompts(translator, 'id', personDetailPrompts(d, WEEK_29)).text;
    expect(id).toContain(
      '• T-3 Rata-rata waktu penyelesaian usulan: realisasi 12 hari (14 Jul) · capaian TW III 90,9% · capaian 2026 80% · turun 1 hari dari periode sebelumnya · keyakinan 8/10 · 1 bukti dukung',
    );
    expect(id).toContain('T-3: – · – · – · – · – · – · – · – · – · – · 70% · 80%');
    const en = renderPrompts(translator, 'en', personDetailPrompts(d, WEEK_29)).text;
    expect(en).toContain('achievement Q3 90.9% · achievement 2026 80% · down 1 hari on the previous period');
  });
});

describe('month and quarter', () => {
  it('counts compliance per person with leave and libur weeks left out; a straddling week goes by its Thursday', () => {
    const data = rekapData({
      period: { kind: 'month', year: 2026, month: 6, start: '2026-06-01', end: '2026-06-30' },
      people: [person(1, 'Ani'), person(2, 'Budi')],
      // June 2026: W23–W26 have their Thursday in June; W27 (29 Jun – 5 Jul, Thursday 2 Jul) belongs to July.
      weeks: [
        week(1, '2026-W23', 'no-workday'),
        week(1, '2026-W24', 'submitted'),
        week(1, '2026-W25', 'leave'),
        week(1, '2026-W26', 'missed'),
        week(1, '2026-W27', 'missed'),
        week(2, '2026-W23', 'submitted'),
        week(2, '2026-W24', 'submitted'),
        week(2, '2026-W25', 'submitted'),
        week(2, '2026-W26', 'submitted'),
      ],
    });
    const view = periodView(data);
    expect(view.people.map((p) => [p.name, p.compliance])).toEqual([
      ['Ani', { submitted: 1, judged: 2, leave: 1, noWorkday: 1, missed: 1 }],
      ['Budi', { submitted: 4, judged: 4, leave: 0, noWorkday: 0, missed: 0 }],
    ]);
    expect(view.compliance).toEqual({ submitted: 5, judged: 6, leave: 1, noWorkday: 1, missed: 1 });
    const id = renderPrompts(translator, 'id', periodViewPrompts(view)).text;
    expect(id).toContain('📊 Rekap Juni 2026');
    expect(id).toContain('• Ani: 1 dari 2 pekan dilaporkan · 1 pekan cuti · 1 pekan libur');
  });

  it('scores each indicator at the quarter’s end (today while it runs)', () => {
    const view = periodView(
      rekapData({
        period: { kind: 'quarter', year: 2026, quarter: 3, start: '2026-07-01', end: '2026-09-30' },
        people: [person(1, 'Ani')],
        indicators: [cumulative(1, 1, [report(W, '2026-07-14', 52)])],
      }),
    );
    expect(view.reference).toBe('2026-07-15');
    expect(view.people[0]!.indicators[0]).toMatchObject({ quarter: { capaian: 65 }, year: { capaian: 52 } });
  });
});

describe('unit summary', () => {
  it('gives one line for the head’s own unit and one per direct sub-unit, with drill-down buttons', () => {
    const head = 'Deputi';
    const data = rekapData({
      people: [
        person(1, 'Ani', 'Deputi', 1),
        person(2, 'Budi', 'Deputi/Biro B', 2),
        person(3, 'Citra', 'Deputi/Biro B/Bagian X', 3),
        person(4, 'Dewi', 'Deputi/Biro A', 4),
        person(5, 'Eko', 'Lain', 5),
      ],
      weeks: [week(1, W, 'submitted'), week(2, W, 'submitted'), week(3, W, 'leave'), week(4, W, 'open')],
      indicators: [
        cumulative(2, 2, [report(W, '2026-07-14', 60)]),
        falling(2, 3, [report(W, '2026-07-14', 12)]),
      ],
    });
    const s = unitSummary(data, head);
    expect(
      s.lines.map((l) => [
        l.name,
        l.unitId,
        l.counts.total,
        l.counts.submitted,
        l.counts.leave,
        l.counts.open,
        l.meanCapaian,
        l.attention,
      ]),
    ).toEqual([
      [null, null, 1, 1, 0, 0, null, 0],
      ['Biro A', 4, 1, 0, 0, 1, null, 0],
      // Budi: (60% + 80%) / 2 = 70%; Citra has no report.
      ['Biro B', 2, 2, 1, 1, 0, 70, 0],
    ]);
    const prompts = unitSummaryPrompts(s);
    expect(prompts[0]!.choices).toEqual([
      [
        { id: 'u:4', label: 'rekap-btn-unit', args: { name: 'Biro A' } },
        { id: 'u:2', label: 'rekap-btn-unit', args: { name: 'Biro B' } },
      ],
    ]);
    const id = renderPrompts(translator, 'id', prompts).text;
    expect(id).toContain('• Biro B: 1 dari 1 melapor · 1 cuti · rata-rata capaian 70%');
    expect(id).toContain('• Langsung di unit ini: 1 dari 1 melapor · rata-rata capaian –');
  });
});

describe('weekly prompts', () => {
  it('writes the headline of the issue and a button per open dialog request', () => {
    const view = weeklyView(
      rekapData({
        people: [
          person(1, 'Ani'),
          person(2, 'Budi'),
          person(3, 'Citra'),
          person(4, 'Dewi'),
          person(5, 'Eko'),
        ],
        weeks: [
          week(1, W, 'submitted'),
          week(2, W, 'open'),
          week(3, W, 'leave'),
          week(4, W, 'submitted'),
          week(5, W, 'submitted'),
        ],
        indicators: [cumulative(1, 1, [report(W, '2026-07-14', 10, 3, 0)])],
        dialogs: [{ requestId: 42, employeeId: 4, requestedOn: '2026-07-10', proposedFor: null }],
      }),
    );
    const prompts = weeklyViewPrompts(view);
    expect(prompts.at(-1)!.choices).toEqual([
      [{ id: 'held:42', label: 'rekap-btn-dialog-held', args: { name: 'Dewi' } }],
    ]);
    const id = renderPrompts(translator, 'id', prompts);
    expect(id.text).toContain(
      '📊 Rekap pekan 13 Jul – 17 Jul 2026\n3 dari 4 pegawai sudah melapor · 1 cuti · belum melapor: Budi',
    );
    expect(id.text).toContain(
      '• Ani · di bawah laju target: K-1 · keyakinan rendah (≤ 4): K-1 · belum ada bukti dukung: K-1',
    );
    expect(id.buttons).toEqual([[{ id: 'held:42', label: '✅ Tandai dialog sudah dilaksanakan: Dewi' }]]);
    const en = renderPrompts(translator, 'en', prompts).text;
    expect(en).toContain('3 of 4 employees have reported · 1 on leave · not reported yet: Budi');
    expect(en).not.toMatch(/🟢|🟡|🔴/);
    expect(id.text).not.toContain('indikator aktif');
  });

  it('lists who has no active indicator apart, neither expected nor missing a report', () => {
    const view = weeklyView(
      rekapData({
        people: [person(1, 'Ani'), person(2, 'Budi'), person(3, 'Citra'), person(4, 'Dewi')],
        weeks: [
          week(1, W, 'submitted'),
          week(2, W, 'no-indicators'),
          week(3, W, 'open'),
          week(4, W, 'no-indicators'),
        ],
      }),
    );
    const prompts = weeklyViewPrompts(view);
    const id = renderPrompts(translator, 'id', prompts).text;
    expect(id).toContain(
      '1 dari 2 pegawai sudah melapor · belum melapor: Citra\n' +
        'Belum ada indikator aktif (minta pengelola kinerja mengimpornya): Budi, Dewi',
    );
    expect(renderPrompts(translator, 'en', prompts).text).toContain(
      '1 of 2 employees have reported · not reported yet: Citra\n' +
        'No active indicators (ask the performance administrator to import them): Budi, Dewi',
    );
  });
});
