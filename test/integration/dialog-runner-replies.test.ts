/**
 * The dialog runner's own decisions (src/services/dialogs/dialog-runner.ts), with a small flow of
 * the test's own so every reply can be compared whole: a button for no known dialog or for no
 * open one, a stale button, text with nothing open, a dialog the event pipeline already locked
 * (`preloaded`), and a dialog that ends (its row deleted). Written against mutants `npm run
 * mutate` left alive; every value a test reads is built inside the test (a value built while
 * vitest collects the tests is built with no mutant active).
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DialogState, Flow, StepResult } from '../../src/core/conversation/flow.js';
import type { Inbound, Prompt } from '../../src/core/conversation/types.js';
import { noteReply } from '../../src/services/dialogs/dialog-reply.js';
import { DialogRunner, type DialogService, replyOf } from '../../src/services/dialogs/dialog-runner.js';
import { type Notifier, unreachableNotifier } from '../../src/services/outbound/notifier.js';
import { type Person, personOf } from '../../src/services/people/person.js';
import {
  lockConversation,
  type StoredConversation,
  saveConversation,
} from '../../src/storage/repositories/conversations.js';
import { conversations } from '../../src/storage/schema.js';
import { transaction } from '../../src/storage/transaction.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const now = new Date('2026-03-02T02:00:00Z');

beforeEach(() => truncateAll(t.db));

interface QuizState extends DialogState {
  answers: string[];
}

type Applied = { person: number; channel: string; effect: string; now: Date; notifier: Notifier };

/**
 * A flow that keeps every text it is sent, shows two buttons after each, ends on `selesai` (with an
 * effect), refuses `tutup` as a closed week (state kept) and `usang` as a stale button.
 */
function quizFlow(kind: string): Flow<QuizState, string> {
  const ask = (state: QuizState): Prompt => ({
    key: `${kind}-ask`,
    args: { n: state.answers.length },
    choices: [[{ id: 'ya', label: 'ya' }], [{ id: 'tidak', label: 'tidak' }]],
    expects: 'choice',
  });
  return {
    kind,
    step(state, input: Inbound): StepResult<QuizState, string> {
      const said = input.type === 'text' ? input.text : input.type === 'choice' ? input.choice : 'file';
      if (said === 'usang')
        return { state, prompts: [], effects: [`usang-${kind}`], refusal: 'stale-button' };
      if (said === 'tutup')
        return { state, prompts: [{ key: 'closed', expects: 'none' }], effects: [], refusal: 'week-closed' };
      if (said === 'selesai')
        return {
          state: null,
          prompts: [{ key: `${kind}-done`, expects: 'none' }],
          effects: [`done-${kind}`],
        };
      const next = { ...state, seq: state.seq + 1, answers: [...state.answers, said] };
      return { state: next, prompts: [ask(next)], effects: [`said-${said}`, `after-${said}`] };
    },
    currentPrompt: ask,
    resume(state) {
      const next = { ...state, seq: state.seq + 1 };
      return { state: next, prompts: [ask(next)] };
    },
  };
}

function quizService(kind: string, applied: Applied[]): DialogService<QuizState, string> {
  return {
    flow: quizFlow(kind),
    async applyEffect(_tx, person, channel, effect, at, context) {
      applied.push({ person: person.id, channel, effect, now: at, notifier: context.notifier });
      // Storage refusing the write (a period closed meanwhile): the dialog ends with these prompts.
      if (effect === 'said-tolak') return { end: [{ key: 'refused-end', expects: 'none' }] };
    },
  };
}

const quizState = (kind: string, seq = 1): QuizState => ({ kind, nonce: `n-${kind}`, seq, answers: [] });

async function rig(options: { notifier?: Notifier } = {}) {
  const applied: Applied[] = [];
  const runner = new DialogRunner([quizService('quiz', applied), quizService('survei', applied)], options);
  const person: Person = personOf(await seedEmployee(t.db));
  const open = (kind: string, seq = 1, channel = 'telegram') =>
    saveConversation(t.db, { employeeId: person.id, kind, channel, state: quizState(kind, seq) });
  const stored = (kind: string) => lockConversation<QuizState>(t.db, person.id, kind);
  const rows = () => t.db.select().from(conversations).where(eq(conversations.employeeId, person.id));
  const noDialog: Prompt = { key: 'no-dialog', expects: 'none' };
  const answer = (input: Inbound, preloaded?: StoredConversation<unknown> | null) =>
    runner.answer(t.db, person, input, now, noDialog, preloaded);
  return { runner, person, applied, open, stored, rows, noDialog, answer };
}

