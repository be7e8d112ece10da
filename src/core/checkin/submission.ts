import { answerOf, type CheckinState, type CheckinSubmission } from './state.js';
import { tailValues } from './tail-questions.js';

/** What a submission is made of: a dialog's state, or a whole form read by validate-form.ts. */
export type SubmissionSource = Pick<CheckinState, 'week' | 'krs' | 'answers' | 'tail' | 'revisionOf'>;

/** The answers as storage takes them; a KR never answered counts as skipped. */
export function toSubmission(state: SubmissionSource): CheckinSubmission {
  return {
    week: state.week,
    ...(state.revisionOf ? { revisionOf: state.revisionOf } : {}),
    updates: state.krs.map((kr, i) => {
      const a = answerOf(state, i);
      const answered = !a.skipped && a.value !== undefined;
      return {
        keyResultId: kr.id,
        value: answered ? a.value! : null,
        skipped: !answered,
        confidence: answered ? (a.confidence ?? null) : null,
        evidence: a.evidence,
      };
    }),
    ...tailValues(state.tail),
  };
}
