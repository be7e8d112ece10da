/** The questionnaire's steps: answers per indicator, ratings, comments, back, edit, summary, Kirim. */
import { describe, expect, it } from 'vitest';
import type { Inbound } from '../../../src/core/conversation/types.js';
import { BERAKHLAK_VALUES } from '../../../src/core/feedback/berakhlak.js';
import {
  beginQuestionnaire,
  COMMENT_MAX_CHARS,
  type QuestionnaireState,
  questionnaireFlow,
  type SubmitEffect,
} from '../../../src/core/feedback/questionnaire-flow.js';

const now = new Date('2026-12-02T02:00:00Z');
const begin = (relation: 'peer' | 'appraiser' | 'self' = 'peer') =>
  beginQuestionnaire({
    nonce: 'n1',
    cycleId: 5,
    rateeId: 9,
    rateeName: 'Sari Wulandari',
    relation,
    minRaters: 3,
    expectations: relation === 'appraiser' ? { akuntabel: 'Laporan keuangan tepat waktu' } : {},
  });

function press(state: QuestionnaireState, choice: string) {
  return questionnaireFlow.step(
    state,
    { type: 'choice', choice, seq: state.seq, kind: state.kind, nonce: state.nonce },
    now,
  );
}
const type = (state: QuestionnaireState, text: string) =>
  questionnaireFlow.step(state, { type: 'text', text } as Inbound, now);

/** Answers every question with `choice` (comments skipped) until the summary. */
function fillAll(state: QuestionnaireState, choice: string): QuestionnaireState {
  let s = state;
  for (let i = 0; i < 100; i++) {
    const prompt = questionnaireFlow.currentPrompt(s);
    if (prompt.key === 'fb360-summary') return s;
    s = press(s, prompt.expects === 'text' ? 'lewati' : choice).state!;
  }
  throw new Error('no summary');
}