describe('DialogRunner.answer: nothing to answer', () => {
  it('a button of a dialog nobody registered is stale, with nothing open, and touches nothing', async () => {
    const r = await rig();
    await r.open('quiz');
    const reply = await r.answer({ type: 'choice', kind: 'cuti', choice: 'ya', seq: 1, nonce: 'n-quiz' });
    expect(reply).toStrictEqual({ prompts: [], open: false, refusal: 'stale-button' });
    expect(r.applied).toEqual([]);
    expect((await r.stored('quiz'))?.version).toBe(1);
  });

  it('a button without a kind is stale too (the runner cannot tell its dialog)', async () => {
    const r = await rig();
    await r.open('quiz');
    const reply = await r.answer({ type: 'choice', choice: 'ya', seq: 1 });
    expect(reply).toStrictEqual({ prompts: [], open: false, refusal: 'stale-button' });
    expect(r.applied).toEqual([]);
  });

  it('a button of a known dialog that is not open is stale, with nothing open', async () => {
    const r = await rig();
    await r.open('survei');
    const reply = await r.answer({ type: 'choice', kind: 'quiz', choice: 'ya', seq: 1, nonce: 'n-quiz' });
    expect(reply).toStrictEqual({ prompts: [], open: false, refusal: 'stale-button' });
    expect(r.applied).toEqual([]);
    expect((await r.stored('survei'))?.version).toBe(1);
  });

  it('text with nothing open gets the no-dialog prompt alone, with no buttons and no refusal', async () => {
    const r = await rig();
    const reply = await r.answer({ type: 'text', text: 'halo' });
    expect(reply).toStrictEqual({ prompts: [r.noDialog], open: false });
    expect(r.applied).toEqual([]);
    expect(await r.rows()).toEqual([]);
  });

  it('text open for another person does not count', async () => {
    const r = await rig();
    const other = await seedEmployee(t.db);
    await saveConversation(t.db, {
      employeeId: other.id,
      kind: 'quiz',
      channel: 'telegram',
      state: quizState('quiz'),
    });
    expect(await r.answer({ type: 'text', text: 'halo' })).toStrictEqual({
      prompts: [r.noDialog],
      open: false,
    });
  });
});

describe('DialogRunner.answer: stale buttons of an open dialog', () => {
  it('an old step’s button is stale with the dialog still open, and steps nothing', async () => {
    const r = await rig();
    await r.open('quiz', 3);
    const reply = await r.answer({ type: 'choice', kind: 'quiz', choice: 'ya', seq: 2, nonce: 'n-quiz' });
    expect(reply).toStrictEqual({ prompts: [], open: true, refusal: 'stale-button' });
    expect(r.applied).toEqual([]);
    expect(await r.stored('quiz')).toMatchObject({ version: 1, state: { seq: 3, answers: [] } });
  });

  it('a button of an earlier run (another nonce) is stale with the dialog still open', async () => {
    const r = await rig();
    await r.open('quiz', 3);
    const reply = await r.answer({ type: 'choice', kind: 'quiz', choice: 'ya', seq: 3, nonce: 'lama' });
    expect(reply).toStrictEqual({ prompts: [], open: true, refusal: 'stale-button' });
    expect(r.applied).toEqual([]);
  });

  it('a flow that calls the input stale: the same reply, no effect applied, state not saved', async () => {
    const r = await rig();
    await r.open('quiz', 3);
    const reply = await r.answer({ type: 'choice', kind: 'quiz', choice: 'usang', seq: 3, nonce: 'n-quiz' });
    expect(reply).toStrictEqual({ prompts: [], open: true, refusal: 'stale-button' });
    expect(r.applied).toEqual([]);
    expect(await r.stored('quiz')).toMatchObject({ version: 1, state: { seq: 3 } });
  });
});

