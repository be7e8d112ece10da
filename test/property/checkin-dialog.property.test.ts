/**
 * Random conversations with the check-in: realistic answers mixed with garbage, fresh and stale
 * button presses, files, the command typed again, a week that ends. Whatever happens, the step
 * never throws, the state it keeps is sound, and a submitted check-in can be stored as it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BeginInput, beginCheckin } from '../../src/core/checkin/begin.js';
import { checkinFlow } from '../../src/core/checkin/flow.js';
import type { KrSnapshot } from '../../src/core/checkin/key-result.js';
import type {
  CheckinEffect,
  CheckinState,
  CheckinSubmission,
  EvidenceItem,
} from '../../src/core/checkin/state.js';
import { CHECKIN_TAIL } from '../../src/core/checkin/tail-questions.js';
import {
  BUTTON_DATA_MAX_BYTES,
  encodeButton,
  NONCE_PATTERN,
} from '../../src/core/conversation/button-codec.js';
import type { Inbound, Prompt } from '../../src/core/conversation/types.js';
import { isStorableMeasure } from '../../src/core/numbers/measure.js';
import { isoWeekOf } from '../../src/core/time/iso-week.js';
import { formatAmount, renderPrompts } from '../../src/i18n/render-prompt.js';
import { LOCALES, Translator } from '../../src/i18n/translator.js';
import { amount, keyResults, REAL_UNITS, realUnit } from './arbitraries.js';
import { anyString, isStorableText, params, timeoutFor, typedText } from './fuzz.js';

const translator = new Translator();
const zone = 'Asia/Makassar';
const now = new Date('2026-11-25T03:00:00Z'); // Wednesday of 2026-W48
const nextWeek = new Date('2026-12-01T03:00:00Z');
const week = isoWeekOf(now, zone);
/** One dialog in ten: sequences are long, so 100,000 fuzz runs give 10,000 dialogs. */
const SHARE = 0.1;

/** What a person does next. Buttons are picked by position among those drawn so far. */
type Action =
  | { do: 'text'; text: string }
  | { do: 'tap'; pick: number }
  | { do: 'old-tap'; pick: number; nonce: 'same' | 'other' | 'none'; kind: 'checkin' | 'feedback' | 'none' }
  | { do: 'forged-tap'; choice: string; seq: number }
  | { do: 'file'; fileName: string | undefined }
  | { do: 'resume' }
  | { do: 'late' };

const answerText = fc.oneof(
  fc.constantFrom(
    'mulai',
    'Ya',
    'tidak',
    'sama',
    'selesai',
    '7',
    '10/10',
    '0',
    '-',
    'tidak ada',
    '7 dari 10',
    'Rp 1,5 juta',
    '65%',
    'https://drive.example.go.id/bukti.pdf',
    '3 https://x.go.id/a)',
    'Server lambat\n- Rapat bentrok',
    '1. Finalisasi draf\r\n2. Rapat\u0000',
  ),
  fc.tuple(amount, fc.constantFrom(...REAL_UNITS)).map(([value, unit]) => formatAmount('id', value, unit)),
  fc.integer({ min: -5, max: 20 }).map(String),
  typedText(40),
  anyString(40),
);

const action: fc.Arbitrary<Action> = fc.oneof(
  // The first button of a question leads on (start, same as last week, 1, skip, none, yes, submit):
  // favoured, so that many conversations get as far as the submit.
  {
    weight: 30,
    arbitrary: fc.record({
      do: fc.constant('tap' as const),
      pick: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.nat() }),
    }),
  },
  { weight: 25, arbitrary: fc.record({ do: fc.constant('text' as const), text: answerText }) },
  {
    weight: 10,
    arbitrary: fc.record({
      do: fc.constant('old-tap' as const),
      pick: fc.nat(),
      nonce: fc.constantFrom('same' as const, 'other' as const, 'none' as const),
      kind: fc.constantFrom('checkin' as const, 'feedback' as const, 'none' as const),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      do: fc.constant('forged-tap' as const),
      choice: fc.oneof(fc.constantFrom('k0', 'k3', 'k999', 'c0', 'c11', 'submit', 'bl', 'x'), anyString(8)),
      seq: fc.integer({ min: -1, max: 200 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      do: fc.constant('file' as const),
      fileName: fc.option(fc.oneof(fc.constant('bukti.pdf'), anyString(300)), { nil: undefined }),
    }),
  },
  { weight: 5, arbitrary: fc.constant({ do: 'resume' as const }) },
  { weight: 1, arbitrary: fc.constant({ do: 'late' as const }) },
);

/** A check-in stored earlier this week, to start a revision from. */
const submitted = (krs: KrSnapshot[]): fc.Arbitrary<BeginInput['submitted']> =>
  fc
    .record({
      id: fc.integer({ min: 1, max: 10_000 }),
      answers: fc.tuple(
        ...krs.map(() => fc.option(fc.tuple(amount, fc.integer({ min: 1, max: 10 })), { nil: undefined })),
      ),
      blockers: fc.array(fc.constantFrom('Server lambat', 'Rapat bentrok'), { maxLength: 2 }),
      nextActions: fc.array(fc.constant('Finalisasi draf'), { maxLength: 1 }),
      wantsDialog: fc.boolean(),
      supportNeeded: fc.option(fc.constant('Akses SIASN'), { nil: null }),
    })
    .map(({ id, answers, ...tail }) => {
      const submission: CheckinSubmission = {
        week,
        updates: krs.map((kr, i) => {
          const answer = answers[i];
          return {
            keyResultId: kr.id,
            value: answer ? answer[0] : null,
            skipped: !answer,
            confidence: answer ? answer[1] : null,
            evidence: [],
          };
        }),
        ...tail,
      };
      return { id, submission };
    });

const dialog = keyResults(
  fc.oneof({ weight: 4, arbitrary: realUnit }, { weight: 1, arbitrary: anyString(10) }),
).chain((krs) =>
  fc.record({
    krs: fc.constant(krs),
    nonce: fc.stringMatching(NONCE_PATTERN),
    // One dialog in five revises a check-in already sent this week.
    submitted: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: submitted(krs) },
    ),
    actions: fc.array(action, { minLength: 1, maxLength: 80, size: 'medium' }),
  }),
);

