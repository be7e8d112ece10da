/**
 * The prompts of the /evaluasi dialog: one person's SKP evaluation table with dika's suggestion,
 * the two rating questions, and the closing distribution against SE MenPANRB 3/2023.
 */
import type { Choice, Prompt, PromptLine } from '../conversation/types.js';
import { checkDistribution, type DistributionWarning } from './distribution-check.js';
import type { EvaluationRow, EvaluationState } from './evaluation-state.js';
import type { Predikat, Rating } from './predikat.js';

export const SKIP = 'lewati';
export const STOP = 'akhiri';
const RATING_CHOICES = (prefix: 'result' | 'behaviour'): Choice[][] => [
  [{ id: 'below', label: `evaluation-btn-${prefix}-below` }],
  [{ id: 'meets', label: `evaluation-btn-${prefix}-meets` }],
  [{ id: 'above', label: `evaluation-btn-${prefix}-above` }],
  [
    { id: SKIP, label: 'evaluation-btn-skip' },
    { id: STOP, label: 'evaluation-btn-stop' },
  ],
];
export const isRatingChoice = (choice: string): choice is Rating =>
  choice === 'below' || choice === 'meets' || choice === 'above';

// The year as text: Fluent would group its digits (2.026).
const periodArgs = (state: EvaluationState) => ({
  year: String(state.period.year),
  quarter: state.period.quarter,
});

function rowLines(row: EvaluationRow, n: number): PromptLine[] {
  const target = { amount: row.target, unit: row.unit };
  const lines: PromptLine[] = [
    { key: 'evaluation-row-rhk', args: { n, rhk: row.rhk, kind: row.resultKind } },
    { key: 'evaluation-row-indicator', args: { indicator: row.indicator } },
    row.realisasi === null
      ? { key: 'evaluation-row-no-report', args: { target } }
      : {
          key: 'evaluation-row-figures',
          args: {
            target,
            realisasi: { amount: row.realisasi, unit: row.unit },
            capaian: row.capaian ?? 'none',
            level: row.level ?? 'none',
          },
        },
    { key: 'evaluation-row-evidence', args: { count: row.evidenceCount } },
  ];
  for (const url of row.links) lines.push({ key: 'evaluation-row-link', args: { url } });
  for (const f of row.feedback)
    lines.push({
      key: 'evaluation-row-feedback',
      args: { author: f.author, date: { date: f.date }, body: f.body },
    });
  return lines;
}

export function personPrompts(state: EvaluationState): Prompt[] {
  const person = state.people[state.index]!;
  const table: PromptLine[] = person.rows.flatMap((row, i) => rowLines(row, i + 1));
  if (person.rows.length === 0) table.push({ key: 'evaluation-no-indicators' });
  for (const f of person.generalFeedback)
    table.push({
      key: 'evaluation-general-feedback',
      args: { author: f.author, date: { date: f.date }, body: f.body },
    });
  const s = person.suggestion;
  const suggestion: Prompt = {
    key: 'evaluation-suggestion',
    args: { rating: s.rating ?? 'none' },
    lines: [
      {
        key: 'evaluation-suggestion-tally',
        args: { counted: s.counted, above: s.above, meets: s.meets, below: s.below },
      },
      { key: 'evaluation-suggestion-rule', args: { rule: s.rule } },
    ],
    expects: 'none',
  };
  const previous = person.previous;
  return [
    {
      key: 'evaluation-person',
      args: { n: state.index + 1, total: state.people.length, name: person.name, ...periodArgs(state) },
      lines: table,
      expects: 'none',
    },
    suggestion,
    ...(previous?.predikat
      ? [
          {
            key: 'evaluation-previous',
            args: {
              result: previous.result ?? 'none',
              behaviour: previous.behaviour ?? 'none',
              predikat: previous.predikat,
            },
            expects: 'none' as const,
          },
        ]
      : []),
    askResult(state),
  ];
}

const askResult = (state: EvaluationState): Prompt => ({
  key: 'evaluation-ask-result',
  args: { name: state.people[state.index]!.name },
  choices: RATING_CHOICES('result'),
  expects: 'choice',
});

export const askBehaviour = (state: EvaluationState): Prompt => ({
  key: 'evaluation-ask-behaviour',
  args: { name: state.people[state.index]!.name, result: state.result ?? 'none' },
  lines: state.people[state.index]!.behaviour ?? [{ key: 'evaluation-no-360' }],
  choices: RATING_CHOICES('behaviour'),
  expects: 'choice',
});

/** One warning as a line; the group of predikat travels as one select key (`kurang_butuh-perbaikan`). */
export function warningLine(w: DistributionWarning): PromptLine {
  return {
    key: `evaluation-warning-${w.type}`,
    args: { group: w.group.join('_'), count: w.count, percent: w.percent, limit: w.limit },
  };
}

/** The closing summary: counts, the distribution and the guideline's warnings. */
export function summaryPrompts(state: EvaluationState): Prompt[] {
  const counts: Partial<Record<Predikat, number>> = {};
  for (const p of Object.values(state.predikats)) counts[p] = (counts[p] ?? 0) + 1;
  const check = checkDistribution(counts, null);
  const done: Prompt = {
    key: 'evaluation-done',
    args: { rated: state.rated, skipped: state.skipped, ...periodArgs(state) },
    expects: 'none',
  };
  if (check.total === 0) return [done];
  const lines: PromptLine[] = Object.entries(check.counts).map(([predikat, count]) => ({
    key: 'evaluation-distribution-line',
    args: { predikat, count, percent: Math.round((count / check.total) * 1000) / 10 },
  }));
  lines.push({
    key: 'evaluation-guideline',
    args: { row: check.row, assumed: check.assumed ? 'yes' : 'no' },
  });
  if (check.warnings.length === 0) lines.push({ key: 'evaluation-guideline-ok' });
  for (const w of check.warnings) lines.push(warningLine(w));
  return [
    done,
    {
      key: 'evaluation-distribution',
      args: { total: check.total, people: state.people.length },
      lines,
      expects: 'none',
    },
  ];
}
