/**
 * The trend chart as a vega-lite spec: one line of capaian per series (a person, an indicator) over
 * the weeks given (12 for /rekap), points on each reported week, a gap where a week has no capaian,
 * and the dashed 100% line. Weeks are labelled with their Monday in the caller's locale.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../i18n/translator.js';
import type { ChartSpec } from './capaian-chart-spec.js';
import {
  BAR_COLOR,
  CHART_WIDTH,
  chartConfig,
  cleanText,
  labelLookup,
  PERCENT_LABEL,
  REFERENCE_COLOR,
} from './chart-style.js';

export interface TrendPoint {
  /** The week's Monday, `yyyy-MM-dd`. */
  week: string;
  capaian: number | null;
}

export interface TrendSeries {
  name: string;
  points: readonly TrendPoint[];
}

export interface TrendChartInput {
  title: string;
  subtitle?: string;
  series: readonly TrendSeries[];
  referenceLine?: number;
  axisLabel: string;
  locale: Locale;
}

/** Ten colours tell lines apart; more lines are a tangle, not a chart. */
export const MAX_SERIES = 10;
/** A year of weeks; the x axis stays legible up to here. */
export const MAX_WEEKS = 53;
const PLOT_HEIGHT = 320;
const WEEK = /^\d{4}-\d{2}-\d{2}$/;

const weekFormats = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
};

/** `30 Nov`, `7 Des`: the date of the week's Monday, as a calendar date (no time zone). */
function weekLabel(week: string, locale: Locale): string {
  const [y, m, d] = week.split('-').map(Number) as [number, number, number];
  return weekFormats[locale].format(new Date(Date.UTC(y, m - 1, d)));
}

export function trendChartSpec(input: TrendChartInput): ChartSpec {
  const series = input.series.slice(0, MAX_SERIES);
  const allWeeks = [...new Set(series.flatMap((s) => s.points.map((p) => p.week)))]
    .filter((week) => WEEK.test(week))
    .sort();
  // The latest weeks matter most: drop the oldest past the cap.
  const weeks = allWeeks.slice(-MAX_WEEKS);
  const kept = new Set(weeks);
  const reference = input.referenceLine ?? 100;
  const rows = series.flatMap((s, index) =>
    s.points
      .filter((p) => kept.has(p.week))
      .map((p) => ({
        series: index,
        name: cleanText(s.name),
        week: p.week,
        capaian: p.capaian !== null && Number.isFinite(p.capaian) ? p.capaian : null,
      })),
  );
  const values = rows.flatMap((r) => (r.capaian === null ? [] : [r.capaian]));
  const high = Math.max(reference, ...values) * 1.1;
  const low = Math.min(0, ...values);
  const x = {
    field: 'week',
    type: 'ordinal' as const,
    sort: weeks,
    scale: { domain: weeks, type: 'point' as const, padding: 0.3 },
    axis: {
      title: null,
      labelExpr: labelLookup(
        weeks,
        weeks.map((week) => weekLabel(week, input.locale)),
      ),
      labelAngle: 0,
      labelOverlap: true,
      grid: false,
    },
  };
  const y = {
    field: 'capaian',
    type: 'quantitative' as const,
    scale: { domain: [low, high], nice: true },
    axis: { title: cleanText(input.axisLabel), labelExpr: PERCENT_LABEL, grid: true },
  };
  // Series are keyed by position so two people with one name still get two lines.
  const color =
    series.length > 1
      ? {
          color: {
            field: 'series',
            type: 'nominal' as const,
            title: null,
            legend: {
              labelExpr: labelLookup(
                series.map((_, i) => i),
                series.map((s) => cleanText(s.name)),
              ),
              columns: 2,
              labelLimit: CHART_WIDTH / 2 - 80,
            },
          },
        }
      : {};
  const single = series.length > 1 ? {} : { color: BAR_COLOR };
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
    height: PLOT_HEIGHT,
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: { left: 10, right: 20, top: 12, bottom: 12 },
    layer: [
      {
        data: { values: rows },
        // A week without capaian breaks the line instead of drawing a slope nobody reported.
        mark: { type: 'line', strokeWidth: 2, invalid: 'break-paths-show-domains', ...single },
        encoding: { x, y, ...color },
      },
      {
        data: { values: rows },
        transform: [{ filter: 'datum.capaian !== null' }],
        mark: { type: 'point', filled: true, size: 40, ...single },
        encoding: { x, y, ...color },
      },
      {
        data: { values: [{ reference }] },
        mark: { type: 'rule', color: REFERENCE_COLOR, strokeDash: [5, 4], strokeWidth: 1.5 },
        encoding: { y: { ...y, field: 'reference' } },
      },
    ],
  } as TopLevelSpec;
  const truncated = input.series.length > series.length || allWeeks.length > weeks.length;
  return { spec, truncated };
}
