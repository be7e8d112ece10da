import { describe, expect, it } from 'vitest';
import {
  DIALOG_RECORD_KIND,
  type DialogRecordState,
  dialogRecordFlow,
  exampleReviewDate,
} from '../../../src/core/appraisal/dialog-record-flow.js';
import type { Inbound } from '../../../src/core/conversation/types.js';
import { renderPrompts } from '../../../src/i18n/render-prompt.js';
import { Translator } from '../../../src/i18n/translator.js';

// Tuesday 1 December 2026, 10.00 WIB.
const NOW = new Date('2026-12-01T03:00:00Z');

function begin(): DialogRecordState {
  return {
    kind: DIALOG_RECORD_KIND,
    nonce: 'n1',
    seq: 0,
    requestId: 7,
    employeeId: 42,
    employeeName: 'Dewi',
    timeZone: 'Asia/Jakarta',
    step: 'agreement',
    example: exampleReviewDate(NOW, 'Asia/Jakarta'),
  };
}

const text = (t: string): Inbound => ({ type: 'text', text: t });
const press = (state: DialogRecordState, choice: string): Inbound => ({
  type: 'choice',
  kind: DIALOG_RECORD_KIND,
  choice,
  seq: state.seq,
  nonce: state.nonce,
});

function run(inputs: Array<(s: DialogRecordState) => Inbound>) {
  let state: DialogRecordState | null = begin();
  let last = dialogRecordFlow.step(state, inputs[0]!(state), NOW);
  state = last.state;
  for (const input of inputs.slice(1)) {
    if (!state) throw new Error('dialog ended early');
    last = dialogRecordFlow.step(state, input(state), NOW);
    state = last.state;
  }
  return last;
}

describe('the dialog-kinerja record', () => {
  it('asks agreement, follow-up and the next review, then records all three', () => {
    const done = run([
      () => text('  Target TW IV dipercepat  '),
      () => text('Rapat koordinasi tiap Senin'),
      () => text('29/12'),
    ]);
    expect(done.state).toBeNull();
    expect(done.effects).toEqual([
      {
        type: 'record',
        requestId: 7,
        employeeId: 42,
        agreement: 'Target TW IV dipercepat',
        followUp: 'Rapat koordinasi tiap Senin',
        nextReviewOn: '2026-12-29',
      },
    ]);
    expect(done.prompts[0]?.key).toBe('dialog-record-saved');
  });

  it('lets follow-up and the review date be skipped, but not the agreement', () => {
    const first = dialogRecordFlow.step(begin(), press(begin(), 'lewati'), NOW);
    expect(first.refusal).toBe('stale-button');
    expect(first.effects).toEqual([]);
    const done = run([() => text('Sepakat'), (s) => press(s, 'lewati'), (s) => press(s, 'lewati')]);
    expect(done.effects).toEqual([
      {
        type: 'record',
        requestId: 7,
        employeeId: 42,
        agreement: 'Sepakat',
        followUp: null,
        nextReviewOn: null,
      },
    ]);
  });

  it('offers Lewati only after the agreement', () => {
    const agreement = dialogRecordFlow.currentPrompt(begin());
    expect(agreement.choices?.flat().map((c) => c.id)).toEqual(['batal']);
    const next = dialogRecordFlow.step(begin(), text('Sepakat'), NOW);
    expect(next.prompts[0]?.choices?.flat().map((c) => c.id)).toEqual(['lewati', 'batal']);
    expect(next.prompts[0]?.key).toBe('dialog-record-ask-follow-up');
  });

  it.each([
    ['kemarin', 'dialog-record-hint-date'],
    ['30/11/2026', 'dialog-record-hint-past'],
    ['1/12/2026', 'dialog-record-hint-past'],
    ['3/12/2027', 'dialog-record-hint-far'],
  ])('refuses the review date %s with %s and keeps asking', (typed, hint) => {
    const asked = run([() => text('Sepakat'), (s) => press(s, 'lewati')]);
    const state = asked.state!;
    const after = dialogRecordFlow.step(state, text(typed), NOW);
    expect(after.prompts[0]?.key).toBe(hint);
    expect(after.effects).toEqual([]);
    expect(after.state).toMatchObject({ step: 'next-review', seq: state.seq + 1 });
  });

  it('takes tomorrow and a date a year ahead as review dates', () => {
    for (const [typed, date] of [
      ['2/12', '2026-12-02'],
      ['2/12/2027', '2027-12-02'],
    ] as const) {
      const done = run([() => text('Sepakat'), (s) => press(s, 'lewati'), () => text(typed)]);
      expect(done.effects[0]?.nextReviewOn).toBe(date);
    }
  });

  it('refuses empty, file and over-long answers, and cancels with nothing recorded', () => {
    expect(dialogRecordFlow.step(begin(), text('  \u0000 '), NOW).prompts[0]?.key).toBe(
      'dialog-record-hint-text',
    );
    const file: Inbound = { type: 'file', file: { platform: 'telegram', fileId: 'f', kind: 'file' } };
    expect(dialogRecordFlow.step(begin(), file, NOW).prompts[0]?.key).toBe('dialog-record-hint-text');
    const long = dialogRecordFlow.step(begin(), text('x'.repeat(1001)), NOW);
    expect(long.prompts[0]).toMatchObject({
      key: 'dialog-record-hint-long',
      args: { max: 1000, length: 1001 },
    });
    expect(dialogRecordFlow.step(begin(), text('x'.repeat(1000)), NOW).state?.step).toBe('follow-up');
    const cancelled = dialogRecordFlow.step(begin(), press(begin(), 'batal'), NOW);
    expect(cancelled).toMatchObject({ state: null, effects: [] });
    expect(cancelled.prompts[0]?.key).toBe('dialog-record-cancelled');
  });

  it('reads in both languages, with the example date and the record', () => {
    const translator = new Translator();
    const asked = run([() => text('Sepakat'), (s) => press(s, 'lewati')]);
    const id = renderPrompts(translator, 'id', asked.prompts).text;
    expect(id).toContain('misalnya 29/12');
    const done = run([() => text('Sepakat'), (s) => press(s, 'lewati'), () => text('29/12')]);
    expect(renderPrompts(translator, 'id', done.prompts).text).toContain(
      'Reviu berikutnya: 29 Desember 2026',
    );
    expect(renderPrompts(translator, 'en', done.prompts).text).toContain('Next review: 29 December 2026');
    const none = run([() => text('Sepakat'), (s) => press(s, 'lewati'), (s) => press(s, 'lewati')]);
    expect(renderPrompts(translator, 'id', none.prompts).text).toContain(
      'Reviu berikutnya: belum ditentukan',
    );
  });
});
