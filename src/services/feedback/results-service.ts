/**
 * `/hasil360 [2026-Q4] [name or NIP]` for any channel. Without a name: the asker's own results.
 * With one: the results of someone the asker appraises (their named penilai, else their atasan);
 * anyone else, and a name nobody has, get the same refusal, which names nobody. Results show
 * only once the cycle has closed (before that, when it closes), through the rules of
 * src/core/feedback/results.ts, in the asker's language, with a chart where the channel shows one.
 *
 * `behaviourSummary` gives the evaluation's perilaku-kerja step the same aggregates per value.
 */
import type { Prompt, PromptArgs, PromptLine } from '../../core/conversation/types.js';
import type { BerakhlakValue } from '../../core/feedback/berakhlak.js';
import {
  type AnonymousCategory,
  type FeedbackResults,
  feedbackResults,
  type Levels,
  shownCategories,
} from '../../core/feedback/results.js';
import { parseResultsCommand } from '../../core/feedback/results-command.js';
import { behaviourSummaryLines, resultsPrompts } from '../../core/feedback/results-prompts.js';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { DbOrTx } from '../../storage/database.js';
import {
  appraiseesMatching,
  rateeCycle,
  rateeFeedback,
} from '../../storage/repositories/feedback-results.js';
import { type DialogReply, noteReply } from '../dialogs/dialog-reply.js';
import { resultsChart } from './results-chart.js';

export interface ResultsAsker {
  id: number;
  name: string;
  locale: Locale;
}

export interface ResultsOptions {
  translator: Translator;
  /** Off where no image can be shown (the terminal) or in tests that do not look at it (~0.1 s). */
  charts?: boolean;
}

const note = (key: string, args?: PromptArgs): DialogReply =>
  noteReply([{ key, ...(args ? { args } : {}), expects: 'none' } satisfies Prompt]);

/** The answer to `/hasil360 <text>`. Reads only. */
export async function answerResults(
  db: DbOrTx,
  asker: ResultsAsker,
  text: string,
  options: ResultsOptions,
): Promise<DialogReply> {
  const command = parseResultsCommand(text);
  let ratee = { id: asker.id, name: asker.name };
  const own = command.subject === null;
  if (command.subject !== null) {
    const matches = await appraiseesMatching(db, asker.id, command.subject);
    if (matches.length === 0) return note('hasil360-not-allowed');
    if (matches.length > 1)
      return note('hasil360-ambiguous', {
        count: matches.length,
        names: matches
          .slice(0, 20)
          .map((m) => `${m.name} (${m.nip})`)
          .join(', '),
        nip: matches[0]!.nip,
      });
    ratee = matches[0]!;
  }
  const cycle = await rateeCycle(db, ratee.id, command.period);
  if (!cycle)
    return note('hasil360-no-cycle', {
      own: own ? 'yes' : 'no',
      name: ratee.name,
      period: command.period ?? 'none',
    });
  if (cycle.status !== 'closed')
    return note('hasil360-not-closed', { period: cycle.periodCode, closes: { date: cycle.closesOn } });

  const results = feedbackResults(await rateeFeedback(db, cycle, ratee.id));
  const heading = { name: ratee.name, period: cycle.periodCode, own };
  const reply = noteReply(resultsPrompts(results, heading));
  if (options.charts === false) return reply;
  const chart = await resultsChart(options.translator, asker.locale, results, heading);
  return chart ? { ...reply, attachments: [chart] } : reply;
}

export interface BehaviourCategory {
  category: AnonymousCategory;
  raters: number;
  /** null: fewer than k raters could judge an indicator of the value (see results.ts). */
  mean: number | null;
  levels: Levels | null;
  notAssessed: number;
}

export type BehaviourSummary =
  | { status: 'none' }
  | { status: 'open'; period: string; closesOn: string }
  | {
      status: 'closed';
      period: string;
      k: number;
      /** Categories below k: named so the appraiser knows, with no figure. */
      suppressed: AnonymousCategory[];
      values: Array<{ value: BerakhlakValue; categories: BehaviourCategory[] }>;
      /** The same, ready to show under the perilaku question (locales/<lang>/feedback-results.ftl). */
      lines: PromptLine[];
    };

function summaryOf(results: FeedbackResults, period: string): BehaviourSummary {
  const shown = shownCategories(results);
  const values = (shown[0]?.values ?? []).map((v, index) => ({
    value: v.value,
    categories: shown.map((c) => {
      const at = c.values[index]!;
      return {
        category: c.category,
        raters: c.raters,
        mean: at.mean,
        levels: at.levels,
        notAssessed: at.notAssessed,
      };
    }),
  }));
  return {
    status: 'closed',
    period,
    k: results.k,
    suppressed: results.categories.filter((c) => !c.shown).map((c) => c.category),
    values,
    lines: behaviourSummaryLines(results, period),
  };
}

/**
 * The peer and subordinate aggregates per BerAKHLAK value of one person in a period, for the
 * appraiser's rating of perilaku kerja (dika suggests; the appraiser decides). Shown categories
 * only, and only once the cycle has closed. `periodCode`: `2026-Q4` (or `2026-TW4`).
 */
export async function behaviourSummary(
  db: DbOrTx,
  rateeId: number,
  periodCode: string,
): Promise<BehaviourSummary> {
  const period = parseResultsCommand(periodCode).period ?? periodCode;
  const cycle = await rateeCycle(db, rateeId, period);
  if (!cycle) return { status: 'none' };
  if (cycle.status !== 'closed')
    return { status: 'open', period: cycle.periodCode, closesOn: cycle.closesOn };
  const input = await rateeFeedback(db, cycle, rateeId);
  // The summary holds aggregates only: comments and named ratings stay out of it.
  return summaryOf(feedbackResults({ ...input, comments: [], named: [] }), cycle.periodCode);
}
