/**
 * What the rekap chart is drawn from: the bars (each person's mean capaian of the quarter, by name; or
 * each sub-unit's), the trend series per indicator, the translated title and axis, and the caption.
 * The input is read before drawing (rekapChartInput); one real drawing checks the attachment.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CapaianChartInput,
  closeChartRenderer,
  MAX_BARS,
  type TrendChartInput,
} from '../../../src/charts/index.js';
import type { PersonDetail } from '../../../src/core/rekap/person-detail.js';
import { periodArgs } from '../../../src/core/rekap/prompt-args.js';
import type { UnitLine, UnitSummary } from '../../../src/core/rekap/unit-summary.js';
import { Translator } from '../../../src/i18n/translator.js';
import { rekapChart, rekapChartInput } from '../../../src/services/rekap/rekap-chart.js';
import { cumulative, person, rekapData, report, WEEK_29 } from './rekap-fixtures.js';

const translator = new Translator();
const W = '2026-W29';
const D = '2026-07-14';

afterAll(() => closeChartRenderer());

describe('rekap chart per person', () => {
  it('draws each person’s mean capaian of the quarter over indicators that have one, by name', async () => {
    const data = rekapData({
      people: [person(3, 'Citra'), person(1, 'budi'), person(2, 'Ani')],
      indicators: [
        // Ani: 52 of TW III 80 = 65%, 40 of 80 = 50%, and one without a report: mean 57.5.
        cumulative(2, 21, [report(W, D, 52)]),
        cumulative(2, 22, [report(W, D, 40)]),
        cumulative(2, 23, []),
        // budi: nothing reported, so no bar value.
        cumulative(1, 11, []),
        // Citra: 80 of 80.
        cumulative(3, 31, [report(W, D, 80)]),
      ],
    });

    expect(rekapChartInput(translator, 'id', data, { kind: 'people' })).toEqual({
      kind: 'bars',
      input: {
        title: 'Capaian triwulan per pegawai',
        axisLabel: 'Capaian (%)',
        locale: 'id',
        bars: [
          { label: 'Ani', capaian: 57.5 },
          { label: 'budi', capaian: null },
          { label: 'Citra', capaian: 100 },
        ],
      } satisfies CapaianChartInput,
    });
    expect(await rekapChart(translator, 'id', data, { kind: 'people' })).toEqual({
      kind: 'photo',
      fileName: 'rekap.png',
      base64: expect.stringMatching(/^iVBORw0KGgo/),
      caption: { key: 'rekap-chart-caption', args: periodArgs(WEEK_29), expects: 'none' },
    });
  });

  it('sends no chart for nobody, and says when the chart shows only part', async () => {
    expect(rekapChartInput(translator, 'id', rekapData({ people: [] }), { kind: 'people' })).toBeUndefined();
    expect(await rekapChart(translator, 'id', rekapData({ people: [] }), { kind: 'people' })).toBeUndefined();

    const many = rekapData({
      people: Array.from({ length: MAX_BARS + 1 }, (_, i) => person(i + 1, `P ${i + 1}`)),
    });
    expect(rekapChartInput(translator, 'en', many, { kind: 'people' })).toMatchObject({
      input: { locale: 'en', title: 'Quarter capaian per employee' },
    });
    const attachment = await rekapChart(translator, 'en', many, { kind: 'people' });
    expect(attachment?.caption).toEqual({
      key: 'rekap-chart-caption-truncated',
      args: periodArgs(WEEK_29),
      expects: 'none',
    });
  });
});

describe('rekap chart per unit', () => {
  const line = (name: string | null, meanCapaian: number | null): UnitLine =>
    ({ path: name, name, unitId: null, counts: {}, meanCapaian, attention: 0 }) as unknown as UnitLine;

  it('draws each sub-unit’s mean, the head’s own unit under its own label', () => {
    const summary: UnitSummary = {
      headPath: 'Deputi',
      focusWeek: W,
      weekStart: '2026-07-13',
      lines: [line(null, 70), line('Biro A', 82.5), line('Biro B', null)],
    };

    expect(rekapChartInput(translator, 'id', rekapData({ people: [] }), { kind: 'units', summary })).toEqual({
      kind: 'bars',
      input: {
        title: 'Capaian triwulan per unit',
        axisLabel: 'Capaian (%)',
        locale: 'id',
        bars: [
          { label: 'Langsung di unit ini', capaian: 70 },
          { label: 'Biro A', capaian: 82.5 },
          { label: 'Biro B', capaian: null },
        ],
      },
    });
  });

  it('sends no chart for a unit without sub-units or people', async () => {
    const summary: UnitSummary = { headPath: 'Deputi', focusWeek: W, weekStart: '2026-07-13', lines: [] };
    expect(
      await rekapChart(translator, 'id', rekapData({ people: [] }), { kind: 'units', summary }),
    ).toBeUndefined();
  });
});

describe('rekap trend of one person', () => {
  const indicator = (keyResultId: number, code: string) => ({ keyResultId, code });

  it('draws one series per indicator, each week’s capaian of that indicator or a gap', async () => {
    const detail = {
      person: person(2, 'Ani'),
      reference: '2026-07-15',
      indicators: [indicator(21, 'K-21'), indicator(22, 'K-22')],
      trend: [
        {
          isoWeek: '2026-W28',
          start: '2026-07-06',
          status: 'submitted',
          // Listed out of order: each series finds its own.
          capaian: [
            { keyResultId: 22, capaian: 30 },
            { keyResultId: 21, capaian: 40 },
          ],
        },
        { isoWeek: W, start: '2026-07-13', status: 'open', capaian: [{ keyResultId: 22, capaian: null }] },
      ],
      rollUps: [],
    } as unknown as PersonDetail;

    expect(rekapChartInput(translator, 'id', rekapData({ people: [] }), { kind: 'trend', detail })).toEqual({
      kind: 'trend',
      input: {
        title: 'Tren capaian 12 pekan: Ani',
        axisLabel: 'Capaian (%)',
        locale: 'id',
        series: [
          {
            name: 'K-21',
            points: [
              { week: '2026-07-06', capaian: 40 },
              { week: '2026-07-13', capaian: null },
            ],
          },
          {
            name: 'K-22',
            points: [
              { week: '2026-07-06', capaian: 30 },
              { week: '2026-07-13', capaian: null },
            ],
          },
        ],
      } satisfies TrendChartInput,
    });
    const attachment = await rekapChart(translator, 'id', rekapData({ people: [] }), {
      kind: 'trend',
      detail,
    });
    expect(attachment).toMatchObject({ kind: 'photo', caption: { key: 'rekap-chart-caption' } });
  });

  it('sends no trend for a person without indicators', async () => {
    const detail = {
      person: person(2, 'Ani'),
      reference: '2026-07-15',
      indicators: [],
      trend: [],
      rollUps: [],
    };
    expect(
      await rekapChart(translator, 'id', rekapData({ people: [] }), {
        kind: 'trend',
        detail: detail as PersonDetail,
      }),
    ).toBeUndefined();
  });
});
