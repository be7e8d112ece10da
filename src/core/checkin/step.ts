import { type StepResult as FlowStepResult, isStaleButton } from '../conversation/flow.js';
import { questionForEdit, stepForm } from '../conversation/questionnaire.js';
import type { Inbound, Prompt } from '../conversation/types.js';
import { isoWeekOf, localDate } from '../time/iso-week.js';
import { revisionDeadlineArgs, weekLabelArgs } from '../time/week-label.js';
import { C } from './choices.js';
import { upgradeCheckinState } from './legacy-state.js';
import { implausibility, parseProgress, progressHint } from './parse-progress.js';
import { currentPrompt, parseConfidenceChoice, parseEditKrChoice, summaryPrompt } from './prompts.js';
import { readConfidence, readLink, readYesNo } from './read-answers.js';
import {
  answerOf,
  type CheckinEffect,
  type CheckinState,
  type Cursor,
  withAnswer,
  withEvidence,
} from './state.js';
import { toSubmission } from './submission.js';
import { CHECKIN_TAIL } from './tail-questions.js';

export type StepResult = FlowStepResult<CheckinState, CheckinEffect>;

export const SNOOZE_MS = 2 * 60 * 60 * 1000;
const START_WORDS = /^(mulai|start|lanjut|ayo|go)[.!]*$/i;

/** Moves to `cursor` and asks its question; `before` are prompts shown first (e.g. a note). */
function ask(state: CheckinState, cursor: Cursor, before: Prompt[] = []): StepResult {
  const next = { ...state, cursor, seq: state.seq + 1 };
  return { state: next, prompts: [...before, currentPrompt(next)], effects: [] };
}

/** Stays on the same question with a hint; the buttons already on screen remain valid. */
function hint(state: CheckinState, key: string, args?: Prompt['args']): StepResult {
  return { state, prompts: [{ key, ...(args ? { args } : {}), expects: 'none' }], effects: [] };
}

const end = (prompts: Prompt[], effects: CheckinEffect[] = []): StepResult => ({
  state: null,
  prompts,
  effects,
});

function afterKr(state: CheckinState, i: number): StepResult {
  if (state.editing) return ask({ ...state, editing: false }, { at: 'summary' });
  if (i + 1 < state.krs.length) return ask(state, { at: 'value', kr: i + 1 });
  const first = CHECKIN_TAIL[0];
  return ask(state, first ? { at: 'tail', id: first.id } : { at: 'summary' });
}

function afterValue(state: CheckinState, i: number, value: number, link?: string): StepResult {
  const answer = answerOf(state, i);
  const evidence = link ? [...answer.evidence, { kind: 'link' as const, url: link }] : answer.evidence;
  const next = withAnswer(state, i, { value, skipped: false, evidence });
  return ask(next, { at: 'confidence', kr: i });
}

/**
 * The check-in's transition function: pure, so every path is a table test, and so Telegram,
 * Slack and the terminal share one behaviour. `now` decides whether the week is still open.
 */