describe('questionnaireFlow', () => {
  it('starts with who sees what, then the first indicator with 5 levels and tidak dapat menilai', () => {
    const { state, prompts } = begin();
    expect(prompts[0]).toMatchObject({ key: 'fb360-intro', args: { relation: 'peer', k: 3 } });
    const q = prompts[1]!;
    expect(q.key).toBe('fb360-value-head');
    expect(q.lines?.map((l) => l.key)).toContain('berakhlak-berorientasi-pelayanan-1');
    expect(q.choices?.flat().map((c) => c.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 'na']);
    expect(state.cursor).toBe(0);
  });

  it('walks 3 indicators and a comment per value, then the overall comment and the summary', () => {
    let { state } = begin();
    state = press(state, 's4').state!;
    state = press(state, 's5').state!;
    state = press(state, 'na').state!;
    expect(questionnaireFlow.currentPrompt(state).key).toBe('fb360-comment-ask');
    state = type(state, '  Sangat membantu warga.  ').state!;
    expect(state.comments['berorientasi-pelayanan']).toBe('Sangat membantu warga.');
    expect(state.scores['berorientasi-pelayanan']).toEqual([4, 5, 0]);
    const summary = fillAll(state, 's3');
    const prompt = questionnaireFlow.currentPrompt(summary);
    expect(prompt.choices?.[0]).toEqual([{ id: 'kirim', label: 'fb360-btn-send' }]);
  });

  it('Kembali goes one question back; text where a button is expected re-asks with a hint', () => {
    let { state } = begin();
    state = press(state, 's2').state!;
    state = press(state, 'kembali').state!;
    expect(state.cursor).toBe(0);
    const hinted = type(state, 'sering');
    expect(hinted.prompts[0]!.key).toBe('fb360-hint-buttons');
    expect(hinted.state!.cursor).toBe(0);
  });

  it('an unknown or stale choice is refused without moving', () => {
    const { state } = begin();
    expect(press(state, 'bawah').refusal).toBe('stale-button');
  });

  it('a long comment is refused with its length', () => {
    let { state } = begin();
    for (const c of ['s1', 's1', 's1']) state = press(state, c).state!;
    const long = type(state, 'x'.repeat(COMMENT_MAX_CHARS + 1));
    expect(long.prompts[0]).toMatchObject({
      key: 'fb360-hint-long',
      args: { length: COMMENT_MAX_CHARS + 1 },
    });
    expect(long.state!.cursor).toBe(state.cursor);
  });

  it('editing a value from the summary returns to the summary after its comment', () => {
    const summary = fillAll(begin().state, 's3');
    let s = press(summary, 'e1').state!; // Akuntabel
    expect(questionnaireFlow.currentPrompt(s).lines?.map((l) => l.key)).toContain('berakhlak-akuntabel-1');
    for (const c of ['s5', 's5', 's5']) s = press(s, c).state!;
    s = type(s, 'Jujur dan cermat').state!;
    expect(questionnaireFlow.currentPrompt(s).key).toBe('fb360-summary');
    expect(s.scores.akuntabel).toEqual([5, 5, 5]);
  });

  it('Kirim ends the dialog with one submit effect holding all 21 answers and the comments', () => {
    let s = begin().state;
    for (const c of ['s4', 's5', 'na']) s = press(s, c).state!;
    s = type(s, 'Ramah').state!;
    s = fillAll(s, 's3');
    s = press(s, 'eu').state!;
    s = type(s, 'Terus semangat').state!;
    const sent = press(s, 'kirim');
    expect(sent.state).toBeNull();
    expect(sent.prompts[0]!.key).toBe('fb360-submitted');
    const effect = sent.effects[0] as SubmitEffect;
    expect(effect.answers).toHaveLength(21);
    expect(effect.answers.slice(0, 3)).toEqual([
      { value: 'berorientasi-pelayanan', indicator: 1, score: 4 },
      { value: 'berorientasi-pelayanan', indicator: 2, score: 5 },
      { value: 'berorientasi-pelayanan', indicator: 3, score: null },
    ]);
    expect(effect.comments).toEqual([
      { value: 'berorientasi-pelayanan', body: 'Ramah' },
      { value: null, body: 'Terus semangat' },
    ]);
  });

  it('the appraiser rates each value against expectation, with the ekspektasi shown or said missing', () => {
    const { state, prompts } = begin('appraiser');
    expect(prompts[0]!.args).toMatchObject({ relation: 'appraiser' });
    const first = prompts[1]!;
    expect(first.lines?.map((l) => l.key)).toContain('fb360-expectation-none');
    expect(first.choices?.flat().map((c) => c.id)).toEqual(['bawah', 'sesuai', 'atas']);
    let s = press(state, 'atas').state!;
    s = press(s, 'lewati').state!;
    expect(questionnaireFlow.currentPrompt(s).lines).toContainEqual({
      key: 'fb360-expectation',
      args: { text: 'Laporan keuangan tepat waktu' },
    });
    s = fillAll(s, 'sesuai');
    const effect = press(s, 'kirim').effects[0] as SubmitEffect;
    expect(effect.ratings).toHaveLength(BERAKHLAK_VALUES.length);
    expect(effect.ratings[0]).toEqual({ value: 'berorientasi-pelayanan', rating: 'above' });
    expect(effect.answers).toEqual([]);
  });

  it('resume bumps seq and shows the intro and the question again', () => {
    const { state } = begin();
    const resumed = questionnaireFlow.resume(state);
    expect(resumed.state.seq).toBe(state.seq + 1);
    expect(resumed.prompts.map((p) => p.key)).toEqual(['fb360-intro', 'fb360-value-head']);
  });

  it("never repeats an anonymous rater's answers or comments in a message (the outbound queue keeps them)", () => {
    let s = begin('peer').state;
    for (const c of ['s4', 's5', 'na']) s = press(s, c).state!;
    s = type(s, 'Teks komentar unik').state!;
    const summary = fillAll(s, 's2');
    const shown = JSON.stringify([
      questionnaireFlow.currentPrompt(summary),
      questionnaireFlow.currentPrompt(press(summary, 'e0').state!),
    ]);
    expect(shown).not.toContain('Teks komentar unik');
    expect(shown).not.toMatch(/fb360-summary-scores|fb360-current-score|fb360-current-comment/);
    // A self-assessment is one's own: it is shown back.
    const self = fillAll(begin('self').state, 's2');
    expect(JSON.stringify(questionnaireFlow.currentPrompt(self))).toContain('fb360-summary-scores');
  });
});
