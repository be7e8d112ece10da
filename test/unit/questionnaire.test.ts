import { describe, expect, it } from 'vitest';
import { isStaleButton } from '../../src/core/conversation/flow.js';
import {
  answerTo,
  editChoices,
  type Form,
  formSummary,
  type Question,
  questionForEdit,
  questionPrompt,
  stepForm,
} from '../../src/core/conversation/questionnaire.js';
import type { Inbound } from '../../src/core/conversation/types.js';

// A toy form, unrelated to the check-in: the model must not depend on it.
const name: Question<string> = {
  id: 'name',
  kind: 'text',
  prompt: 'ask-name',
  edit: { id: 'en', label: 'edit-name' },
  read: (input) =>
    input.type === 'text' && input.text.trim() !== ''
      ? { ok: true, value: input.text.trim() }
      : { ok: false, hint: 'hint-name' },
  summary: (value) => ({ key: 'sum-name', args: { name: value ?? '-' } }),
};
const score: Question<number> = {
  id: 'score',
  kind: 'scale',
  prompt: 'ask-score',
  args: { max: 5 },
  choices: [[{ id: 's1', label: 'one' }]],
  read: (input) => {
    const n = input.type === 'choice' ? Number(input.choice.slice(1)) : Number.NaN;
    return n >= 1 && n <= 5 ? { ok: true, value: n } : { ok: false, hint: 'hint-score', args: { max: 5 } };
  },
};
const form: Form = [name, score];
const text = (t: string): Inbound => ({ type: 'text', text: t });
const tap = (choice: string): Inbound => ({ type: 'choice', choice, seq: 1 });

describe('questionnaire', () => {
  it.each<[string, string, Inbound, boolean, ReturnType<typeof stepForm>]>([
    [
      'an answer moves on',
      'name',
      text(' Sari '),
      false,
      { type: 'next', id: 'score', answers: { name: 'Sari' } },
    ],
    ['the last answer ends the form', 'score', tap('s3'), false, { type: 'done', answers: { score: 3 } }],
    [
      'an answer while editing ends the form',
      'name',
      text('Sari'),
      true,
      { type: 'done', answers: { name: 'Sari' } },
    ],
    [
      'not an answer gives the hint',
      'name',
      text('  '),
      false,
      { type: 'hint', prompt: { key: 'hint-name', expects: 'none' } },
    ],
    [
      'a hint keeps its args',
      'score',
      text('9'),
      false,
      { type: 'hint', prompt: { key: 'hint-score', args: { max: 5 }, expects: 'none' } },
    ],
    ['a question no longer in the form ends it', 'gone', text('x'), false, { type: 'done', answers: {} }],
  ])('%s', (_name, at, input, editing, expected) => {
    expect(stepForm(form, at, {}, input, editing)).toEqual(expected);
  });

  it('keeps earlier answers and overwrites an edited one', () => {
    const r = stepForm(form, 'name', { name: 'Old', score: 2 }, text('New'), true);
    expect(r).toEqual({ type: 'done', answers: { name: 'New', score: 2 } });
  });

  it('turns a question into its prompt, its summary line and its edit button', () => {
    expect(questionPrompt(name)).toEqual({ key: 'ask-name', expects: 'text' });
    expect(questionPrompt(score)).toEqual({
      key: 'ask-score',
      args: { max: 5 },
      expects: 'scale',
      choices: [[{ id: 's1', label: 'one' }]],
    });
    expect(formSummary(form, { name: 'Sari' })).toEqual([{ key: 'sum-name', args: { name: 'Sari' } }]);
    expect(formSummary(form, {})).toEqual([{ key: 'sum-name', args: { name: '-' } }]);
    expect(editChoices(form)).toEqual([{ id: 'en', label: 'edit-name' }]);
    expect(questionForEdit(form, 'en')).toBe(name);
    expect(questionForEdit(form, 'xx')).toBeUndefined();
    expect(answerTo({ score: 4 }, score)).toBe(4);
    expect(answerTo({}, score)).toBeUndefined();
  });
});

describe('stale buttons', () => {
  const state = { kind: 'survey', nonce: 'abcd', seq: 5 };
  it.each<[string, Inbound, boolean]>([
    ['typed text', text('5'), false],
    ['a fresh button', { type: 'choice', choice: 'x', seq: 5 }, false],
    [
      'a fresh button with every part',
      { type: 'choice', kind: 'survey', nonce: 'abcd', choice: 'x', seq: 5 },
      false,
    ],
    ['an earlier question', { type: 'choice', choice: 'x', seq: 4 }, true],
    ['another run of the dialog', { type: 'choice', nonce: 'zzzz', choice: 'x', seq: 5 }, true],
    ['another dialog', { type: 'choice', kind: 'checkin', choice: 'x', seq: 5 }, true],
  ])('%s → %s', (_name, input, stale) => {
    expect(isStaleButton(state, input)).toBe(stale);
  });
});