const counts = { dialogs: 0, steps: 0, submits: 0, staleRefused: 0 };

function renders(prompts: Prompt[], state: Pick<CheckinState, 'nonce' | 'seq'>): void {
  for (const locale of LOCALES) {
    // Translator.t throws on a missing key or a missing argument: rendering is the check.
    const message = renderPrompts(translator, locale, prompts);
    if (prompts.length > 0) expect(message.text.trim()).not.toBe('');
  }
  for (const prompt of prompts) {
    for (const choice of prompt.choices?.flat() ?? []) {
      const data = encodeButton({
        kind: checkinFlow.kind,
        nonce: state.nonce,
        seq: state.seq,
        choice: choice.id,
      });
      expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(BUTTON_DATA_MAX_BYTES);
    }
  }
}

function checkEvidence(items: EvidenceItem[]): void {
  for (const item of items) {
    if (item.kind === 'link') {
      expect(item.url).toMatch(/^https?:\/\//);
      expect(isStorableText(item.url)).toBe(true);
    } else {
      expect((item.fileName ?? '').length).toBeLessThanOrEqual(255);
      expect(isStorableText(item.fileName ?? '')).toBe(true);
    }
  }
}

function checkState(state: CheckinState, krs: KrSnapshot[]): void {
  // Stored as jsonb and read back by the next update: nothing may be lost or changed on the way.
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  expect(isStorableText(JSON.stringify(state))).toBe(true);
  const c = state.cursor;
  if ('kr' in c) {
    expect(Number.isInteger(c.kr) && c.kr >= 0 && c.kr < krs.length, JSON.stringify(c)).toBe(true);
  }
  if (c.at === 'confirm') expect(isStorableMeasure(c.value)).toBe(true);
  if (c.at === 'tail') expect(CHECKIN_TAIL.map((q) => q.id)).toContain(c.id);
  const ids = new Set(krs.map((kr) => String(kr.id)));
  for (const [id, answer] of Object.entries(state.answers)) {
    expect(ids.has(id)).toBe(true);
    if (answer.value !== undefined) expect(isStorableMeasure(answer.value)).toBe(true);
    if (answer.confidence !== undefined) expect(answer.confidence).toBeOneOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    checkEvidence(answer.evidence);
  }
  renders([checkinFlow.currentPrompt(state)], state);
}

function checkSubmission(submission: CheckinSubmission, state: CheckinState): void {
  expect(JSON.parse(JSON.stringify(submission))).toEqual(submission);
  expect(submission.week).toEqual(state.week);
  expect(submission.revisionOf).toBe(state.revisionOf);
  expect(submission.updates.map((u) => u.keyResultId)).toEqual(state.krs.map((kr) => kr.id));
  for (const update of submission.updates) {
    expect(update.skipped).toBe(update.value === null);
    if (update.value === null) {
      expect(update.confidence).toBeNull();
    } else {
      expect(isStorableMeasure(update.value)).toBe(true);
      expect(Object.is(update.value, -0)).toBe(false);
      expect(update.confidence).toBeOneOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
    checkEvidence(update.evidence);
  }
  for (const list of [submission.blockers, submission.nextActions]) {
    expect(list.length).toBeLessThanOrEqual(20);
    for (const item of list) {
      expect(item.length).toBeGreaterThan(0);
      expect(item.length).toBeLessThanOrEqual(1000);
      expect(isStorableText(item)).toBe(true);
    }
  }
  expect(typeof submission.wantsDialog).toBe('boolean');
}

function checkEffect(effect: CheckinEffect, state: CheckinState): void {
  if (effect.type === 'submit') {
    counts.submits++;
    checkSubmission(effect.submission, state);
  } else if (effect.type === 'snooze') {
    expect(Date.parse(effect.until)).toBeGreaterThan(now.getTime());
    expect(effect.week).toEqual(state.week);
  } else {
    expect(effect.week).toEqual(state.week);
  }
}

/** Buttons drawn so far, each with the seq and nonce it was drawn with: old keyboards stay on screen. */
interface Drawn {
  choice: string;
  seq: number;
}

function inputFor(a: Action, state: CheckinState, drawn: Drawn[], onScreen: Drawn[]): Inbound {
  switch (a.do) {
    case 'text':
      return { type: 'text', text: a.text };
    case 'tap': {
      const fresh = onScreen.length > 0 ? onScreen : drawn;
      const b = fresh[a.pick % Math.max(1, fresh.length)];
      return {
        type: 'choice',
        kind: 'checkin',
        nonce: state.nonce,
        choice: b?.choice ?? 'go',
        seq: b?.seq ?? state.seq,
      };
    }
    case 'old-tap': {
      const b = drawn[a.pick % Math.max(1, drawn.length)] ?? { choice: 'go', seq: 1 };
      const nonce =
        a.nonce === 'same' ? state.nonce : a.nonce === 'other' ? `${state.nonce}x`.slice(-8) : undefined;
      const kind = a.kind === 'none' ? undefined : a.kind;
      return {
        type: 'choice',
        choice: b.choice,
        seq: b.seq,
        ...(nonce !== undefined ? { nonce } : {}),
        ...(kind !== undefined ? { kind } : {}),
      };
    }
    case 'forged-tap':
      return { type: 'choice', kind: 'checkin', nonce: state.nonce, choice: a.choice, seq: a.seq };
    case 'file':
      return {
        type: 'file',
        file: {
          platform: 'telegram',
          fileId: 'F1',
          kind: 'file',
          ...(a.fileName !== undefined ? { fileName: a.fileName } : {}),
        },
      };
    case 'resume':
    case 'late':
      throw new Error(`${a.do} is not an input`);
  }
}

const isStale = (input: Inbound, state: CheckinState) =>
  input.type === 'choice' &&
  ((input.kind !== undefined && input.kind !== 'checkin') ||
    (input.nonce !== undefined && input.nonce !== state.nonce) ||
    input.seq !== state.seq);

describe('check-in dialog (property)', () => {
  it(
    'random conversations never throw, keep a sound state, and submit only storable check-ins',
    () => {
      fc.assert(
        fc.property(dialog, ({ krs, nonce, submitted, actions }) => {
          counts.dialogs++;
          const begun = beginCheckin({
            nonce,
            week,
            timeZone: zone,
            krs,
            ...(submitted ? { submitted } : {}),
          });
          expect(begun.state).not.toBeNull();
          let state = begun.state!;
          checkState(state, krs);
          renders(begun.prompts, state);
          const draw = (prompts: Prompt[], seq: number) =>
            prompts.flatMap((p) => p.choices?.flat() ?? []).map((c) => ({ choice: c.id, seq }));
          let onScreen = draw(begun.prompts, state.seq);
          const drawn = [...onScreen];

          for (const a of actions) {
            counts.steps++;
            if (a.do === 'resume') {
              const r = checkinFlow.resume(state);
              expect(r.state.seq).toBeGreaterThan(state.seq);
              renders(r.prompts, r.state);
              checkState(r.state, krs);
              state = r.state;
              onScreen = draw(r.prompts, state.seq);
              drawn.push(...onScreen);
              continue;
            }
            const input =
              a.do === 'late' ? { type: 'text' as const, text: 'sama' } : inputFor(a, state, drawn, onScreen);
            const r = checkinFlow.step(state, input, a.do === 'late' ? nextWeek : now);
            renders(r.prompts, r.state ?? state);
            if (a.do === 'late') {
              expect(r.state).toBeNull();
              expect(r.refusal).toBe('week-closed');
              return;
            }
            if (isStale(input, state)) {
              // An old keyboard, another dialog's button or a forged seq: nothing happens.
              counts.staleRefused++;
              expect(r).toEqual({ state, prompts: [], effects: [], refusal: 'stale-button' });
            }
            for (const effect of r.effects) checkEffect(effect, state);
            if (r.state === null) return;
            expect(r.state.seq).toBeGreaterThanOrEqual(state.seq);
            expect(r.state.nonce).toBe(state.nonce);
            expect(r.state.krs).toEqual(krs);
            checkState(r.state, krs);
            if (r.prompts.some((p) => p.choices?.length)) {
              onScreen = draw(r.prompts, r.state.seq);
              drawn.push(...onScreen);
            }
            state = r.state;
          }
        }),
        params(SHARE),
      );
    },
    timeoutFor(SHARE * 60),
  );

  it('reaches the submit often enough to matter', () => {
    // Guards the generator, not the code: were submits rare, the invariants above would test little.
    if (counts.dialogs >= 20) expect(counts.submits / counts.dialogs).toBeGreaterThan(0.05);
    console.info(
      `check-in property: ${counts.dialogs} dialogs, ${counts.steps} steps, ${counts.submits} submits, ${counts.staleRefused} stale presses refused`,
    );
  });
});
