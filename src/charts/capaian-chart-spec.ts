/**
 * The capaian chart as a vega-lite spec: one horizontal bar per person or indicator with its capaian
 * written beside it, a dashed line at 100%, and "—" without a bar where there is no capaian yet.
 * Plain data in, spec out; the caller passes every word already translated.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../i18n/translator.js';
import {
  BAR_COLOR,
  CHART_WIDTH,
  chartConfig,
  cleanText,
  formatPercent,
  labelLookup,
  PERCENT_LABEL,
  REFERENCE_COLOR,
} from './chart-style.js';

export interface CapaianBar {
  label: string;
  /** Percent of target; null when nothing is reported yet. */
  capaian: number | null;
  /** Colours the bar and adds a legend (a sub-unit, an RHK). */
  group?: string;
}

export interface CapaianChartInput {
  title: string;
  subtitle?: string;
  bars: readonly CapaianBar[];
  /** Where the dashed reference line stands; 100 unless told. */
  referenceLine?: number;
  axisLabel: string;
  locale: Locale;
}

/** Past ~60 bars a chart stops being read; the caller pages or summarises. */
export const MAX_BARS = 60;
const BAR_STEP = 22;
const LABEL_COLUMN = 250;
const EMPTY_ROWS = 2;
const NO_CAPAIAN = '—';

export interface ChartSpec {
  spec: TopLevelSpec;
  /** True when the input had more than the chart shows (MAX_BARS, or series and weeks for trends). */
  truncated: boolean;
}

export function capaianChartSpec(input: CapaianChartInput): ChartSpec {
  const shown = input.bars.slice(0, MAX_BARS);
  const reference = input.referenceLine ?? 100;
  const grouped = shown.some((bar) => bar.group !== undefined);
  const rows = shown.map((bar, row) => {
    // NaN or Infinity (a target of 0 upstream) would wreck the scale: show it as not reported.
    const capaian = bar.capaian !== null && Number.isFinite(bar.capaian) ? bar.capaian : null;
    return {
      row,
      capaian,
      at: capaian ?? 0,
      text: capaian === null ? NO_CAPAIAN : formatPercent(capaian, input.locale),
      group: cleanText(bar.group ?? ''),
    };
  });
  const values = rows.map((r) => r.at);
  // Room right of the longest bar for its value, and the reference line always in view.
  const high = Math.max(reference, ...values) * 1.15;
  const low = Math.min(0, ...values);
  const y = {
    field: 'row',
    type: 'ordinal' as const,
    sort: null,
    title: null,
    scale: { domain: rows.map((r) => r.row) },
    axis: {
      labelExpr: labelLookup(
        rows.map((r) => r.row),
        shown.map((bar) => cleanText(bar.label)),
      ),
      // vega cuts longer labels with "…", measured with the shipped font's widths.
      labelLimit: LABEL_COLUMN - 12,
      minExtent: LABEL_COLUMN,
      maxExtent: LABEL_COLUMN,
      ticks: false,
      domain: false,
    },
  };
  const x = {
    type: 'quantitative' as const,
    scale: { domain: [low, high], nice: true },
    axis: { title: cleanText(input.axisLabel), labelExpr: PERCENT_LABEL, grid: true },
  };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig(input.locale),
    title: {
      text: cleanText(input.title),
      ...(input.subtitle ? { subtitle: cleanText(input.subtitle) } : {}),
      anchor: 'start',
      limit: CHART_WIDTH - 40,
    },
    width: CHART_WIDTH,
    height: rows.length === 0 ? EMPTY_ROWS * BAR_STEP : { step: BAR_STEP },
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: { left: 10, right: 20, top: 12, bottom: 12 },
    data: { values: rows },
    layer: [
      {
        transform: [{ filter: 'datum.capaian !== null' }],
        mark: { type: 'bar', cornerRadiusEnd: 2, ...(grouped ? {} : { color: BAR_COLOR }) },
        encoding: {
          y,
          x: { ...x, field: 'capaian' },
          ...(grouped ? { color: { field: 'group', type: 'nominal', title: null } } : {}),
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
        encoding: { y, x: { ...x, field: 'at' }, text: { field: 'text' } },
      },
      {
        data: { values: [{ reference }] },
        mark: { type: 'rule', color: REFERENCE_COLOR, strokeDash: [5, 4], strokeWidth: 1.5 },
        encoding: { x: { ...x, field: 'reference' } },
      },
    ],
  } as TopLevelSpec;
  return { spec, truncated: input.bars.length > shown.length };
}
