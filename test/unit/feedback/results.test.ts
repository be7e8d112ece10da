/**
 * The k rules of the 360° results, on plain rows: a category below k shows nothing (scores and
 * comments), no total beside the categories, k never below 3, a value whose indicators were
 * judged by fewer than k raters shows counts but no distribution or mean, comments in an order
 * that is not the storage order. Every prompt renders in both languages.
 */
import { describe, expect, it } from 'vitest';
import { BERAKHLAK_VALUES } from '../../../src/core/feedback/berakhlak.js';
import { commentOrder } from '../../../src/core/feedback/comment-order.js';
import {
  type AnonymousCategory,
  type AnonymousComment,
  type AnswerCount,
  feedbackResults,
  type RateeFeedback,
  thresholdOf,
} from '../../../src/core/feedback/results.js';
import { parseResultsCommand } from '../../../src/core/feedback/results-command.js';
import { behaviourSummaryLines, resultsPrompts } from '../../../src/core/feedback/results-prompts.js';
import { renderPrompts } from '../../../src/i18n/render-prompt.js';
import { Translator } from '../../../src/i18n/translator.js';

const translator = new Translator('id');

type Scorer = (rater: number, value: string, indicator: number) => number | null;

/** What `n` raters of a category answered, counted as SQL would count it. */
function answersOf(category: AnonymousCategory, n: number, score: Scorer): AnswerCount[] {
  const counts = new Map<string, AnswerCount>();
  for (let rater = 0; rater < n; rater++)
    for (const value of BERAKHLAK_VALUES)
      for (let indicator = 1; indicator <= 3; indicator++) {
        const s = score(rater, value, indicator);
        const key = `${value}|${indicator}|${s}`;
        const row = counts.get(key) ?? { category, value, indicator, score: s, count: 0 };
        row.count += 1;
        counts.set(key, row);
      }
  return [...counts.values()];
}

function input(
  groups: Partial<Record<AnonymousCategory, { n: number; score?: Scorer; comments?: AnonymousComment[] }>>,
  minRaters = 3,
): RateeFeedback {
  const entries = Object.entries(groups) as Array<
    [AnonymousCategory, { n: number; score?: Scorer; comments?: AnonymousComment[] }]
  >;
  return {
    minRaters,
    submitted: Object.fromEntries(entries.map(([c, g]) => [c, g.n])),
    answers: entries.flatMap(([c, g]) => answersOf(c, g.n, g.score ?? (() => 4))),
    comments: entries.flatMap(([, g]) => g.comments ?? []),
    named: [],
  };
}

const render = (feedback: RateeFeedback, locale: 'id' | 'en' = 'id') =>
  renderPrompts(
    translator,
    locale,
    resultsPrompts(feedbackResults(feedback), { name: 'Sari Wulandari', period: '2026-Q4', own: true }),
  ).text;

const peerComment = (body: string, value: string | null = 'akuntabel'): AnonymousComment => ({
  category: 'peer',
  value,
  body,
});

