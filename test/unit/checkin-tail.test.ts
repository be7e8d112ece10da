import { describe, expect, it } from 'vitest';
import { resumeCheckin } from '../../src/core/checkin/begin.js';
import { checkinFlow } from '../../src/core/checkin/flow.js';
import { upgradeCheckinState } from '../../src/core/checkin/legacy-state.js';
import { editMenuPrompt, summaryLines } from '../../src/core/checkin/prompts.js';
import type { CheckinState } from '../../src/core/checkin/state.js';
import { stepCheckin } from '../../src/core/checkin/step.js';
import { toSubmission } from '../../src/core/checkin/submission.js';
import { CHECKIN_TAIL, tailAnswersOf, tailValues } from '../../src/core/checkin/tail-questions.js';
import { encodeButton, KIND_PATTERN } from '../../src/core/conversation/button-codec.js';
import type { Prompt } from '../../src/core/conversation/types.js';
import { begin, krs, now, run, type Step } from './checkin-fixtures.js';

/** Through the key results (skipping all three) to the first tail question. */
const toTail: Step[] = [{ tap: 'go' }, { tap: 'skip' }, { tap: 'skip' }, { tap: 'skip' }];
const atTail = () => run(begin(), toTail).state!;
const keys = (prompts: Prompt[]) => prompts.map((p) => p.key);

describe('check-in tail questions', () => {
  it('fill each submission field exactly once, in the order asked before', () => {
    expect(CHECKIN_TAIL.map((q) => [q.id, q.field])).toEqual([
      ['blockers', 'blockers'],
      ['support', 'supportNeeded'],
      ['next-actions', 'nextActions'],
      ['dialog', 'wantsDialog'],
    ]);
    expect(tailValues({})).toEqual({
      blockers: [],
      supportNeeded: null,
      nextActions: [],
      wantsDialog: false,
    });
    const stored = { blockers: ['a'], supportNeeded: 'Akses SIASN', nextActions: ['b'], wantsDialog: true };
    expect(tailValues(tailAnswersOf(stored))).toEqual(stored);
  });

  it.each<[string, Step[], unknown]>([
    ['"tidak ada" as no blockers', ['tidak ada'], { blockers: [] }],
    ['"-" as no blockers', ['-'], { blockers: [] }],
    ['the no-blockers button', [{ tap: 'none' }], { blockers: [] }],
    ['a typed list of blockers', ['1. Server lambat\n- Rapat'], { blockers: ['Server lambat', 'Rapat'] }],
    [
      'the skip button for the action plan',
      [{ tap: 'none' }, { tap: 'skip' }, { tap: 'skip' }],
      { blockers: [], support: null, 'next-actions': [] },
    ],
    ['the skip button for the support', [{ tap: 'none' }, { tap: 'skip' }], { blockers: [], support: null }],
    ['"tidak ada" as no support', ['-', 'tidak ada'], { blockers: [], support: null }],
    [
      'the support needed, cleaned, as one text',
      ['-', '  Akses ke\u0000 aplikasi SIASN\nDan anggaran  '],
      { blockers: [], support: 'Akses ke aplikasi SIASN\nDan anggaran' },
    ],
    ['"nihil" as no actions', ['-', '-', 'nihil'], { blockers: [], support: null, 'next-actions': [] }],
    [
      '"ya" for a dialogue',
      ['-', '-', '-', 'ya'],
      { blockers: [], support: null, 'next-actions': [], dialog: true },
    ],
    [
      'the no button',
      ['-', '-', '-', { tap: 'n' }],
      { blockers: [], support: null, 'next-actions': [], dialog: false },
    ],
  ])('take %s', (_name, steps, tail) => {
    expect(run(atTail(), steps).state!.tail).toEqual(tail);
  });

  it.each<[string, Step[], string]>([
    ['a skip button on blockers', [{ tap: 'skip' }], 'checkin-hint-text'],
    ['a file on blockers', [{ file: true }], 'checkin-hint-text'],
    ['the none button on the support', ['-', { tap: 'none' }], 'checkin-hint-text'],
    ['a file on the support', ['-', { file: true }], 'checkin-hint-text'],
    ['the none button on the action plan', ['-', '-', { tap: 'none' }], 'checkin-hint-text'],
    ['"mungkin" for a dialogue', ['-', '-', '-', 'mungkin'], 'checkin-hint-yes-no'],
  ])('answer %s with a hint and keep the question', (_name, steps, hint) => {
    const before = run(atTail(), steps.slice(0, -1)).state!;
    const r = run(before, steps.slice(-1));
    expect(keys(r.results[0]!.prompts)).toEqual([hint]);
    expect(r.state).toEqual(before);
  });

  it('keep the summary lines and edit menu buttons of before', () => {
    const s = run(atTail(), ['Anggaran\nSDM', 'Akses SIASN', { tap: 'skip' }, { tap: 'y' }]).state!;
    expect(s.cursor).toEqual({ at: 'summary' });
    expect(summaryLines(s).slice(-4)).toEqual([
      { key: 'checkin-summary-blockers', args: { count: 2, text: 'Anggaran; SDM' } },
      { key: 'checkin-summary-support', args: { text: 'Akses SIASN' } },
      { key: 'checkin-summary-actions', args: { count: 0, text: '' } },
      { key: 'checkin-summary-dialog', args: { wants: 'yes' } },
    ]);
    expect(editMenuPrompt(s).choices!.slice(krs.length)).toEqual([
      [
        { id: 'bl', label: 'checkin-btn-edit-blockers' },
        { id: 'sp', label: 'checkin-btn-edit-support' },
      ],
      [
        { id: 'na', label: 'checkin-btn-edit-actions' },
        { id: 'dl', label: 'checkin-btn-edit-dialog' },
      ],
      [{ id: 'back', label: 'checkin-btn-back' }],
    ]);
    const edited = run(s, [{ tap: 'edit' }, { tap: 'na' }, 'Rapat koordinasi']).state!;
    expect(edited.cursor).toEqual({ at: 'summary' });
    expect(edited.editing).toBe(false);
    expect(toSubmission(edited)).toMatchObject({
      blockers: ['Anggaran', 'SDM'],
      supportNeeded: 'Akses SIASN',
      nextActions: ['Rapat koordinasi'],
      wantsDialog: true,
    });
  });
});

