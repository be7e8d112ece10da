/**
 * What the 360° questionnaire shows at each step: an indicator with the frequency buttons, a value
 * to rate against expectation (with the ekspektasi khusus pimpinan), a comment, the summary.
 * Words live in locales/{id,en}/berakhlak.ftl and feedback-cycle.ftl; here are only keys.
 */
import type { Choice, Prompt, PromptLine } from '../conversation/types.js';
import { BERAKHLAK_VALUES, type BerakhlakValue, INDICATORS_PER_VALUE } from './berakhlak.js';
import type { QuestionnaireState } from './questionnaire-flow.js';
import { type QuestionnaireStep, stepsFor } from './questionnaire-steps.js';

/** A comment is a few sentences in a chat, not an essay. */
export const COMMENT_MAX_CHARS = 1000;
export const BACK = 'kembali';
export const SKIP = 'lewati';
export const CLEAR = 'hapus';
export const SEND = 'kirim';
export const EDIT_OVERALL = 'eu';

export function introPrompt(state: QuestionnaireState): Prompt {
  return {
    key: 'fb360-intro',
    args: { name: state.rateeName, relation: state.relation, k: state.minRaters },
    expects: 'none',
  };
}

/**
 * Whether the rater's answers are named (appraiser, self). An anonymous rater's answers are never
 * echoed back in a message: every message dika sends is kept in the outbound queue, with its
 * addressee, until retention prunes it, and there it would tie the answers to the rater.
 */
const named = (state: QuestionnaireState) => state.relation === 'appraiser' || state.relation === 'self';

const position = (v: BerakhlakValue) => ({
  n: BERAKHLAK_VALUES.indexOf(v) + 1,
  total: BERAKHLAK_VALUES.length,
});

function withBack(state: QuestionnaireState, rows: Choice[][]): Choice[][] {
  return state.cursor > 0 && !state.editing ? [...rows, [{ id: BACK, label: 'fb360-btn-back' }]] : rows;
}

function itemPrompt(state: QuestionnaireState, v: BerakhlakValue, i: number): Prompt {
  const current = state.scores[v]?.[i];
  const lines: PromptLine[] = [
    { key: `berakhlak-${v}` },
    { key: `berakhlak-${v}-definition` },
    { key: 'fb360-indicator', args: { i: i + 1, total: INDICATORS_PER_VALUE } },
    { key: `berakhlak-${v}-${i + 1}` },
    { key: 'fb360-item-question', args: { name: state.rateeName, relation: state.relation } },
  ];
  if (current !== undefined && named(state))
    lines.push({ key: 'fb360-current-score', args: { score: current } });
  const f = (s: string, label: string): Choice => ({ id: s, label });
  return {
    key: 'fb360-value-head',
    args: position(v),
    lines,
    choices: withBack(state, [
      [f('s1', 'berakhlak-frequency-1'), f('s2', 'berakhlak-frequency-2'), f('s3', 'berakhlak-frequency-3')],
      [f('s4', 'berakhlak-frequency-4'), f('s5', 'berakhlak-frequency-5')],
      [f('na', 'berakhlak-frequency-none')],
    ]),
    expects: 'choice',
  };
}

function ratingPrompt(state: QuestionnaireState, v: BerakhlakValue): Prompt {
  const expectation = state.expectations[v];
  const current = state.ratings[v];
  const lines: PromptLine[] = [
    { key: `berakhlak-${v}` },
    { key: `berakhlak-${v}-definition` },
    { key: 'fb360-rating-indicators' },
    ...[1, 2, 3].map((i) => ({ key: `berakhlak-${v}-${i}` })),
  ];
  lines.push(
    expectation
      ? { key: 'fb360-expectation', args: { text: expectation } }
      : { key: 'fb360-expectation-none' },
    { key: 'fb360-rating-question', args: { name: state.rateeName } },
  );
  if (current) lines.push({ key: 'fb360-current-rating', args: { rating: current } });
  return {
    key: 'fb360-value-head',
    args: position(v),
    lines,
    choices: withBack(state, [
      [{ id: 'bawah', label: 'berakhlak-expectation-below' }],
      [{ id: 'sesuai', label: 'berakhlak-expectation-meets' }],
      [{ id: 'atas', label: 'berakhlak-expectation-above' }],
    ]),
    expects: 'choice',
  };
}

