/** The weekly view's numbers, worked out by hand on Wednesday 15 July 2026 (W29, TW III). */
import { describe, expect, it } from 'vitest';
import { figuresAt } from '../../../src/core/rekap/indicator-score.js';
import { expectedCumulative, WorkdayCounter } from '../../../src/core/rekap/pace.js';
import { weeklyView } from '../../../src/core/rekap/weekly-view.js';
import { cumulative, falling, flat, person, rekapData, report, TODAY, week } from './rekap-fixtures.js';

const W = '2026-W29';
const D = '2026-07-14';

describe('weekly view: counts', () => {
  it('counts submitted, leave, libur, open, missed and no indicators, and names who has not reported', () => {
    const view = weeklyView(
      rekapData({
        people: [
          person(1, 'Ani'),
          person(2, 'budi'),
          person(3, 'Citra'),
          person(4, 'Dewi'),
          person(5, 'Eko'),
          person(6, 'Fajar'),
          person(7, 'Gita'),
          person(8, 'Hadi'),
        ],
        weeks: [
          week(1, W, 'submitted'),
          week(2, W, 'submitted'),
          week(3, W, 'leave'),
          week(4, W, 'open'),
          week(5, W, 'no-workday'),
          week(6, W, 'submitted'),
          week(7, W, 'no-indicators'),
          week(8, W, 'missed'),
        ],
      }),
    );
    expect(view.counts).toEqual({
      total: 8,
      submitted: 3,
      leave: 1,
      noWorkday: 1,
      open: 1,
      missed: 1,
      noIndicators: 1,
    });
    expect(view.notSubmitted.map((p) => p.name)).toEqual(['Dewi', 'Hadi']);
    expect(view.noIndicators.map((p) => p.name)).toEqual(['Gita']);
  });

  it('treats a person without a row as open while the week runs, and as not judged once it ended', () => {
    const people = [person(1, 'Ani')];
    expect(weeklyView(rekapData({ people })).counts.open).toBe(1);
    const ended = weeklyView(
      rekapData({
        people,
        period: { kind: 'week', isoWeek: '2026-W28', start: '2026-07-06', end: '2026-07-12' },
      }),
    );
    // The storage layer judges every ended week it knows the person in: no row is a week before
    // dika knew them, not a missed report.
    expect(ended.counts).toEqual({
      total: 1,
      submitted: 0,
      leave: 0,
      noWorkday: 0,
      open: 0,
      missed: 0,
      noIndicators: 0,
    });
    expect(ended.notSubmitted).toEqual([]);
  });
});

describe('capaian against quarterly targets (naik, turun, flat)', () => {
  it('naik cumulative: 52 of TW III 80 = 65%, of the year 100 = 52%', () => {
    const f = figuresAt(cumulative(1, 1, [report(W, D, 52)]), TODAY);
    expect(f.quarter).toEqual({ number: 3, target: 80, realisasi: 52, capaian: 65 });
    expect(f.year).toEqual({ target: 100, realisasi: 52, capaian: 52 });
  });

  it('turun: 12 days against TW III 11 = 90,9%, against the year 10 = 80%', () => {
    const f = figuresAt(falling(1, 1, [report(W, D, 12)]), TODAY);
    expect(f.quarter.capaian).toBe(90.9);
    expect(f.year.capaian).toBe(80);
  });

  it('flat (held level, no quarterly targets): 100 held is 100%, 95 is 95%', () => {
    expect(figuresAt(flat(1, 1, [report(W, D, 100)]), TODAY).quarter).toEqual({
      number: 3,
      target: 100,
      realisasi: 100,
      capaian: 100,
    });
    expect(figuresAt(flat(1, 1, [report(W, D, 95)]), TODAY).year.capaian).toBe(95);
  });

  it('average: the quarter by its own mean, the year by the year’s mean', () => {
    const avg = {
      ...cumulative(1, 1, [
        report('2026-W27', '2026-06-30', 60),
        report('2026-W28', '2026-07-08', 76),
        report(W, D, 80),
      ]),
      accumulation: 'average' as const,
      target: 80,
      quarterTargets: [70, 75, 78, 80],
    };
    const f = figuresAt(avg, TODAY);
    expect(f.quarter).toEqual({ number: 3, target: 78, realisasi: 78, capaian: 100 });
    expect(f.year).toEqual({ target: 80, realisasi: 72, capaian: 90 });
  });

  it('pace: 50 by 30 June, 80 by 30 September, 11 of 66 working days gone → 55 expected', () => {
    expect(expectedCumulative(cumulative(1, 1, []), TODAY, 3, new WorkdayCounter())).toBe(55);
    // Without quarterly targets the line runs from 0 on 1 January to 100 on 31 December: 140 of 261 days.
    const yearly = { ...cumulative(1, 1, []), quarterTargets: [null, null, null, null] };
    expect(expectedCumulative(yearly, TODAY, 3, new WorkdayCounter())).toBeCloseTo((100 * 140) / 261, 10);
  });
});