describe('a category is shown only from k raters on', () => {
  it('2 peers: nothing from peers, neither scores nor comments', () => {
    const feedback = input({
      peer: {
        n: 2,
        score: () => 5,
        comments: [peerComment('Selalu tepat waktu'), peerComment('Rapi', null)],
      },
    });
    const results = feedbackResults(feedback);
    expect(results.categories).toEqual([
      { category: 'peer', shown: false },
      { category: 'subordinate', shown: false },
    ]);
    const text = render(feedback);
    expect(text).toContain('Rekan kerja: tidak ditampilkan (kurang dari 3 penilai)');
    expect(text).not.toContain('Selalu tepat waktu');
    expect(text).not.toContain('Rapi');
    expect(text).not.toMatch(/rata-rata|\(\d+ penilai\)/);
  });

  it('3 peers: the distribution, the means and the comments', () => {
    const feedback = input({
      peer: {
        n: 3,
        score: (rater) => [5, 4, 4][rater]!,
        comments: [peerComment('Selalu tepat waktu'), peerComment('Rapi', null)],
      },
    });
    const results = feedbackResults(feedback);
    const peers = results.categories[0]!;
    expect(peers.shown).toBe(true);
    if (!peers.shown) return;
    expect(peers.raters).toBe(3);
    const akuntabel = peers.values.find((v) => v.value === 'akuntabel')!;
    expect(akuntabel.levels).toEqual([0, 0, 0, 6, 3]);
    expect(akuntabel.mean).toBeCloseTo(13 / 3);
    expect(akuntabel.indicators.map((i) => i.mean)).toEqual([13 / 3, 13 / 3, 13 / 3]);
    expect(akuntabel.comments).toEqual(['Selalu tepat waktu']);
    expect(peers.comments).toEqual(['Rapi']);
    const text = render(feedback);
    expect(text).toContain(
      'Rekan kerja (3 penilai): rata-rata 4,33 dari 5 · selalu 3, sering 6, kadang-kadang 0, jarang 0, tidak pernah 0, tidak dapat menilai 0',
    );
    expect(text).toContain('💬 "Selalu tepat waktu" (rekan kerja)');
    expect(text).toContain('Bawahan: tidak ditampilkan (kurang dari 3 penilai)');
  });

  it('3 peers and 2 subordinates: peers shown, subordinates suppressed, and no total of both', () => {
    const feedback = input({
      peer: { n: 3, score: () => 4 },
      subordinate: {
        n: 2,
        score: () => 1,
        comments: [{ category: 'subordinate', value: 'harmonis', body: 'Kurang mendengar' }],
      },
    });
    const results = feedbackResults(feedback);
    expect(results.categories.map((c) => [c.category, c.shown])).toEqual([
      ['peer', true],
      ['subordinate', false],
    ]);
    // Nothing else is an aggregate: no "all raters" key anywhere, no count of 5.
    expect(Object.keys(results).sort()).toEqual(['appraiser', 'categories', 'k', 'self']);
    const text = render(feedback);
    expect(text).not.toContain('5 penilai');
    expect(text).not.toContain('Kurang mendengar');
    expect(text).not.toMatch(/tidak pernah [1-9]/); // the subordinates' 1s appear nowhere
    expect(text.match(/penilai\): rata-rata 4 dari 5/g)).toHaveLength(7);
  });

  it('a cycle with k = 4 and 3 peers shows nothing from peers', () => {
    const results = feedbackResults(input({ peer: { n: 3 } }, 4));
    expect(results.k).toBe(4);
    expect(results.categories[0]).toEqual({ category: 'peer', shown: false });
    expect(render(input({ peer: { n: 3 } }, 4))).toContain('tidak ditampilkan (kurang dari 4 penilai)');
  });

  it('k configured below 3 is treated as 3', () => {
    expect(thresholdOf(2)).toBe(3);
    expect(thresholdOf(0)).toBe(3);
    expect(thresholdOf(Number.NaN)).toBe(3);
    expect(thresholdOf(5)).toBe(5);
    const results = feedbackResults(input({ peer: { n: 2 } }, 2));
    expect(results.k).toBe(3);
    expect(results.categories[0]!.shown).toBe(false);
  });

  it('answers of a category whose participation count is below k are not used, even if rows exist', () => {
    const feedback = { ...input({ peer: { n: 3 } }), submitted: { peer: 2 } };
    expect(feedbackResults(feedback).categories[0]!.shown).toBe(false);
  });
});