export function stepCheckin(saved: CheckinState, input: Inbound, now: Date): StepResult {
  const upgraded = upgradeCheckinState(saved);
  if (isoWeekOf(now, upgraded.timeZone).key !== upgraded.week.key) {
    return {
      ...end([{ key: 'checkin-week-closed', args: weekLabelArgs(upgraded.week), expects: 'none' }]),
      refusal: 'week-closed',
    };
  }
  if (isStaleButton(upgraded, input)) {
    return { state: upgraded, prompts: [], effects: [], refusal: 'stale-button' };
  }
  // Capaian is measured against the quarter of the day the person answers.
  const today = localDate(now, upgraded.timeZone);
  const state = upgraded.today === today ? upgraded : { ...upgraded, today };
  const c = state.cursor;
  const pick = input.type === 'choice' ? input.choice : undefined;
  const text = input.type === 'text' ? input.text : undefined;

  switch (c.at) {
    case 'opening':
      if (pick === C.start) return ask(state, { at: 'value', kr: 0 });
      if (pick === C.later) {
        const until = new Date(now.getTime() + SNOOZE_MS).toISOString();
        return {
          state,
          prompts: [{ key: 'checkin-snoozed', args: { hours: 2 }, expects: 'none' }],
          effects: [{ type: 'snooze', until, week: state.week }],
        };
      }
      if (pick === C.leave)
        return end([{ key: 'checkin-on-leave', expects: 'none' }], [{ type: 'leave', week: state.week }]);
      // Typing "mulai" or "ya" instead of tapping the button is the same answer.
      if (text !== undefined && (START_WORDS.test(text.trim()) || readYesNo(text) === true)) {
        return ask(state, { at: 'value', kr: 0 });
      }
      return hint(state, 'checkin-hint-use-buttons');

    case 'revise-offer':
      if (pick === C.revise) return ask(state, { at: 'summary' });
      if (pick === C.keep) return end([{ key: 'checkin-revise-kept', expects: 'none' }]);
      return hint(state, 'checkin-hint-use-buttons');

    case 'value': {
      const kr = state.krs[c.kr]!;
      if (pick === C.skip)
        return afterKr(
          withAnswer(state, c.kr, { value: undefined, skipped: true, confidence: undefined }),
          c.kr,
        );
      if (pick === C.same) return afterValue(state, c.kr, kr.lastValue ?? kr.baseline);
      if (input.type === 'file') {
        return hint(withEvidence(state, c.kr, input.file), 'checkin-evidence-noted-ask-value');
      }
      if (text === undefined) return hint(state, 'checkin-hint-value', { unit: kr.unitLabel });
      return readValue(state, c.kr, text);
    }

    case 'confirm':
      if (pick === C.yes) return afterValue(state, c.kr, c.value, c.link);
      if (pick === C.no) return ask(state, { at: 'value', kr: c.kr });
      if (text !== undefined) return readValue(state, c.kr, text);
      return hint(state, 'checkin-hint-use-buttons');

    case 'confidence': {
      const n =
        pick !== undefined
          ? parseConfidenceChoice(pick)
          : text !== undefined
            ? readConfidence(text)
            : undefined;
      if (input.type === 'file') {
        return hint(withEvidence(state, c.kr, input.file), 'checkin-evidence-noted-ask-confidence');
      }
      if (n === undefined) return hint(state, 'checkin-hint-confidence');
      const next = withAnswer(state, c.kr, { confidence: n });
      // Evidence already given with the value (a link, a file) makes the evidence question redundant.
      if (answerOf(next, c.kr).evidence.length > 0 && !state.editing) return afterKr(next, c.kr);
      return ask(next, { at: 'evidence', kr: c.kr });
    }

    case 'evidence': {
      if (pick === C.skip) return afterKr(state, c.kr);
      if (input.type === 'file') return afterKr(withEvidence(state, c.kr, input.file), c.kr);
      const link = text !== undefined ? readLink(text) : undefined;
      if (!link) return hint(state, 'checkin-hint-evidence');
      return afterKr(withEvidence(state, c.kr, { kind: 'link', url: link }), c.kr);
    }

    case 'tail': {
      const form = stepForm(CHECKIN_TAIL, c.id, state.tail, input, state.editing);
      if (form.type === 'hint') return { state, prompts: [form.prompt], effects: [] };
      const next = { ...state, tail: { ...form.answers } };
      if (form.type === 'next') return ask(next, { at: 'tail', id: form.id });
      return ask({ ...next, editing: false }, { at: 'summary' });
    }

    case 'summary':
      if (pick === C.submit) {
        const prompts: Prompt[] = [
          summaryPrompt(state, true),
          {
            key: state.revisionOf ? 'checkin-revised' : 'checkin-submitted',
            args: revisionDeadlineArgs(state.week, state.timeZone),
            expects: 'none',
          },
        ];
        return end(prompts, [{ type: 'submit', submission: toSubmission(state) }]);
      }
      if (pick === C.edit) return ask(state, { at: 'edit-menu' });
      return hint(state, 'checkin-hint-use-buttons');

    case 'edit-menu': {
      const krIndex = pick !== undefined ? parseEditKrChoice(pick) : undefined;
      if (krIndex !== undefined && krIndex < state.krs.length)
        return ask({ ...state, editing: true }, { at: 'value', kr: krIndex });
      const question = pick !== undefined ? questionForEdit(CHECKIN_TAIL, pick) : undefined;
      if (question) return ask({ ...state, editing: true }, { at: 'tail', id: question.id });
      if (pick === C.back) return ask(state, { at: 'summary' });
      return hint(state, 'checkin-hint-use-buttons');
    }
  }
}

function readValue(state: CheckinState, i: number, text: string): StepResult {
  const kr = state.krs[i]!;
  const parsed = parseProgress(text, kr);
  if (parsed.kind !== 'value') {
    const refused = progressHint(parsed, kr);
    return hint(state, refused.key, refused.args);
  }
  const reason = implausibility(kr, parsed.value);
  if (reason) {
    const cursor: Cursor = {
      at: 'confirm',
      kr: i,
      value: parsed.value,
      reason,
      ...(parsed.link ? { link: parsed.link } : {}),
    };
    return ask(state, cursor);
  }
  return afterValue(state, i, parsed.value, parsed.link);
}
