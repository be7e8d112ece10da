/**
 * Fixed forms as data: each question is an id, a widget kind, a locale key and a reader, so a
 * new question is one entry in a list (plus its locale keys) and no channel changes. The same
 * entries serve a chat dialog (one question at a time, through `stepForm`) and a whole form
 * submitted at once (a Slack modal calls `read` on each field).
 */
import type { Choice, Inbound, Prompt, PromptArgs, PromptLine, QuestionKind } from './types.js';

export type Reading<V> = { ok: true; value: V } | { ok: false; hint: string; args?: PromptArgs };

export interface Question<V> {
  /** Stable id: the answer's key in saved state, and where a saved cursor points. */
  readonly id: string;
  readonly kind: QuestionKind;
  /** Locale key of the question's text. */
  readonly prompt: string;
  readonly args?: PromptArgs;
  readonly choices?: Choice[][];
  /** The edit menu's button that returns to this question. */
  readonly edit?: Choice;
  /** What the person did, as this question's answer, or the hint to show while asking again. */
  read(input: Inbound): Reading<V>;
  /** Its line in a summary; `undefined` when the question was never answered. */
  summary?(value: V | undefined): PromptLine;
}

/** Answers by question id, as saved in a dialog's state (JSON). */
export type Answers = Readonly<Record<string, unknown>>;

/** Method syntax in `Question` lets a `Question<string[]>` sit in a list of `Question<unknown>`. */
export type Form = readonly Question<unknown>[];

/**
 * The answer saved for `question`. The cast is sound as long as only `stepForm` (or a mapping
 * of a stored record by the same question) writes `answers[question.id]`.
 */
export function answerTo<V>(answers: Answers, question: Question<V>): V | undefined {
  return answers[question.id] as V | undefined;
}

export function questionPrompt(question: Question<unknown>): Prompt {
  return {
    key: question.prompt,
    ...(question.args ? { args: question.args } : {}),
    expects: question.kind,
    ...(question.choices ? { choices: question.choices } : {}),
  };
}

export function questionById(form: Form, id: string): Question<unknown> | undefined {
  return form.find((q) => q.id === id);
}

/** The question whose edit button is `choice`, if any. */
export function questionForEdit(form: Form, choice: string): Question<unknown> | undefined {
  return form.find((q) => q.edit?.id === choice);
}

export function editChoices(form: Form): Choice[] {
  return form.flatMap((q) => (q.edit ? [q.edit] : []));
}

export function formSummary(form: Form, answers: Answers): PromptLine[] {
  return form.flatMap((q) => (q.summary ? [q.summary(answers[q.id])] : []));
}

export type FormStep =
  /** Answer taken; ask `id` next. */
  | { type: 'next'; id: string; answers: Answers }
  /** Answer taken and nothing left to ask here: the caller decides where the dialog goes. */
  | { type: 'done'; answers: Answers }
  /** Not an answer: show the hint and keep asking the same question. */
  | { type: 'hint'; prompt: Prompt };

/**
 * One input to the form's question `at`. Questions are asked in list order; while `editing`,
 * an answer ends the form so the caller can return to its own place (a summary). An `at` no
 * longer in the form (a question removed while a dialog was saved on it) ends it too: there is
 * nothing left to ask there, and a dialog stuck on a missing question could never finish.
 */
export function stepForm(
  form: Form,
  at: string,
  answers: Answers,
  input: Inbound,
  editing: boolean,
): FormStep {
  const index = form.findIndex((q) => q.id === at);
  const question = form[index];
  if (!question) return { type: 'done', answers };
  const reading = question.read(input);
  if (!reading.ok) {
    const prompt: Prompt = {
      key: reading.hint,
      ...(reading.args ? { args: reading.args } : {}),
      expects: 'none',
    };
    return { type: 'hint', prompt };
  }
  const next = { ...answers, [question.id]: reading.value };
  const following = form[index + 1];
  return editing || !following
    ? { type: 'done', answers: next }
    : { type: 'next', id: following.id, answers: next };
}