describe('a value judged by fewer than k raters', () => {
  // 3 peers; one cannot judge indicator 1 of Akuntabel: only 2 scored it.
  const feedback = input({
    peer: {
      n: 3,
      score: (rater, value, indicator) =>
        value === 'akuntabel' && indicator === 1 && rater === 2 ? null : rater === 0 ? 5 : 4,
    },
  });

  it('shows the count and the indicators that reached k, but no distribution and no mean, and says why', () => {
    const results = feedbackResults(feedback);
    const peers = results.categories[0]!;
    if (!peers.shown) throw new Error('peers hidden');
    const akuntabel = peers.values.find((v) => v.value === 'akuntabel')!;
    expect(akuntabel).toMatchObject({ withheld: true, levels: null, mean: null, notAssessed: 1 });
    expect(akuntabel.indicators.map((i) => i.mean)).toEqual([null, 13 / 3, 13 / 3]);
    const loyal = peers.values.find((v) => v.value === 'loyal')!;
    expect(loyal.withheld).toBe(false);
    const text = render(feedback);
    expect(text).toContain(
      'Rekan kerja (3 penilai): sebaran dan rata-rata tidak ditampilkan karena kurang dari 3 penilai dapat menilai setiap panduan perilaku (jawaban tidak dapat menilai: 1)',
    );
    expect(text).toContain('per panduan perilaku: (1) — · (2) 4,33 · (3) 4,33');
  });

  it('the evaluation summary says the same', () => {
    const lines = behaviourSummaryLines(feedbackResults(feedback), '2026-Q4');
    const text = renderPrompts(translator, 'id', [
      { key: 'hasil360-nothing-shown', lines, expects: 'none' },
    ]).text;
    expect(text).toContain(
      'Rekan kerja (3 penilai): rata-rata tidak ditampilkan (kurang dari 3 penilai dapat menilai setiap panduan perilaku)',
    );
    expect(text).toContain('Rekan kerja (3 penilai): rata-rata 4,33 dari 5');
    expect(text).toContain('Bawahan: tidak ditampilkan (kurang dari 3 penilai)');
  });
});

describe('comments and named ratings', () => {
  it('lists comments in an order computed from their text, whatever order they are stored in', () => {
    const bodies = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
    const forward = commentOrder(bodies);
    expect(commentOrder([...bodies].reverse())).toEqual(forward);
    expect(forward).not.toEqual(bodies);
    expect([...forward].sort()).toEqual(bodies);
  });

  it('shows the appraiser and the self-rating by name', () => {
    const feedback: RateeFeedback = {
      ...input({}),
      named: [
        {
          relation: 'appraiser',
          raterName: 'Hendra Gunawan',
          value: 'akuntabel',
          rating: 'above',
          score: null,
          comment: 'Teladan',
        },
        {
          relation: 'appraiser',
          raterName: 'Hendra Gunawan',
          value: 'overall',
          rating: null,
          score: null,
          comment: 'Pertahankan',
        },
        {
          relation: 'self',
          raterName: 'Sari Wulandari',
          value: 'akuntabel',
          rating: null,
          score: 4,
          comment: null,
        },
      ],
    };
    const text = render(feedback);
    expect(text).toContain('Pejabat penilai (Hendra Gunawan): di atas ekspektasi');
    expect(text).toContain('✍️ "Teladan"');
    expect(text).toContain('Penilaian diri: sering');
    expect(text).toContain('✍️ Pejabat penilai (Hendra Gunawan): "Pertahankan"');
  });

  it('renders in English too', () => {
    const text = render(input({ peer: { n: 3 }, subordinate: { n: 1 } }), 'en');
    expect(text).toContain('Peers (3 raters): mean 4 of 5');
    expect(text).toContain('Direct reports: not shown (fewer than 3 raters)');
  });
});

describe('/hasil360 arguments', () => {
  it.each([
    ['', { period: null, subject: null }],
    ['2026-Q4', { period: '2026-Q4', subject: null }],
    ['2026-tw4', { period: '2026-Q4', subject: null }],
    ['2026', { period: '2026', subject: null }],
    ['2026-Q4 Sari Wulandari', { period: '2026-Q4', subject: 'Sari Wulandari' }],
    ['Sari  Wulandari 2026-Q3', { period: '2026-Q3', subject: 'Sari Wulandari' }],
    ['199001012015031001', { period: null, subject: '199001012015031001' }],
    ['2026-Q5', { period: null, subject: '2026-Q5' }],
  ])('%j', (text, expected) => {
    expect(parseResultsCommand(text)).toEqual(expected);
  });
});