describe('DialogRunner.answer: stepping', () => {
  it('text goes to the dialog that asked last; the effect gets person, channel, time and notifier', async () => {
    const notifier: Notifier = { recipient: async () => undefined, notify: async () => true };
    const r = await rig({ notifier });
    await r.open('quiz', 1, 'slack');
    await r.open('survei', 4, 'telegram');
    const reply = await r.answer({ type: 'text', text: 'pertama' });
    expect(reply).toStrictEqual({
      prompts: [
        {
          key: 'survei-ask',
          args: { n: 1 },
          choices: [[{ id: 'ya', label: 'ya' }], [{ id: 'tidak', label: 'tidak' }]],
          expects: 'choice',
        },
      ],
      open: true,
      buttons: { kind: 'survei', nonce: 'n-survei', seq: 5 },
    });
    expect(r.applied.map((a) => a.effect)).toEqual(['said-pertama', 'after-pertama']);
    expect(r.applied[0]).toStrictEqual({
      person: r.person.id,
      channel: 'telegram',
      effect: 'said-pertama',
      now,
      notifier,
    });
    expect(r.applied[0]!.notifier).toBe(notifier);
    expect(await r.stored('survei')).toMatchObject({
      version: 2,
      channel: 'telegram',
      state: { kind: 'survei', seq: 5, answers: ['pertama'] },
    });
    expect(await r.stored('quiz')).toMatchObject({ version: 1, channel: 'slack', state: { seq: 1 } });
  });

  it('a button goes to its own dialog even when another asked later, and keeps that dialog’s channel', async () => {
    const r = await rig();
    await r.open('quiz', 2, 'slack');
    await r.open('survei', 1);
    const reply = await r.answer({ type: 'choice', kind: 'quiz', choice: 'ya', seq: 2, nonce: 'n-quiz' });
    expect(reply.open).toBe(true);
    expect(reply.buttons).toStrictEqual({ kind: 'quiz', nonce: 'n-quiz', seq: 3 });
    expect(r.applied.map((a) => [a.effect, a.channel])).toEqual([
      ['said-ya', 'slack'],
      ['after-ya', 'slack'],
    ]);
    expect(await r.stored('quiz')).toMatchObject({
      version: 2,
      channel: 'slack',
      state: { answers: ['ya'] },
    });
    expect(await r.stored('survei')).toMatchObject({ version: 1, state: { answers: [] } });
  });

  it('without a notifier the effects get the unreachable one', async () => {
    const r = await rig();
    await r.open('quiz');
    await r.answer({ type: 'text', text: 'a' });
    expect(r.applied[0]!.notifier).toBe(unreachableNotifier);
  });

  it('a refusal that keeps the dialog is passed on with the state saved', async () => {
    const r = await rig();
    await r.open('quiz', 2);
    const reply = await r.answer({ type: 'text', text: 'tutup' });
    expect(reply).toStrictEqual({
      prompts: [{ key: 'closed', expects: 'none' }],
      open: true,
      refusal: 'week-closed',
    });
    expect(await r.stored('quiz')).toMatchObject({ version: 2, state: { seq: 2 } });
  });

  it('an effect storage refuses ends the dialog with its prompts; later effects are not applied', async () => {
    const r = await rig();
    await r.open('quiz', 2);
    await r.open('survei', 1);
    const reply = await r.answer({ type: 'choice', kind: 'quiz', choice: 'tolak', seq: 2, nonce: 'n-quiz' });
    expect(reply).toStrictEqual({ prompts: [{ key: 'refused-end', expects: 'none' }], open: false });
    expect(r.applied.map((a) => a.effect)).toEqual(['said-tolak']);
    expect(await r.stored('quiz')).toBeUndefined();
    expect((await r.rows()).map((row) => [row.kind, row.version])).toEqual([['survei', 1]]);
  });

  it('a dialog that ends: effects applied, its row deleted, the reply closed without buttons', async () => {
    const r = await rig();
    await r.open('quiz', 2);
    await r.open('survei', 1);
    const reply = await r.answer({
      type: 'choice',
      kind: 'quiz',
      choice: 'selesai',
      seq: 2,
      nonce: 'n-quiz',
    });
    expect(reply).toStrictEqual({ prompts: [{ key: 'quiz-done', expects: 'none' }], open: false });
    expect(r.applied.map((a) => a.effect)).toEqual(['done-quiz']);
    expect(await r.stored('quiz')).toBeUndefined();
    // Only that dialog's row goes; the other stays as it was.
    expect((await r.rows()).map((row) => [row.kind, row.version])).toEqual([['survei', 1]]);
  });

  it('inside a transaction the end deletes the row at commit', async () => {
    const r = await rig();
    await r.open('quiz', 1);
    const reply = await transaction(t.db, (tx) =>
      r.runner.answer(tx, r.person, { type: 'text', text: 'selesai' }, now, r.noDialog),
    );
    expect(reply.open).toBe(false);
    expect(await r.rows()).toEqual([]);
  });
});

