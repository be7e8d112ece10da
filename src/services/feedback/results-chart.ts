/**
 * The /hasil360 chart. src/charts has a capaian bar chart and a trend chart, neither made for a
 * distribution; the bar chart is used as it is: one bar per BerAKHLAK value and shown category
 * (coloured by category), whose length is the share of scored answers that were "sering" or
 * "selalu" (a percentage, so the chart's percent axis and labels read true). A value whose
 * distribution is withheld (see results.ts) gets "—" and no bar; suppressed categories get no bar
 * at all. No chart when no category is shown.
 */

import type { CapaianBar, CapaianChartInput } from '../../charts/index.js';
import { capaianChart } from '../../charts/index.js';
import { type FeedbackResults, shownCategories } from '../../core/feedback/results.js';
import type { ResultsHeading } from '../../core/feedback/results-prompts.js';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { ReplyAttachment } from '../dialogs/dialog-reply.js';

/** What the chart is drawn from, in the reader's words; undefined when no category is shown. */
export function resultsChartInput(
  translator: Translator,
  locale: Locale,
  results: FeedbackResults,
  heading: ResultsHeading,
): CapaianChartInput | undefined {
  const shown = shownCategories(results);
  if (shown.length === 0) return undefined;
  const t = translator.forLocale(locale);
  const bars: CapaianBar[] = [];
  for (const [index, v] of shown[0]!.values.entries()) {
    for (const c of shown) {
      const levels = c.values[index]!.levels;
      const scored = levels ? levels.reduce((a, b) => a + b, 0) : 0;
      bars.push({
        label: t(`berakhlak-${v.value}`),
        capaian: levels && scored > 0 ? ((levels[3] + levels[4]) / scored) * 100 : null,
        group: t('hasil360-chart-group', { category: c.category }),
      });
    }
  }
  return {
    title: t('hasil360-chart-title', { name: heading.name, period: heading.period }),
    subtitle: t('hasil360-chart-subtitle'),
    axisLabel: t('hasil360-chart-axis'),
    bars,
    locale,
  };
}

export async function resultsChart(
  translator: Translator,
  locale: Locale,
  results: FeedbackResults,
  heading: ResultsHeading,
): Promise<ReplyAttachment | undefined> {
  const input = resultsChartInput(translator, locale, results, heading);
  if (!input) return undefined;
  const image = await capaianChart(input);
  return {
    kind: 'photo',
    fileName: `hasil360-${heading.period}.png`,
    base64: Buffer.from(image.png).toString('base64'),
    caption: { key: 'hasil360-chart-caption', expects: 'none' },
  };
}