describe('check-in state saved before the tail was a questionnaire', () => {
  /** How the previous code saved a dialog on its "next actions" question. */
  function legacy(at: string): CheckinState {
    const { tail: _tail, ...rest } = atTail();
    return { ...rest, cursor: { at }, blockers: ['Server lambat'] } as unknown as CheckinState;
  }

  it('continues at the same question with the answers given', () => {
    const upgraded = upgradeCheckinState(legacy('next-actions'));
    expect(upgraded.cursor).toEqual({ at: 'tail', id: 'next-actions' });
    expect(upgraded.tail).toEqual({ blockers: ['Server lambat'] });
    expect(upgraded).not.toHaveProperty('blockers');
    expect(checkinFlow.currentPrompt(legacy('next-actions')).key).toBe('checkin-next-actions');
    expect(checkinFlow.currentPrompt(legacy('dialog')).key).toBe('checkin-dialog');
    expect(keys(resumeCheckin(legacy('blockers')).prompts)).toEqual(['checkin-resume', 'checkin-blockers']);

    const done = run(legacy('next-actions'), ['Finalisasi', { tap: 'n' }]).state!;
    expect(done.cursor).toEqual({ at: 'summary' });
    // The support question came after this state was saved: never asked, stored as null.
    expect(toSubmission(done)).toMatchObject({
      blockers: ['Server lambat'],
      supportNeeded: null,
      nextActions: ['Finalisasi'],
      wantsDialog: false,
    });
  });

  it('leaves a current state untouched and sends a removed question to the summary', () => {
    const current = atTail();
    expect(upgradeCheckinState(current)).toBe(current);
    const lost = { ...current, cursor: { at: 'tail' as const, id: 'removed' } };
    expect(upgradeCheckinState(lost).cursor).toEqual({ at: 'summary' });
    expect(checkinFlow.currentPrompt(lost).key).toBe('checkin-summary');
  });
});

describe('the check-in flow', () => {
  it('has a kind that fits button payloads and matches its state', () => {
    expect(checkinFlow.kind).toMatch(KIND_PATTERN);
    expect(begin().kind).toBe(checkinFlow.kind);
  });

  it('steps, asks and resumes like the check-in functions, and every button it draws encodes', () => {
    const s = run(begin(), [{ tap: 'go' }, '2']).state!;
    expect(checkinFlow.step(s, { type: 'text', text: '7' }, now)).toEqual(
      stepCheckin(s, { type: 'text', text: '7' }, now),
    );
    expect(checkinFlow.currentPrompt(s).key).toBe('checkin-confidence');
    expect(checkinFlow.resume(s)).toEqual(resumeCheckin(s));
    const all = run(begin(), [...toTail, '-', '-', '-', 'y', { tap: 'edit' }]).results.flatMap(
      (r) => r.prompts,
    );
    for (const choice of all.flatMap((p) => p.choices?.flat() ?? [])) {
      expect(() =>
        encodeButton({ kind: checkinFlow.kind, nonce: s.nonce, seq: 1, choice: choice.id }),
      ).not.toThrow();
    }
  });

  it("refuses another dialog's button and another run's button", () => {
    const s = begin();
    const tap = { type: 'choice' as const, choice: 'go', seq: s.seq };
    expect(stepCheckin(s, { ...tap, kind: 'feedback' }, now).refusal).toBe('stale-button');
    expect(stepCheckin(s, { ...tap, nonce: 'zzzz' }, now).refusal).toBe('stale-button');
    expect(stepCheckin(s, { ...tap, kind: 'checkin', nonce: s.nonce }, now).refusal).toBeUndefined();
  });
});
