/**
 * vega-lite spec → vega → SVG → PNG with resvg. CPU-bound for tens of milliseconds: call it through
 * chart-renderer.ts, which runs it off the main thread.
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_FONT_FAMILY, chartFontFile } from './chart-font.js';
import { readFontMetrics } from './font-metrics.js';

export interface RenderedChart {
  png: Uint8Array;
  width: number;
  height: number;
}

/** vega exports its text measurer at run time, but its typings leave it out. */
interface TextMeasurer {
  width: (item: { fontSize?: number | string; limit?: number }, text: unknown) => number;
}
const { textMetrics } = vega as unknown as { textMetrics: TextMeasurer };

let metricsInstalled = false;

/**
 * vega measures text to place labels and to cut them at `limit`. With no canvas it guesses; give it
 * the shipped font's real widths (vega supports a replaced `textMetrics.width`, as vl-convert does).
 * vega's truncation calls this too, with the uncut text: answering at most `limit` keeps its binary
 * search right and makes the bounds of a cut label its limit.
 */
function installFontMetrics(): void {
  if (metricsInstalled) return;
  const metrics = readFontMetrics(chartFontFile());
  textMetrics.width = (item, text) => {
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const width = metrics.width(text == null ? '' : String(text).trim(), size);
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
  metricsInstalled = true;
}

const silent = {
  level: () => silent,
  error: () => silent,
  warn: () => silent,
  info: () => silent,
  debug: () => silent,
};

export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  installFontMetrics();
  const vegaSpec = compile(spec, { logger: silent as never }).spec;
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string): RenderedChart {
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'original' },
    font: { fontFiles: [chartFontFile()], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

export async function renderSpec(spec: TopLevelSpec): Promise<RenderedChart> {
  return svgToPng(await specToSvg(spec));
}
