/** Every step of the umpan balik and dialog-time flows, compared whole: keys, hints, buttons, seq. */
import { describe, expect, it } from 'vitest';
import { localTimeArgs } from '../../src/core/appraisal/dialog-time.js';
import { type DialogTimeState, dialogTimeFlow } from '../../src/core/appraisal/dialog-time-flow.js';
import {
  FEEDBACK_MAX_CHARS,
  type FeedbackState,
  feedbackFlow,
} from '../../src/core/appraisal/feedback-flow.js';
import { zoneLabel } from '../../src/core/time/time-zone.js';

const now = new Date('2026-12-02T00:00:00.000Z');
const WITA = 'Asia/Makassar';
const FILE = { type: 'file' as const, file: { platform: 'telegram', fileId: 'f', kind: 'file' as const } };
const CANCEL_ROW = [{ id: 'batal', label: 'appraisal-btn-cancel' }];

describe('feedbackFlow steps', () => {
  const state: FeedbackState = {
    kind: 'umpan-balik',
    nonce: 'abc',
    seq: 4,
    checkinId: 7,
    employeeId: 3,
    keyResultId: null,
    indicator: null,
    weekStart: '2026-11-30',
    weekEnd: '2026-12-04',
    employeeName: 'Sari',
  };
  const subject = {
    name: 'Sari',
    indicator: 'none',
    start: { date: '2026-11-30' },
    end: { date: '2026-12-04' },
  };
  const asked = (key: string, args = {}) => ({
    key,
    args: { ...subject, ...args },
    choices: [CANCEL_ROW],
    expects: 'text',
  });

  it('asks, and asks again with a hint and the next seq', () => {
    expect(feedbackFlow.currentPrompt(state)).toEqual(asked('appraisal-feedback-ask'));
    const hint = {
      state: { ...state, seq: 5 },
      prompts: [asked('appraisal-feedback-hint-text')],
      effects: [],
    };
    expect(feedbackFlow.step(state, FILE, now)).toEqual(hint);
    expect(feedbackFlow.step(state, { type: 'text', text: ' \u0000 ' }, now)).toEqual(hint);
    const long = 'x'.repeat(FEEDBACK_MAX_CHARS + 1);
    expect(feedbackFlow.step(state, { type: 'text', text: long }, now)).toEqual({
      state: { ...state, seq: 5 },
      prompts: [
        asked('appraisal-feedback-hint-long', { max: FEEDBACK_MAX_CHARS, length: FEEDBACK_MAX_CHARS + 1 }),
      ],
      effects: [],
    });
    expect(feedbackFlow.resume!(state)).toEqual({
      state: { ...state, seq: 5 },
      prompts: [asked('appraisal-feedback-ask')],
    });
  });

  it('takes a text of exactly the limit, names the indicator, and ends', () => {
    const body = 'y'.repeat(FEEDBACK_MAX_CHARS);
    const onIndicator = { ...state, keyResultId: 9, indicator: 'Dokumen' };
    expect(feedbackFlow.step(onIndicator, { type: 'text', text: body }, now)).toEqual({
      state: null,
      prompts: [
        { key: 'appraisal-feedback-saved', args: { ...subject, indicator: 'Dokumen' }, expects: 'none' },
      ],
      effects: [
        {
          type: 'feedback',
          checkinId: 7,
          employeeId: 3,
          keyResultId: 9,
          body,
          indicator: 'Dokumen',
          weekStart: '2026-11-30',
          weekEnd: '2026-12-04',
        },
      ],
    });
  });

  it('cancels on its button and refuses any other button', () => {
    expect(feedbackFlow.step(state, { type: 'choice', choice: 'batal', seq: 4 }, now)).toEqual({
      state: null,
      prompts: [{ key: 'appraisal-feedback-cancelled', expects: 'none' }],
      effects: [],
    });
    expect(feedbackFlow.step(state, { type: 'choice', choice: 'o0', seq: 4 }, now)).toEqual({
      state,
      prompts: [],
      effects: [],
      refusal: 'stale-button',
    });
  });
});

describe('dialogTimeFlow steps', () => {
  const options = ['2026-12-03T01:00:00.000Z', '2026-12-01T01:00:00.000Z', '2026-12-03T05:00:00.000Z'];
  const state: DialogTimeState = {
    kind: 'waktu-dialog',
    nonce: 'abc',
    seq: 2,
    checkinId: 7,
    employeeId: 3,
    employeeName: 'Sari',
    timeZone: WITA,
    options,
  };
  const option = (n: number) => ({
    id: `o${n}`,
    label: 'appraisal-time-option',
    args: (({ date, hh, mm }) => ({ date, hh, mm }))(localTimeArgs(new Date(options[n]!), WITA)),
  });
  const asked = (key: string) => ({
    key,
    args: { name: 'Sari', zone: zoneLabel(WITA) },
    choices: [[option(0), option(1)], [option(2)], CANCEL_ROW],
    expects: 'text',
  });
  const stayed = (key: string) => ({ state: { ...state, seq: 3 }, prompts: [asked(key)], effects: [] });

  it('offers the options two a row, then the cancel button', () => {
    expect(dialogTimeFlow.currentPrompt(state)).toEqual(asked('appraisal-time-ask'));
    expect(dialogTimeFlow.resume!(state)).toEqual({
      state: { ...state, seq: 3 },
      prompts: [asked('appraisal-time-ask')],
    });
  });

  it('asks again with a hint for a past option, a file and a bad text', () => {
    expect(dialogTimeFlow.step(state, { type: 'choice', choice: 'o1', seq: 2 }, now)).toEqual(
      stayed('appraisal-time-hint-past'),
    );
    expect(dialogTimeFlow.step(state, FILE, now)).toEqual(stayed('appraisal-time-hint-format'));
    const bad = dialogTimeFlow.step(state, { type: 'text', text: 'besok saja' }, now);
    expect(bad.state).toEqual({ ...state, seq: 3 });
    expect(bad.prompts[0]!.key).toMatch(/^appraisal-time-hint-[a-z]+$/);
  });

  it('takes an option whose time is exactly now as past', () => {
    const at = new Date(options[0]!);
    expect(dialogTimeFlow.step(state, { type: 'choice', choice: 'o0', seq: 2 }, at)).toEqual(
      stayed('appraisal-time-hint-past'),
    );
  });

  it('cancels; refuses buttons that are not exactly an offered option', () => {
    expect(dialogTimeFlow.step(state, { type: 'choice', choice: 'batal', seq: 2 }, now)).toEqual({
      state: null,
      prompts: [{ key: 'appraisal-time-cancelled', expects: 'none' }],
      effects: [],
    });
    for (const choice of ['xo0', 'o0x', 'o7'])
      expect(dialogTimeFlow.step(state, { type: 'choice', choice, seq: 2 }, now)).toEqual({
        state,
        prompts: [],
        effects: [],
        refusal: 'stale-button',
      });
  });

  it('saves a chosen option with its time in the employee’s zone', () => {
    expect(dialogTimeFlow.step(state, { type: 'choice', choice: 'o2', seq: 2 }, now)).toEqual({
      state: null,
      prompts: [
        {
          key: 'appraisal-time-saved',
          args: { name: 'Sari', ...localTimeArgs(new Date(options[2]!), WITA) },
          expects: 'none',
        },
      ],
      effects: [{ type: 'propose', checkinId: 7, employeeId: 3, at: options[2] }],
    });
  });
});
