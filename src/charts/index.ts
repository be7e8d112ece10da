/**
 * Charts for /rekap and the digests: plain data and translated words in, a PNG out, rendered in a
 * worker thread. This module holds no user-facing words: titles, axis labels and names come from the
 * caller's locale files; only numbers and dates are formatted here, per `locale`.
 */
import { type CapaianChartInput, capaianChartSpec } from './capaian-chart-spec.js';
import { renderInWorker } from './chart-renderer.js';
import { type TrendChartInput, trendChartSpec } from './trend-chart-spec.js';

export type { CapaianBar, CapaianChartInput } from './capaian-chart-spec.js';
export { MAX_BARS } from './capaian-chart-spec.js';
export { closeChartRenderer } from './chart-renderer.js';
export type { TrendChartInput, TrendPoint, TrendSeries } from './trend-chart-spec.js';
export { MAX_SERIES, MAX_WEEKS } from './trend-chart-spec.js';

export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
  /** The input had more bars (or series, or weeks) than the chart shows; say so beside the photo. */
  truncated: boolean;
}

export async function capaianChart(input: CapaianChartInput): Promise<ChartImage> {
  const { spec, truncated } = capaianChartSpec(input);
  return { ...(await renderInWorker(spec)), truncated };
}

export async function trendChart(input: TrendChartInput): Promise<ChartImage> {
  const { spec, truncated } = trendChartSpec(input);
  return { ...(await renderInWorker(spec)), truncated };
}