function commentPrompt(state: QuestionnaireState, v: BerakhlakValue | 'overall'): Prompt {
  const current = state.comments[v];
  const lines: PromptLine[] = v === 'overall' ? [] : [{ key: `berakhlak-${v}` }];
  if (current)
    lines.push(
      named(state)
        ? { key: 'fb360-current-comment', args: { text: current } }
        : { key: 'fb360-comment-written' },
    );
  const row: Choice[] = [{ id: SKIP, label: current ? 'fb360-btn-keep' : 'fb360-btn-skip' }];
  if (current) row.push({ id: CLEAR, label: 'fb360-btn-clear' });
  return {
    key: v === 'overall' ? 'fb360-overall-ask' : 'fb360-comment-ask',
    args: { name: state.rateeName, max: COMMENT_MAX_CHARS },
    lines,
    choices: withBack(state, [row]),
    expects: 'text',
  };
}

function summaryPrompt(state: QuestionnaireState): Prompt {
  const lines: PromptLine[] = [];
  for (const v of BERAKHLAK_VALUES) {
    lines.push({ key: `berakhlak-${v}` });
    if (state.relation === 'appraiser')
      lines.push({ key: 'fb360-summary-rating', args: { rating: state.ratings[v] ?? 'none' } });
    else if (named(state)) {
      const [a = -1, b = -1, c = -1] = state.scores[v] ?? [];
      lines.push({ key: 'fb360-summary-scores', args: { a, b, c } });
    } else {
      const answered = (state.scores[v] ?? []).filter((x) => x !== undefined && x !== null).length;
      lines.push({ key: 'fb360-summary-answered', args: { answered, total: INDICATORS_PER_VALUE } });
    }
    const comment = state.comments[v];
    if (comment)
      lines.push(
        named(state)
          ? { key: 'fb360-summary-comment', args: { text: comment } }
          : { key: 'fb360-summary-commented' },
      );
  }
  const overall = state.comments.overall;
  lines.push(
    !overall
      ? { key: 'fb360-summary-overall-none' }
      : named(state)
        ? { key: 'fb360-summary-overall', args: { text: overall } }
        : { key: 'fb360-summary-overall-written' },
    { key: 'fb360-summary-hint' },
  );
  const edit: Choice[] = BERAKHLAK_VALUES.map((v, i) => ({ id: `e${i}`, label: `berakhlak-${v}` }));
  return {
    key: 'fb360-summary',
    args: { name: state.rateeName, relation: state.relation },
    lines,
    choices: [
      [{ id: SEND, label: 'fb360-btn-send' }],
      edit.slice(0, 2),
      edit.slice(2, 4),
      edit.slice(4, 6),
      [edit[6]!, { id: EDIT_OVERALL, label: 'fb360-btn-edit-overall' }],
    ],
    expects: 'choice',
  };
}

export function promptFor(state: QuestionnaireState): Prompt {
  const step = stepsFor(state.relation)[state.cursor]!;
  return promptOf(state, step);
}

function promptOf(state: QuestionnaireState, step: QuestionnaireStep): Prompt {
  switch (step.at) {
    case 'item':
      return itemPrompt(state, step.value, step.indicator);
    case 'rating':
      return ratingPrompt(state, step.value);
    case 'comment':
      return commentPrompt(state, step.value);
    case 'overall':
      return commentPrompt(state, 'overall');
    case 'summary':
      return summaryPrompt(state);
  }
}
