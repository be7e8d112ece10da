import { answerOf, type CheckinState, type CheckinSubmission } from './state.js';

/** The answers as storage takes them; a KR never answered counts as skipped. */
export function toSubmission(state: CheckinState): CheckinSubmission {
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
    blockers: state.blockers ?? [],
    nextActions: state.nextActions ?? [],
    wantsDialog: state.wantsDialog ?? false,
  };
}
