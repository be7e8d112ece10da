/**
 * The people of one /evaluasi run as the dialog's state holds them: each one's SKP evaluation
 * table for the quarter, dika's suggestion with its reasons, and what is stored already. Built
 * once when the dialog begins (the steps after it are pure); long texts are cut so that one
 * person's table stays one readable chat message.
 */

import type { EvaluatedPerson, EvaluationFeedback } from '../../core/evaluation/evaluation-flow.js';
import type { QuarterPeriod } from '../../core/evaluation/quarter-period.js';
import { suggestResultRating } from '../../core/evaluation/suggest-result-rating.js';
import { cutText } from '../../core/text/clean-text.js';
import type { Appraisee, EvaluationTable } from '../../storage/repositories/evaluations.js';

/** Per indicator: the newest umpan balik and links shown; the SKP document keeps them all. */
const FEEDBACK_SHOWN = 2;
const LINKS_SHOWN = 2;
const FEEDBACK_CHARS = 280;

const newest = (items: readonly EvaluationFeedback[]): EvaluationFeedback[] =>
  items.slice(-FEEDBACK_SHOWN).map((f) => ({ ...f, body: cutText(f.body, FEEDBACK_CHARS) }));

export function evaluatedPeople(
  appraisees: readonly Appraisee[],
  tables: readonly EvaluationTable[],
  quarter: QuarterPeriod,
): EvaluatedPerson[] {
  const byEmployee = new Map(tables.map((t) => [t.employeeId, t]));
  return appraisees.map((a) => {
    const table = byEmployee.get(a.employeeId);
    const indicators = table?.indicators ?? [];
    const suggestion = suggestResultRating(indicators, quarter);
    const rows = indicators.map((indicator, n) => {
      const assessed = suggestion.indicators[n]!;
      return {
        rhk: indicator.rhk,
        indicator: indicator.title,
        unit: indicator.unitLabel,
        resultKind: indicator.resultKind,
        target: assessed.target,
        realisasi: assessed.realisasi,
        capaian: assessed.capaian,
        level: assessed.level,
        reason: assessed.reason,
        evidenceCount: indicator.evidenceCount,
        links: indicator.links.slice(-LINKS_SHOWN),
        feedback: newest(indicator.feedback),
      };
    });
    const e = a.evaluation;
    return {
      employeeId: a.employeeId,
      name: a.name,
      rows,
      generalFeedback: newest(table?.generalFeedback ?? []),
      suggestion: {
        rating: suggestion.rating,
        rule: suggestion.rule,
        counted: suggestion.counted,
        above: suggestion.above,
        meets: suggestion.meets,
        below: suggestion.below,
      },
      previous: e ? { result: e.resultRating, behaviour: e.behaviourRating, predikat: e.predikat } : null,
    };
  });
}
