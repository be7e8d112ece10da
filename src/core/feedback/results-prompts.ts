/**
 * The 360° results as prompts (locales/<lang>/feedback-results.ftl): a header naming what is not
 * shown and why, one block per BerAKHLAK value (each shown category's distribution and mean, the
 * means per panduan perilaku, the comments; the appraiser's and the self-rating, named), then the
 * overall comments. Suppressed categories appear once, in the header, with no figure at all.
 */
import type { Prompt, PromptArg, PromptLine } from '../conversation/types.js';
import { BERAKHLAK_VALUES, type BerakhlakValue } from './berakhlak.js';
import { type FeedbackResults, type IndicatorResult, shownCategories, type ValueResult } from './results.js';

export interface ResultsHeading {
  /** Whose results (the ratee's full name). */
  name: string;
  /** `2026-Q4`. */
  period: string;
  /** The ratee is looking at their own results. */
  own: boolean;
}

const NONE = '—';
const number = (n: number): PromptArg => ({ amount: Math.round(n * 100) / 100, unit: '' });
const meanArg = (mean: number | null): PromptArg => (mean === null ? NONE : number(mean));

function indicatorLine(indicators: readonly IndicatorResult[]): PromptLine {
  const [i1, i2, i3] = indicators.map((i) => meanArg(i.mean));
  return { key: 'hasil360-indicators', args: { i1: i1 ?? NONE, i2: i2 ?? NONE, i3: i3 ?? NONE } };
}

/** One category's lines for one value: its figures (or why the mean is withheld) and comments. */
function categoryLines(category: string, raters: number, v: ValueResult, k: number): PromptLine[] {
  const lines: PromptLine[] = [];
  if (v.levels && v.mean !== null) {
    const [l1, l2, l3, l4, l5] = v.levels;
    lines.push({
      key: 'hasil360-category',
      args: { category, raters, mean: number(v.mean), l1, l2, l3, l4, l5, none: v.notAssessed },
    });
  } else {
    lines.push({ key: 'hasil360-category-withheld', args: { category, raters, none: v.notAssessed, k } });
  }
  if (v.indicators.some((i) => i.mean !== null)) lines.push(indicatorLine(v.indicators));
  for (const body of v.comments) lines.push({ key: 'hasil360-comment', args: { category, body } });
  return lines;
}

function namedLines(results: FeedbackResults, value: BerakhlakValue): PromptLine[] {
  const lines: PromptLine[] = [];
  const appraised = results.appraiser?.values.find((v) => v.value === value);
  if (results.appraiser && appraised) {
    lines.push({
      key: 'hasil360-appraiser',
      args: { name: results.appraiser.raterName, rating: appraised.rating ?? 'none' },
    });
    if (appraised.comment) lines.push({ key: 'hasil360-named-comment', args: { body: appraised.comment } });
  }
  const self = results.self?.values.find((v) => v.value === value);
  if (self) {
    lines.push({ key: 'hasil360-self', args: { score: self.score ?? 0 } });
    if (self.comment) lines.push({ key: 'hasil360-named-comment', args: { body: self.comment } });
  }
  return lines;
}

export function resultsPrompts(results: FeedbackResults, heading: ResultsHeading): Prompt[] {
  const shown = shownCategories(results);
  const header: PromptLine[] = results.categories
    .filter((c) => !c.shown)
    .map((c) => ({ key: 'hasil360-suppressed', args: { category: c.category, k: results.k } }));
  if (shown.length === 0 && !results.appraiser && !results.self)
    header.push({ key: 'hasil360-nothing-shown' });
  const prompts: Prompt[] = [
    {
      key: 'hasil360-title',
      args: { name: heading.name, period: heading.period, own: heading.own ? 'yes' : 'no', k: results.k },
      lines: header,
      expects: 'none',
    },
  ];
  for (const value of BERAKHLAK_VALUES) {
    const lines: PromptLine[] = [];
    for (const c of shown) {
      const v = c.values.find((x) => x.value === value);
      if (v) lines.push(...categoryLines(c.category, c.raters, v, results.k));
    }
    lines.push(...namedLines(results, value));
    if (lines.length > 0) prompts.push({ key: `berakhlak-${value}`, lines, expects: 'none' });
  }
  const overall: PromptLine[] = [];
  for (const c of shown)
    for (const body of c.comments)
      overall.push({ key: 'hasil360-comment', args: { category: c.category, body } });
  if (results.appraiser?.overall)
    overall.push({
      key: 'hasil360-appraiser-overall',
      args: { name: results.appraiser.raterName, body: results.appraiser.overall },
    });
  if (results.self?.overall)
    overall.push({ key: 'hasil360-self-overall', args: { body: results.self.overall } });
  if (overall.length > 0) prompts.push({ key: 'hasil360-overall', lines: overall, expects: 'none' });
  return prompts;
}

/**
 * The short form beside the appraiser's rating of perilaku kerja: per value, each shown
 * category's mean and rater count (or why there is none); suppressed categories once, first.
 */
export function behaviourSummaryLines(results: FeedbackResults, period: string): PromptLine[] {
  const lines: PromptLine[] = [{ key: 'hasil360-summary-title', args: { period } }];
  for (const c of results.categories)
    if (!c.shown) lines.push({ key: 'hasil360-suppressed', args: { category: c.category, k: results.k } });
  const shown = shownCategories(results);
  if (shown.length === 0) return lines;
  shown[0]!.values.forEach((v, index) => {
    lines.push({ key: `berakhlak-${v.value}` });
    for (const c of shown) {
      const at = c.values[index]!;
      lines.push({
        key: 'hasil360-summary-category',
        args: {
          category: c.category,
          raters: c.raters,
          mean: meanArg(at.mean),
          withheld: at.mean === null ? 'yes' : 'no',
          k: results.k,
        },
      });
    }
  });
  return lines;
}
