import { editChoices, formSummary, questionById, questionPrompt } from '../conversation/questionnaire.js';
import type { Prompt, PromptLine } from '../conversation/types.js';
import { cutText } from '../text/clean-text.js';
import { localDate } from '../time/iso-week.js';
import { revisionDeadlineArgs, weekLabelArgs } from '../time/week-label.js';
import { C, choice } from './choices.js';
import { figureArgs } from './figures.js';
import { currentValue } from './key-result.js';
import { answerOf, type CheckinState } from './state.js';
import { CHECKIN_TAIL } from './tail-questions.js';

export { C } from './choices.js';

const confidenceId = (n: number) => `c${n}`;
export const parseConfidenceChoice = (id: string): number | undefined => {
  const m = id.match(/^c(10|[1-9])$/);
  return m ? Number(m[1]) : undefined;
};
export const editKrChoice = (i: number) => `k${i}`;
export const parseEditKrChoice = (id: string): number | undefined => {
  const m = id.match(/^k(\d{1,3})$/);
  return m ? Number(m[1]) : undefined;
};

const amount = (value: number, unit: string) => ({ amount: value, unit });
/** The week by its working days, for the shared `checkin-week` message. */
const weekArgs = (s: CheckinState) => weekLabelArgs(s.week);
/** The person's local date; a state saved before `today` existed measures from the week's Monday. */
const todayOf = (s: CheckinState) => s.today ?? s.week.start;

export function openingPrompt(s: CheckinState): Prompt {
  return {
    key: 'checkin-opening',
    args: { ...weekArgs(s), count: s.krs.length },
    expects: 'choice',
    choices: [
      [choice(C.start, 'checkin-btn-start')],
      [choice(C.later, 'checkin-btn-later'), choice(C.leave, 'checkin-btn-leave')],
    ],
  };
}

export function reviseOfferPrompt(s: CheckinState): Prompt {
  return {
    key: 'checkin-revise-offer',
    args: { ...weekArgs(s), ...revisionDeadlineArgs(s.week, s.timeZone) },
    expects: 'choice',
    choices: [[choice(C.revise, 'checkin-btn-revise'), choice(C.keep, 'checkin-btn-keep')]],
  };
}

export function valuePrompt(s: CheckinState, i: number): Prompt {
  const kr = s.krs[i]!;
  const figures = figureArgs(kr, currentValue(kr), todayOf(s));
  const args = {
    index: i + 1,
    total: s.krs.length,
    objective: kr.objective,
    title: kr.title,
    target: figures.target,
    year: figures.year,
    quarter: figures.quarter,
    quarterTarget: figures.quarterTarget,
    baseline: amount(kr.baseline, kr.unitLabel),
    last: kr.lastValue === undefined ? 'none' : amount(kr.lastValue, kr.unitLabel),
    lastDate:
      kr.lastReportedAt === undefined ? 'none' : { date: localDate(new Date(kr.lastReportedAt), s.timeZone) },
    accumulation: kr.accumulation,
    resultKind: kr.resultKind,
    aspect: kr.aspect ?? 'none',
  };
  return {
    key: 'checkin-kr-value',
    args,
    expects: 'number',
    choices: [
      [
        choice(C.same, 'checkin-btn-same', { value: amount(currentValue(kr), kr.unitLabel) }),
        choice(C.skip, 'checkin-btn-skip'),
      ],
    ],
  };
}

export function confirmPrompt(s: CheckinState): Prompt {
  if (s.cursor.at !== 'confirm') throw new Error('confirmPrompt outside confirm');
  const kr = s.krs[s.cursor.kr]!;
  return {
    key: `checkin-confirm-${s.cursor.reason}`,
    args: {
      value: amount(s.cursor.value, kr.unitLabel),
      last: amount(currentValue(kr), kr.unitLabel),
      baseline: amount(kr.baseline, kr.unitLabel),
      target: amount(kr.target, kr.unitLabel),
    },
    expects: 'choice',
    choices: [[choice(C.yes, 'checkin-btn-confirm-yes'), choice(C.no, 'checkin-btn-confirm-no')]],
  };
}

