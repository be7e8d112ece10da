/**
 * What every chart shares: the size Telegram shows well, the shipped font, a white background (a
 * transparent PNG turns dark text unreadable in Telegram's dark mode), and number formats per locale.
 */
import type { Config } from 'vega-lite';
import type { Locale } from '../i18n/translator.js';
import { CHART_FONT_FAMILY } from './chart-font.js';

/** Total image width in pixels; Telegram shows a photo at most ~1280 px on its long side. */
export const CHART_WIDTH = 800;

/** Telegram refuses a photo whose width + height exceeds 10,000 or whose sides differ more than 20×. */
export const TELEGRAM_MAX_SIDES = 10_000;
export const TELEGRAM_MAX_RATIO = 20;

const INK = '#1f2328';
const MUTED = '#57606a';
export const BAR_COLOR = '#2f6db5';
export const REFERENCE_COLOR = '#c0392b';

/** d3-format locales: vega formats axis numbers with these. */
const NUMBER_LOCALES = {
  id: { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''] },
} as const;

const percentFormats = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** `87,5%` in Indonesian, `87.5%` in English. */
export function formatPercent(value: number, locale: Locale): string {
  return `${percentFormats[locale].format(value)}%`;
}

/** A vega expression that writes an axis value as a percentage in the view's locale. */
export const PERCENT_LABEL = "format(datum.value, ',.1~f') + '%'";

/**
 * A vega expression picking `labels[i]` for the axis value found at `keys[i]`. The strings go in as
 * JSON literals, so a label cannot change the expression.
 */
export function labelLookup(keys: readonly (string | number)[], labels: readonly string[]): string {
  return `${JSON.stringify(labels)}[indexof(${JSON.stringify(keys)}, datum.value)]`;
}

/** Control characters would end up in the SVG, where resvg rejects them. */
export function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

export function chartConfig(locale: Locale): Config {
  return {
    background: 'white',
    font: CHART_FONT_FAMILY,
    // Only the regular face ships: asking for bold would leave resvg to guess.
    title: { fontSize: 17, fontWeight: 'normal', color: INK, subtitleColor: MUTED, subtitleFontSize: 13 },
    axis: {
      labelColor: INK,
      labelFontSize: 12,
      titleColor: MUTED,
      titleFontSize: 12,
      titleFontWeight: 'normal',
      gridColor: '#e5e7eb',
      domainColor: '#8c959f',
      tickColor: '#8c959f',
    },
    legend: { labelColor: INK, labelFontSize: 12, titleFontWeight: 'normal', orient: 'bottom' },
    text: { color: INK, fontSize: 12 },
    view: { stroke: null },
    locale: { number: NUMBER_LOCALES[locale] as never },
  };
}