describe('DialogRunner.answer: a dialog the event pipeline already locked', () => {
  it('preloaded null means none open: text gets the no-dialog prompt even with a row stored', async () => {
    const r = await rig();
    await r.open('quiz');
    const reply = await r.answer({ type: 'text', text: 'halo' }, null);
    expect(reply).toStrictEqual({ prompts: [r.noDialog], open: false });
    expect(r.applied).toEqual([]);
    expect((await r.stored('quiz'))?.version).toBe(1);
  });

  it('preloaded null: a button is stale with nothing open', async () => {
    const r = await rig();
    await r.open('quiz');
    const reply = await r.answer(
      { type: 'choice', kind: 'quiz', choice: 'ya', seq: 1, nonce: 'n-quiz' },
      null,
    );
    expect(reply).toStrictEqual({ prompts: [], open: false, refusal: 'stale-button' });
  });

  it('a preloaded dialog is the one answered, without reading storage again', async () => {
    const r = await rig();
    await r.open('quiz', 1, 'telegram');
    await r.open('survei', 9, 'telegram');
    // Stored quiz is at seq 1; the preloaded copy (as locked by the pipeline) says seq 4 on slack.
    const locked = await r.stored('quiz');
    const preloaded = { ...locked!, channel: 'slack', state: { ...quizState('quiz', 4), answers: ['x'] } };
    const reply = await r.answer({ type: 'text', text: 'y' }, preloaded);
    expect(reply.buttons).toStrictEqual({ kind: 'quiz', nonce: 'n-quiz', seq: 5 });
    expect(r.applied.map((a) => [a.effect, a.channel])).toEqual([
      ['said-y', 'slack'],
      ['after-y', 'slack'],
    ]);
    expect(await r.stored('quiz')).toMatchObject({
      channel: 'slack',
      state: { seq: 5, answers: ['x', 'y'] },
    });
    expect(await r.stored('survei')).toMatchObject({ version: 1, state: { seq: 9 } });
  });

  it('a preloaded dialog of a kind nobody registered is an error', async () => {
    const r = await rig();
    const preloaded = { id: 1, kind: 'cuti', version: 1, channel: 'telegram', state: quizState('cuti') };
    await expect(r.answer({ type: 'text', text: 'y' }, preloaded)).rejects.toThrow(
      'no dialog registered for cuti',
    );
  });
});

describe('DialogRunner: registration and targets', () => {
  it('lists its kinds in order and refuses a kind registered twice', () => {
    const runner = new DialogRunner([quizService('quiz', []), quizService('survei', [])]);
    expect(runner.kinds).toEqual(['quiz', 'survei']);
    expect(() => runner.register(quizService('quiz', []))).toThrow('dialog quiz registered twice');
    expect(runner.kinds).toEqual(['quiz', 'survei']);
    expect(runner.register(quizService('cuti', []))).toBe(runner);
    expect(runner.kinds).toEqual(['quiz', 'survei', 'cuti']);
    expect(new DialogRunner().kinds).toEqual([]);
  });

  it('text and files may be for any dialog; a button only for its own registered kind', () => {
    const runner = new DialogRunner([quizService('quiz', []), quizService('survei', [])]);
    expect(runner.targetOf({ type: 'text', text: 'x' })).toEqual({ kinds: ['quiz', 'survei'] });
    expect(
      runner.targetOf({ type: 'file', file: { platform: 'telegram', fileId: 'f', kind: 'file' } }),
    ).toEqual({ kinds: ['quiz', 'survei'] });
    expect(runner.targetOf({ type: 'choice', kind: 'survei', choice: 'ya', seq: 1 })).toEqual({
      kinds: ['survei'],
    });
    expect(runner.targetOf({ type: 'choice', kind: 'cuti', choice: 'ya', seq: 1 })).toBeUndefined();
    expect(runner.targetOf({ type: 'choice', choice: 'ya', seq: 1 })).toBeUndefined();
  });
});