describe('weekly view: perlu perhatian', () => {
  const reasonsOf = (view: ReturnType<typeof weeklyView>, name: string) =>
    view.attention.find((a) => a.name === name)?.reasons.map((r) => r.kind) ?? [];

  it('behind the pace: 49 of an expected 55 (89,1%) is behind, 49,5 (90%) is not', () => {
    const view = weeklyView(
      rekapData({
        people: [person(1, 'Ani'), person(2, 'Budi')],
        weeks: [week(1, W, 'submitted'), week(2, W, 'submitted')],
        indicators: [cumulative(1, 1, [report(W, D, 49)]), cumulative(2, 2, [report(W, D, 49.5)])],
      }),
    );
    expect(view.attention).toEqual([
      {
        employeeId: 1,
        name: 'Ani',
        reasons: [
          {
            kind: 'behind-pace',
            keyResultId: 1,
            code: 'K-1',
            title: 'Dokumen perencanaan disusun',
            realisasi: 49,
            expected: 55,
            paceCapaian: 89.1,
          },
        ],
      },
    ]);
  });

  it('behind the pace on a turun level: 12,2 days against TW III 11 is behind, 12 is not', () => {
    const view = weeklyView(
      rekapData({
        people: [person(1, 'Ani'), person(2, 'Budi')],
        weeks: [week(1, W, 'submitted'), week(2, W, 'submitted')],
        indicators: [falling(1, 1, [report(W, D, 12.2)]), falling(2, 2, [report(W, D, 12)])],
      }),
    );
    expect(reasonsOf(view, 'Ani')).toEqual(['behind-pace']);
    expect(reasonsOf(view, 'Budi')).toEqual([]);
  });

  it('confidence 4 this week counts, 5 does not, nor 2 from an earlier week', () => {
    const view = weeklyView(
      rekapData({
        people: [person(1, 'Ani'), person(2, 'Budi'), person(3, 'Citra')],
        weeks: [week(1, W, 'submitted'), week(2, W, 'submitted'), week(3, W, 'submitted')],
        indicators: [
          flat(1, 1, [report(W, D, 100, 4)]),
          flat(2, 2, [report(W, D, 100, 5)]),
          flat(3, 3, [report('2026-W28', '2026-07-08', 100, 2), report(W, D, 100, null)]),
        ],
      }),
    );
    expect(view.attention.map((a) => [a.name, a.reasons])).toEqual([
      [
        'Ani',
        [
          {
            kind: 'low-confidence',
            keyResultId: 1,
            code: 'F-1',
            title: 'Opini laporan keuangan dipertahankan',
            confidence: 4,
          },
        ],
      ],
    ]);
  });

  it('a value reported this week without bukti dukung counts; one with a file does not', () => {
    const view = weeklyView(
      rekapData({
        people: [person(1, 'Ani'), person(2, 'Budi')],
        weeks: [week(1, W, 'submitted'), week(2, W, 'submitted')],
        indicators: [flat(1, 1, [report(W, D, 100, 8, 0)]), flat(2, 2, [report(W, D, 100, 8, 1)])],
      }),
    );
    expect(view.attention.map((a) => [a.name, a.reasons.map((r) => r.kind)])).toEqual([
      ['Ani', ['no-evidence']],
    ]);
  });

  it('no update for 2 judged weeks; a leave week neither counts nor breaks the run; 1 week is not enough', () => {
    const view = weeklyView(
      rekapData({
        people: [person(1, 'Dewi'), person(2, 'Gita'), person(3, 'Hadi')],
        earlierWeeks: [
          week(1, '2026-W27', 'missed'),
          week(1, '2026-W28', 'missed'),
          week(2, '2026-W25', 'submitted'),
          week(2, '2026-W26', 'missed'),
          week(2, '2026-W27', 'leave'),
          week(2, '2026-W28', 'missed'),
          week(3, '2026-W26', 'submitted'),
          week(3, '2026-W27', 'missed'),
          week(3, '2026-W28', 'leave'),
        ],
        weeks: [week(1, W, 'open'), week(2, W, 'open'), week(3, W, 'open')],
      }),
    );
    expect(view.attention.map((a) => [a.name, a.reasons])).toEqual([
      ['Dewi', [{ kind: 'no-update', weeks: 2 }]],
      ['Gita', [{ kind: 'no-update', weeks: 2 }]],
    ]);
  });

  it('orders by severity, then by how many reasons, then by name', () => {
    const view = weeklyView(
      rekapData({
        people: [person(1, 'Zaki'), person(2, 'Ani'), person(3, 'Budi'), person(4, 'Citra')],
        earlierWeeks: [week(1, '2026-W27', 'missed'), week(1, '2026-W28', 'missed')],
        weeks: [
          week(1, W, 'open'),
          week(2, W, 'submitted'),
          week(3, W, 'submitted'),
          week(4, W, 'submitted'),
        ],
        indicators: [
          flat(2, 2, [report(W, D, 100, 8, 0)]),
          cumulative(3, 3, [report(W, D, 10, 3, 1)]),
          cumulative(4, 4, [report(W, D, 10, 8, 0)]),
        ],
      }),
    );
    expect(view.attention.map((a) => [a.name, a.reasons.map((r) => r.kind)])).toEqual([
      ['Zaki', ['no-update']],
      ['Budi', ['behind-pace', 'low-confidence']],
      ['Citra', ['behind-pace', 'no-evidence']],
      ['Ani', ['no-evidence']],
    ]);
  });

  it('lists the week’s kendala and dukungan by name, and open dialogs oldest first', () => {
    const view = weeklyView(
      rekapData({
        people: [person(1, 'Budi'), person(2, 'Ani')],
        blockers: [
          { employeeId: 1, isoWeek: W, text: 'Data belum lengkap' },
          { employeeId: 2, isoWeek: W, text: 'Aplikasi lambat' },
          { employeeId: 2, isoWeek: '2026-W28', text: 'lama' },
        ],
        support: [{ employeeId: 1, isoWeek: W, text: 'Surat pengantar' }],
        dialogs: [
          { requestId: 8, employeeId: 2, requestedOn: '2026-07-14', proposedFor: null },
          { requestId: 7, employeeId: 1, requestedOn: '2026-07-02', proposedFor: '2026-07-20T02:00:00Z' },
          { requestId: 9, employeeId: 77, requestedOn: '2026-07-01', proposedFor: null },
        ],
      }),
    );
    expect(view.blockers.map((b) => [b.name, b.text])).toEqual([
      ['Ani', 'Aplikasi lambat'],
      ['Budi', 'Data belum lengkap'],
    ]);
    expect(view.support.map((b) => [b.name, b.text])).toEqual([['Budi', 'Surat pengantar']]);
    expect(view.dialogs.map((d) => [d.requestId, d.name])).toEqual([
      [7, 'Budi'],
      [8, 'Ani'],
    ]);
  });
});