export function confidencePrompt(s: CheckinState, i: number): Prompt {
  const kr = s.krs[i]!;
  const row = (from: number) =>
    Array.from({ length: 5 }, (_, k) =>
      choice(confidenceId(from + k), 'checkin-btn-number', { n: from + k }),
    );
  const value = answerOf(s, i).value;
  return {
    key: 'checkin-confidence',
    args: {
      title: kr.title,
      // Echo the value just recorded with its capaian, so the person sees how dika read it.
      value: value === undefined ? 'none' : amount(value, kr.unitLabel),
      ...(value === undefined ? {} : figureArgs(kr, value, todayOf(s))),
      due: { date: kr.periodEnd },
      last: kr.lastConfidence ?? 'none',
    },
    expects: 'scale',
    choices: [row(1), row(6)],
  };
}

export function evidencePrompt(s: CheckinState, i: number): Prompt {
  return {
    key: 'checkin-evidence',
    args: { title: s.krs[i]!.title, confidence: answerOf(s, i).confidence ?? 'none' },
    expects: 'link-or-file',
    choices: [[choice(C.skip, 'checkin-btn-no-evidence')]],
  };
}

export function summaryLines(s: CheckinState): PromptLine[] {
  const lines = s.krs.map((kr, i): PromptLine => {
    const a = answerOf(s, i);
    if (a.skipped || a.value === undefined)
      return { key: 'checkin-summary-kr-skipped', args: { index: i + 1, title: kr.title } };
    return {
      key: 'checkin-summary-kr',
      args: {
        index: i + 1,
        title: kr.title,
        ...figureArgs(kr, a.value, todayOf(s)),
        confidence: a.confidence ?? 'none',
        evidence: a.evidence.length,
      },
    };
  });
  return [...lines, ...formSummary(CHECKIN_TAIL, s.tail)];
}

/** The summary with submit/edit buttons; `sent` is the same list kept as the record after submitting. */
export function summaryPrompt(s: CheckinState, sent = false): Prompt {
  const args = { ...weekArgs(s), ...revisionDeadlineArgs(s.week, s.timeZone) };
  if (sent) return { key: 'checkin-summary-sent', args, lines: summaryLines(s), expects: 'none' };
  return {
    key: s.revisionOf ? 'checkin-summary-revision' : 'checkin-summary',
    args,
    lines: summaryLines(s),
    expects: 'choice',
    choices: [[choice(C.submit, 'checkin-btn-submit'), choice(C.edit, 'checkin-btn-edit')]],
  };
}

export function editMenuPrompt(s: CheckinState): Prompt {
  const krRows = s.krs.map((kr, i) => [
    choice(editKrChoice(i), 'checkin-btn-edit-kr', { index: i + 1, title: cutText(kr.title, 40) }),
  ]);
  // The tail's edit buttons, then "back", two to a row: [bl, sp], [na, dl], [back] today.
  const rest = [...editChoices(CHECKIN_TAIL), choice(C.back, 'checkin-btn-back')];
  const restRows = Array.from({ length: Math.ceil(rest.length / 2) }, (_, r) => rest.slice(2 * r, 2 * r + 2));
  return { key: 'checkin-edit-menu', expects: 'choice', choices: [...krRows, ...restRows] };
}

/** The question the dialog is waiting on, for re-asking after a hint or a restart. */
export function currentPrompt(s: CheckinState): Prompt {
  const c = s.cursor;
  switch (c.at) {
    case 'opening':
      return openingPrompt(s);
    case 'revise-offer':
      return reviseOfferPrompt(s);
    case 'value':
      return valuePrompt(s, c.kr);
    case 'confirm':
      return confirmPrompt(s);
    case 'confidence':
      return confidencePrompt(s, c.kr);
    case 'evidence':
      return evidencePrompt(s, c.kr);
    case 'tail': {
      // An id no longer in the list is moved to the summary by upgradeCheckinState first.
      const question = questionById(CHECKIN_TAIL, c.id);
      return question ? questionPrompt(question) : summaryPrompt(s);
    }
    case 'summary':
      return summaryPrompt(s);
    case 'edit-menu':
      return editMenuPrompt(s);
  }
}
