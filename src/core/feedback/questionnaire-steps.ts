/**
 * The questionnaire's steps in order, per relation: for each value its three indicators (or, for
 * the appraiser, one rating against expectation) and its comment; then the overall comment and
 * the summary. The dialog's cursor is an index into this list, so "back" and "edit" are moves.
 */
import type { RaterRelation } from './assign-raters.js';
import { BERAKHLAK_VALUES, type BerakhlakValue, INDICATORS_PER_VALUE } from './berakhlak.js';

export type QuestionnaireStep =
  | { at: 'item'; value: BerakhlakValue; indicator: number }
  | { at: 'rating'; value: BerakhlakValue }
  | { at: 'comment'; value: BerakhlakValue }
  | { at: 'overall' }
  | { at: 'summary' };

function build(rating: boolean): QuestionnaireStep[] {
  const steps: QuestionnaireStep[] = [];
  for (const value of BERAKHLAK_VALUES) {
    if (rating) steps.push({ at: 'rating', value });
    else
      for (let indicator = 0; indicator < INDICATORS_PER_VALUE; indicator++)
        steps.push({ at: 'item', value, indicator });
    steps.push({ at: 'comment', value });
  }
  steps.push({ at: 'overall' }, { at: 'summary' });
  return steps;
}

const BY_FREQUENCY = build(false);
const BY_RATING = build(true);

export function stepsFor(relation: RaterRelation): readonly QuestionnaireStep[] {
  return relation === 'appraiser' ? BY_RATING : BY_FREQUENCY;
}
