/**
 * The chart sent with a rekap: capaian per person (a line's view), per sub-unit (a unit head's
 * view), or one person's 12-week trend per indicator. Words come from rekap-answer.ftl (both locales);
 * rendering happens in the chart worker (src/charts), off the event loop.
 */
import {
  type CapaianBar,
  type CapaianChartInput,
  capaianChart,
  type TrendChartInput,
  type TrendSeries,
  trendChart,
} from '../../charts/index.js';
import type { PromptArgs } from '../../core/conversation/types.js';
import { figuresAt } from '../../core/rekap/indicator-score.js';
import type { PersonDetail } from '../../core/rekap/person-detail.js';
import { periodArgs } from '../../core/rekap/prompt-args.js';
import type { RekapData } from '../../core/rekap/rekap-data.js';
import { byName, indexRekap } from '../../core/rekap/rekap-index.js';
import type { UnitSummary } from '../../core/rekap/unit-summary.js';
import { renderPrompts } from '../../i18n/render-prompt.js';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { ReplyAttachment } from '../dialogs/dialog-reply.js';

export type ChartRequest =
  | { kind: 'people' }
  | { kind: 'units'; summary: UnitSummary }
  | { kind: 'trend'; detail: PersonDetail };

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;

/**
 * Each person's mean capaian of the quarter (at the period's end, or today while it runs) over
 * their indicators that have one; people by name, as in the text.
 */
export function peopleBars(data: RekapData): CapaianBar[] {
  const index = indexRekap(data);
  return [...index.people]
    .sort((a, b) => byName(a.person, b.person))
    .map((facts) => ({
      label: facts.person.name,
      capaian: mean(
        facts.indicators.flatMap((i) => {
          const capaian = figuresAt(i, index.reference).quarter.capaian;
          return capaian === null ? [] : [capaian];
        }),
      ),
    }));
}

function trendSeries(detail: PersonDetail): TrendSeries[] {
  return detail.indicators.map((indicator) => ({
    name: indicator.code,
    points: detail.trend.map((week) => ({
      week: week.start,
      capaian: week.capaian.find((c) => c.keyResultId === indicator.keyResultId)?.capaian ?? null,
    })),
  }));
}

/** What the chart is drawn from, in the asker's words; undefined when there is nothing to draw. */
export type RekapChartInput =
  | { kind: 'trend'; input: TrendChartInput }
  | { kind: 'bars'; input: CapaianChartInput };

export function rekapChartInput(
  translator: Translator,
  locale: Locale,
  data: RekapData,
  request: ChartRequest,
): RekapChartInput | undefined {
  const args: PromptArgs = periodArgs(data.period);
  const text = (key: string, extra: PromptArgs = {}) =>
    renderPrompts(translator, locale, [{ key, args: { ...args, ...extra }, expects: 'none' }]).text;
  const axisLabel = text('rekap-chart-axis');
  if (request.kind === 'trend') {
    const series = trendSeries(request.detail);
    if (series.length === 0) return undefined;
    const title = text('rekap-chart-trend-title', { name: request.detail.person.name });
    return { kind: 'trend', input: { title, series, axisLabel, locale } };
  }
  const bars =
    request.kind === 'people'
      ? peopleBars(data)
      : request.summary.lines.map((l) => ({
          label: l.name ?? text('rekap-chart-own-unit'),
          capaian: l.meanCapaian,
        }));
  if (bars.length === 0) return undefined;
  const title = text(request.kind === 'people' ? 'rekap-chart-people-title' : 'rekap-chart-units-title');
  return { kind: 'bars', input: { title, bars, axisLabel, locale } };
}

export async function rekapChart(
  translator: Translator,
  locale: Locale,
  data: RekapData,
  request: ChartRequest,
): Promise<ReplyAttachment | undefined> {
  const chart = rekapChartInput(translator, locale, data, request);
  if (!chart) return undefined;
  const image = chart.kind === 'trend' ? await trendChart(chart.input) : await capaianChart(chart.input);
  return {
    kind: 'photo',
    fileName: 'rekap.png',
    base64: Buffer.from(image.png).toString('base64'),
    caption: {
      key: image.truncated ? 'rekap-chart-caption-truncated' : 'rekap-chart-caption',
      args: periodArgs(data.period),
      expects: 'none',
    },
  };
}
