/**
 * What the /hasil360 chart is drawn from: one bar per BerAKHLAK value and shown category, its length
 * the share of scored answers that were "sering" or "selalu"; no bar for a withheld value or one
 * nobody scored; no chart when no category is shown. One real drawing checks the attachment.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type CapaianChartInput, closeChartRenderer } from '../../../src/charts/index.js';
import type { FeedbackResults, Levels, ValueResult } from '../../../src/core/feedback/results.js';
import { Translator } from '../../../src/i18n/translator.js';
import { resultsChart, resultsChartInput } from '../../../src/services/feedback/results-chart.js';

const translator = new Translator();
const heading = { name: 'Sari Wulandari', period: '2026-Q4', own: true } as const;

const value = (id: ValueResult['value'], levels: Levels | null): ValueResult => ({
  value: id,
  notAssessed: 0,
  levels,
  mean: null,
  withheld: levels === null,
  indicators: [],
  comments: [],
});

afterAll(() => closeChartRenderer());

describe('hasil360 chart', () => {
  it('draws the share of sering + selalu per value and shown category, and no bar where none can be', async () => {
    const results: FeedbackResults = {
      k: 3,
      categories: [
        {
          category: 'peer',
          shown: true,
          raters: 4,
          comments: [],
          // 1 + 2 of 8 scored answers: 37.5%; 6 + 0 of 12: 50%.
          values: [value('berorientasi-pelayanan', [1, 2, 2, 1, 2]), value('akuntabel', [0, 0, 6, 6, 0])],
        },
        {
          category: 'subordinate',
          shown: true,
          raters: 3,
          comments: [],
          // Withheld below k, and scored by nobody (all "tidak dapat menilai").
          values: [value('berorientasi-pelayanan', null), value('akuntabel', [0, 0, 0, 0, 0])],
        },
      ],
      appraiser: null,
      self: null,
    };

    expect(resultsChartInput(translator, 'id', results, heading)).toEqual({
      title: 'Seberapa sering perilaku BerAKHLAK terlihat: Sari Wulandari, 2026-Q4',
      subtitle:
        'Persentase jawaban "sering" atau "selalu" dari jawaban yang menilai, per kelompok penilai yang ditampilkan',
      axisLabel: 'Jawaban sering atau selalu (%)',
      locale: 'id',
      bars: [
        { label: 'Berorientasi Pelayanan', capaian: 37.5, group: 'Rekan kerja' },
        { label: 'Berorientasi Pelayanan', capaian: null, group: 'Bawahan' },
        { label: 'Akuntabel', capaian: 50, group: 'Rekan kerja' },
        { label: 'Akuntabel', capaian: null, group: 'Bawahan' },
      ],
    } satisfies CapaianChartInput);
    expect(await resultsChart(translator, 'id', results, heading)).toEqual({
      kind: 'photo',
      fileName: 'hasil360-2026-Q4.png',
      base64: expect.stringMatching(/^iVBORw0KGgo/),
      caption: { key: 'hasil360-chart-caption', expects: 'none' },
    });
  });

  it('draws nothing when no category is shown', async () => {
    const results: FeedbackResults = {
      k: 3,
      categories: [
        { category: 'peer', shown: false },
        { category: 'subordinate', shown: false },
      ],
      appraiser: null,
      self: null,
    };
    expect(resultsChartInput(translator, 'en', results, heading)).toBeUndefined();
    expect(await resultsChart(translator, 'en', results, heading)).toBeUndefined();
  });
});
