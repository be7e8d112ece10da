/**
 * What the 360° results of one ratee in one cycle may show, from the cycle's rows (domain.md §7.2,
 * §14). The rules, all of them here so every view (chat, export, the evaluation) shows the same:
 *
 * - k = the cycle's minRaters, never below 3. A category (peers, subordinates) is shown only when
 *   at least k distinct raters in it submitted (counted in the participation record); below k the
 *   whole category is suppressed, scores and comments alike, never merged into another.
 * - There is no "all raters" figure: beside "peers", "all" minus "peers" would isolate the
 *   subordinates below k. The only aggregates are per category.
 * - The anonymous rows carry no rater, so "raters who could judge" is counted per indicator (one
 *   answer per rater). A value's distribution and mean are shown only when each of its indicators
 *   was scored (not "tidak dapat menilai") by at least k raters; otherwise two scores of one
 *   indicator could be read off the distribution minus the other indicators. Then only the counts
 *   are shown, and the means of the indicators that reached k.
 * - Comments are listed in an order computed from their text, never the order rows were stored.
 * - The appraiser's ratings and the self-rating are named by design.
 */
import {
  BERAKHLAK_VALUES,
  type BerakhlakValue,
  type ExpectationRating,
  INDICATORS_PER_VALUE,
  isBerakhlakValue,
} from './berakhlak.js';
import { commentOrder } from './comment-order.js';

export type AnonymousCategory = 'peer' | 'subordinate';
/** Always both, in this order, whether shown or not: the shape says nothing about who answered. */
export const ANONYMOUS_CATEGORIES: readonly AnonymousCategory[] = ['peer', 'subordinate'];

/** Fewest raters a category ever needs (domain.md §7.2: the industry floor for peers and reports). */
export const K_FLOOR = 3;

/** The threshold a cycle applies: its configured minRaters, never below the floor. */
export function thresholdOf(minRaters: number): number {
  return Number.isInteger(minRaters) && minRaters > K_FLOOR ? minRaters : K_FLOOR;
}

/** How many anonymous answers gave `score` to one indicator (counted in SQL). */
export interface AnswerCount {
  category: AnonymousCategory;
  value: string;
  indicator: number;
  /** 1 tidak pernah … 5 selalu; null = tidak dapat menilai. */
  score: number | null;
  count: number;
}

export interface AnonymousComment {
  category: AnonymousCategory;
  /** null = the overall comment. */
  value: string | null;
  body: string;
}

export interface NamedRatingRow {
  relation: 'appraiser' | 'self';
  raterName: string;
  /** A BerAKHLAK value id, or `overall` for the overall comment. */
  value: string;
  rating: ExpectationRating | null;
  score: number | null;
  comment: string | null;
}

export interface RateeFeedback {
  minRaters: number;
  /** Distinct raters per category whose participation record says `submitted`. */
  submitted: Partial<Record<AnonymousCategory, number>>;
  answers: readonly AnswerCount[];
  comments: readonly AnonymousComment[];
  named: readonly NamedRatingRow[];
}

/** Answers per level, index 0 = tidak pernah … 4 = selalu. */
export type Levels = [number, number, number, number, number];

export interface IndicatorResult {
  indicator: number;
  scored: number;
  /** null below k scored answers. */
  mean: number | null;
}

export interface ValueResult {
  value: BerakhlakValue;
  /** Answers "tidak dapat menilai", over the value's indicators. */
  notAssessed: number;
  /** null when an indicator was scored by fewer than k raters (see `withheld`). */
  levels: Levels | null;
  mean: number | null;
  withheld: boolean;
  indicators: IndicatorResult[];
  comments: string[];
}

export type CategoryResult =
  | { category: AnonymousCategory; shown: false }
  | { category: AnonymousCategory; shown: true; raters: number; values: ValueResult[]; comments: string[] };

export interface NamedValue {
  value: BerakhlakValue;
  rating: ExpectationRating | null;
  score: number | null;
  comment: string | null;
}

export interface NamedResult {
  raterName: string;
  values: NamedValue[];
  overall: string | null;
}

export interface FeedbackResults {
  k: number;
  categories: CategoryResult[];
  appraiser: NamedResult | null;
  self: NamedResult | null;
}

const isScore = (score: number | null): score is 1 | 2 | 3 | 4 | 5 =>
  score !== null && Number.isInteger(score) && score >= 1 && score <= 5;

function valueResult(
  value: BerakhlakValue,
  answers: readonly AnswerCount[],
  comments: readonly AnonymousComment[],
  k: number,
): ValueResult {
  const levels: Levels = [0, 0, 0, 0, 0];
  const perIndicator = Array.from({ length: INDICATORS_PER_VALUE }, () => ({ scored: 0, sum: 0 }));
  let notAssessed = 0;
  for (const a of answers) {
    const slot = perIndicator[a.indicator - 1];
    if (!slot) continue;
    if (a.score === null) notAssessed += a.count;
    else if (isScore(a.score)) {
      levels[a.score - 1] = (levels[a.score - 1] ?? 0) + a.count;
      slot.scored += a.count;
      slot.sum += a.score * a.count;
    }
  }
  const indicators = perIndicator.map((s, i) => ({
    indicator: i + 1,
    scored: s.scored,
    mean: s.scored >= k ? s.sum / s.scored : null,
  }));
  const withheld = indicators.some((i) => i.scored < k);
  const scored = perIndicator.reduce((n, s) => n + s.scored, 0);
  const sum = perIndicator.reduce((n, s) => n + s.sum, 0);
  return {
    value,
    notAssessed,
    levels: withheld ? null : levels,
    mean: withheld ? null : sum / scored,
    withheld,
    indicators,
    comments: commentOrder(comments.map((c) => c.body)),
  };
}

function categoryResult(input: RateeFeedback, category: AnonymousCategory, k: number): CategoryResult {
  const raters = input.submitted[category] ?? 0;
  // Below k nothing of the category is even read further: no score, no comment, no count.
  if (raters < k) return { category, shown: false };
  const answers = input.answers.filter((a) => a.category === category);
  const comments = input.comments.filter((c) => c.category === category);
  return {
    category,
    shown: true,
    raters,
    values: BERAKHLAK_VALUES.map((value) =>
      valueResult(
        value,
        answers.filter((a) => a.value === value),
        comments.filter((c) => c.value === value),
        k,
      ),
    ),
    comments: commentOrder(
      comments.filter((c) => c.value === null || !isBerakhlakValue(c.value)).map((c) => c.body),
    ),
  };
}

function namedResult(rows: readonly NamedRatingRow[], relation: 'appraiser' | 'self'): NamedResult | null {
  const mine = rows.filter((r) => r.relation === relation);
  if (mine.length === 0) return null;
  const values: NamedValue[] = [];
  for (const value of BERAKHLAK_VALUES) {
    const row = mine.find((r) => r.value === value);
    if (row) values.push({ value, rating: row.rating, score: row.score, comment: row.comment });
  }
  return {
    raterName: mine[0]!.raterName,
    values,
    overall: mine.find((r) => r.value === 'overall')?.comment ?? null,
  };
}

export function feedbackResults(input: RateeFeedback): FeedbackResults {
  const k = thresholdOf(input.minRaters);
  return {
    k,
    categories: ANONYMOUS_CATEGORIES.map((category) => categoryResult(input, category, k)),
    appraiser: namedResult(input.named, 'appraiser'),
    self: namedResult(input.named, 'self'),
  };
}

/** The shown categories only: what every view may put numbers on. */
export function shownCategories(results: FeedbackResults) {
  return results.categories.filter((c): c is Extract<CategoryResult, { shown: true }> => c.shown);
}