describe('DialogRunner: begin, resume, cancel', () => {
  it('begin stores a dialog begun and answers with its buttons', async () => {
    const r = await rig();
    const state = quizState('quiz', 1);
    const prompt: Prompt = { key: 'q', choices: [[{ id: 'a', label: 'a' }]], expects: 'choice' };
    const reply = await r.runner.begin(t.db, r.person, 'slack', 'quiz', { state, prompts: [prompt] });
    expect(reply).toStrictEqual({
      prompts: [prompt],
      open: true,
      buttons: { kind: 'quiz', nonce: 'n-quiz', seq: 1 },
    });
    expect(await r.stored('quiz')).toMatchObject({ channel: 'slack', state });
  });

  it('begin with nothing to ask drops the open dialog only when told there was one', async () => {
    const r = await rig();
    await r.open('quiz');
    const note: Prompt = { key: 'nothing', expects: 'none' };
    const kept = await r.runner.begin(t.db, r.person, 'telegram', 'quiz', { state: null, prompts: [note] });
    expect(kept).toStrictEqual({ prompts: [note], open: false });
    expect((await r.stored('quiz'))?.version).toBe(1);
    await r.runner.begin(t.db, r.person, 'telegram', 'quiz', { state: null, prompts: [note] }, true);
    expect(await r.stored('quiz')).toBeUndefined();
  });

  it('resume bumps the step on the given channel, or the dialog’s own', async () => {
    const r = await rig();
    await r.open('quiz', 2, 'slack');
    const first = await r.runner.resume(t.db, r.person, (await r.stored('quiz'))!);
    expect(first.buttons).toStrictEqual({ kind: 'quiz', nonce: 'n-quiz', seq: 3 });
    expect(first.open).toBe(true);
    expect(await r.stored('quiz')).toMatchObject({ channel: 'slack', version: 2, state: { seq: 3 } });
    await r.runner.resume(t.db, r.person, (await r.stored('quiz'))!, 'telegram');
    expect(await r.stored('quiz')).toMatchObject({ channel: 'telegram', version: 3, state: { seq: 4 } });
  });

  it('cancel says whether a dialog of that kind was open and drops only it', async () => {
    const r = await rig();
    await r.open('quiz');
    await r.open('survei');
    expect(await r.runner.cancel(t.db, r.person, 'quiz')).toBe(true);
    expect(await r.runner.cancel(t.db, r.person, 'quiz')).toBe(false);
    expect((await r.rows()).map((row) => row.kind)).toEqual(['survei']);
  });

  it('lock reads the open dialog of one kind', async () => {
    const r = await rig();
    await r.open('survei', 7);
    expect(await r.runner.lock(t.db, r.person, 'survei')).toMatchObject({
      kind: 'survei',
      state: { seq: 7 },
    });
    expect(await r.runner.lock(t.db, r.person, 'quiz')).toBeUndefined();
  });
});

describe('replyOf and noteReply', () => {
  it('buttons only when a dialog is open and a prompt has choices', () => {
    const state = quizState('quiz', 2);
    const plain: Prompt = { key: 'a', expects: 'text' };
    const empty: Prompt = { key: 'b', choices: [], expects: 'text' };
    const withChoices: Prompt = { key: 'c', choices: [[{ id: 'x', label: 'x' }]], expects: 'choice' };
    expect(replyOf(state, [plain, empty])).toStrictEqual({ prompts: [plain, empty], open: true });
    expect(replyOf(state, [plain, withChoices])).toStrictEqual({
      prompts: [plain, withChoices],
      open: true,
      buttons: { kind: 'quiz', nonce: 'n-quiz', seq: 2 },
    });
    expect(replyOf(null, [withChoices])).toStrictEqual({ prompts: [withChoices], open: false });
    expect(replyOf(null, [], 'week-closed')).toStrictEqual({
      prompts: [],
      open: false,
      refusal: 'week-closed',
    });
  });

  it('a note is never open and carries a refusal only when given', () => {
    const p: Prompt = { key: 'n', expects: 'none' };
    expect(noteReply([p])).toStrictEqual({ prompts: [p], open: false });
    expect(noteReply([p], 'stale-button')).toStrictEqual({
      prompts: [p],
      open: false,
      refusal: 'stale-button',
    });
  });
});
