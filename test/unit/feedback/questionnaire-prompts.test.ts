/**
 * What each 360° questionnaire step shows, compared whole: the value's position, its indicator or
 * rating lines, the frequency or expectation buttons with "Kembali" only when moving forward, and
 * the answers echoed back to a named rater (appraiser, self) but never to an anonymous one (a peer:
 * every message is kept in the outbound queue with its addressee).
 */
import { describe, expect, it } from 'vitest';
import {
  beginQuestionnaire,
  type QuestionnaireState,
} from '../../../src/core/feedback/questionnaire-flow.js';
import { promptFor } from '../../../src/core/feedback/questionnaire-prompts.js';
import { stepsFor } from '../../../src/core/feedback/questionnaire-steps.js';

type Relation = QuestionnaireState['relation'];

function state(relation: Relation, patch: Partial<QuestionnaireState> = {}): QuestionnaireState {
  return {
    ...beginQuestionnaire({
      nonce: 'n1',
      cycleId: 5,
      rateeId: 9,
      rateeName: 'Sari Wulandari',
      relation,
      minRaters: 3,
      expectations: relation === 'appraiser' ? { akuntabel: 'Laporan keuangan tepat waktu' } : {},
    }).state,
    ...patch,
  };
}

/** The cursor of a step, by its position in the relation's list. */
const cursorOf = (relation: Relation, match: (s: ReturnType<typeof stepsFor>[number]) => boolean) =>
  stepsFor(relation).findIndex(match);

const FREQUENCY = [
  [
    { id: 's1', label: 'berakhlak-frequency-1' },
    { id: 's2', label: 'berakhlak-frequency-2' },
    { id: 's3', label: 'berakhlak-frequency-3' },
  ],
  [
    { id: 's4', label: 'berakhlak-frequency-4' },
    { id: 's5', label: 'berakhlak-frequency-5' },
  ],
  [{ id: 'na', label: 'berakhlak-frequency-none' }],
];
const BACK_ROW = [{ id: 'kembali', label: 'fb360-btn-back' }];

describe('an indicator', () => {
  it('shows the first value’s first indicator without Kembali', () => {
    expect(promptFor(state('peer'))).toEqual({
      key: 'fb360-value-head',
      args: { n: 1, total: 7 },
      lines: [
        { key: 'berakhlak-berorientasi-pelayanan' },
        { key: 'berakhlak-berorientasi-pelayanan-definition' },
        { key: 'fb360-indicator', args: { i: 1, total: 3 } },
        { key: 'berakhlak-berorientasi-pelayanan-1' },
        { key: 'fb360-item-question', args: { name: 'Sari Wulandari', relation: 'peer' } },
      ],
      choices: FREQUENCY,
      expects: 'choice',
    });
  });

  it('offers Kembali further on, not while editing from the summary, and echoes a named rater’s score', () => {
    const cursor = cursorOf('self', (s) => s.at === 'item' && s.value === 'akuntabel' && s.indicator === 2);
    const scores = { akuntabel: [4, 5, 2] };
    const self = promptFor(state('self', { cursor, scores }));
    expect(self.args).toEqual({ n: 2, total: 7 });
    expect(self.lines?.slice(2)).toEqual([
      { key: 'fb360-indicator', args: { i: 3, total: 3 } },
      { key: 'berakhlak-akuntabel-3' },
      { key: 'fb360-item-question', args: { name: 'Sari Wulandari', relation: 'self' } },
      { key: 'fb360-current-score', args: { score: 2 } },
    ]);
    expect(self.choices).toEqual([...FREQUENCY, BACK_ROW]);
    expect(promptFor(state('self', { cursor, scores, editing: true })).choices).toEqual(FREQUENCY);
    // A peer's answer is not echoed.
    const peer = promptFor(state('peer', { cursor, scores }));
    expect(peer.lines?.map((l) => l.key)).not.toContain('fb360-current-score');
  });
});

describe('an appraiser’s rating', () => {
  it('shows the three indicators, the ekspektasi khusus pimpinan and the current rating', () => {
    const cursor = cursorOf('appraiser', (s) => s.at === 'rating' && s.value === 'akuntabel');
    const prompt = promptFor(state('appraiser', { cursor, ratings: { akuntabel: 'above' } }));
    expect(prompt).toEqual({
      key: 'fb360-value-head',
      args: { n: 2, total: 7 },
      lines: [
        { key: 'berakhlak-akuntabel' },
        { key: 'berakhlak-akuntabel-definition' },
        { key: 'fb360-rating-indicators' },
        { key: 'berakhlak-akuntabel-1' },
        { key: 'berakhlak-akuntabel-2' },
        { key: 'berakhlak-akuntabel-3' },
        { key: 'fb360-expectation', args: { text: 'Laporan keuangan tepat waktu' } },
        { key: 'fb360-rating-question', args: { name: 'Sari Wulandari' } },
        { key: 'fb360-current-rating', args: { rating: 'above' } },
      ],
      choices: [
        [{ id: 'bawah', label: 'berakhlak-expectation-below' }],
        [{ id: 'sesuai', label: 'berakhlak-expectation-meets' }],
        [{ id: 'atas', label: 'berakhlak-expectation-above' }],
        BACK_ROW,
      ],
      expects: 'choice',
    });
    const first = promptFor(state('appraiser'));
    expect(first.lines?.slice(6)).toEqual([
      { key: 'fb360-expectation-none' },
      { key: 'fb360-rating-question', args: { name: 'Sari Wulandari' } },
    ]);
    expect(first.choices).toHaveLength(3);
  });
});

describe('a comment', () => {
  it('asks for one with Lewati, or shows a named rater’s own with Tetap and Hapus', () => {
    const cursor = cursorOf('appraiser', (s) => s.at === 'comment' && s.value === 'kompeten');
    expect(promptFor(state('appraiser', { cursor }))).toEqual({
      key: 'fb360-comment-ask',
      args: { name: 'Sari Wulandari', max: 1000 },
      lines: [{ key: 'berakhlak-kompeten' }],
      choices: [[{ id: 'lewati', label: 'fb360-btn-skip' }], BACK_ROW],
      expects: 'text',
    });
    const written = promptFor(state('appraiser', { cursor, comments: { kompeten: 'Cepat belajar' } }));
    expect(written.lines).toEqual([
      { key: 'berakhlak-kompeten' },
      { key: 'fb360-current-comment', args: { text: 'Cepat belajar' } },
    ]);
    expect(written.choices).toEqual([
      [
        { id: 'lewati', label: 'fb360-btn-keep' },
        { id: 'hapus', label: 'fb360-btn-clear' },
      ],
      BACK_ROW,
    ]);
  });

  it('tells a peer only that a comment is written, and asks the overall comment without a value', () => {
    const cursor = cursorOf('peer', (s) => s.at === 'comment' && s.value === 'kompeten');
    const peer = promptFor(state('peer', { cursor, comments: { kompeten: 'Cepat belajar' } }));
    expect(peer.lines).toEqual([{ key: 'berakhlak-kompeten' }, { key: 'fb360-comment-written' }]);
    const overall = promptFor(state('peer', { cursor: cursorOf('peer', (s) => s.at === 'overall') }));
    expect(overall).toMatchObject({ key: 'fb360-overall-ask', lines: [], expects: 'text' });
  });
});

describe('the summary', () => {
  const summary = (relation: Relation, patch: Partial<QuestionnaireState>) =>
    promptFor(state(relation, { cursor: cursorOf(relation, (s) => s.at === 'summary'), ...patch }));

  it('shows an appraiser’s ratings and comments, with Kirim and an edit button per value', () => {
    const prompt = summary('appraiser', {
      ratings: { 'berorientasi-pelayanan': 'meets' },
      comments: { 'berorientasi-pelayanan': 'Ramah', overall: 'Terus tingkatkan' },
    });
    expect(prompt.key).toBe('fb360-summary');
    expect(prompt.args).toEqual({ name: 'Sari Wulandari', relation: 'appraiser' });
    expect(prompt.lines?.slice(0, 4)).toEqual([
      { key: 'berakhlak-berorientasi-pelayanan' },
      { key: 'fb360-summary-rating', args: { rating: 'meets' } },
      { key: 'fb360-summary-comment', args: { text: 'Ramah' } },
      { key: 'berakhlak-akuntabel' },
    ]);
    expect(prompt.lines?.[4]).toEqual({ key: 'fb360-summary-rating', args: { rating: 'none' } });
    expect(prompt.lines?.slice(-2)).toEqual([
      { key: 'fb360-summary-overall', args: { text: 'Terus tingkatkan' } },
      { key: 'fb360-summary-hint' },
    ]);
    expect(prompt.choices).toEqual([
      [{ id: 'kirim', label: 'fb360-btn-send' }],
      [
        { id: 'e0', label: 'berakhlak-berorientasi-pelayanan' },
        { id: 'e1', label: 'berakhlak-akuntabel' },
      ],
      [
        { id: 'e2', label: 'berakhlak-kompeten' },
        { id: 'e3', label: 'berakhlak-harmonis' },
      ],
      [
        { id: 'e4', label: 'berakhlak-loyal' },
        { id: 'e5', label: 'berakhlak-adaptif' },
      ],
      [
        { id: 'e6', label: 'berakhlak-kolaboratif' },
        { id: 'eu', label: 'fb360-btn-edit-overall' },
      ],
    ]);
  });

  it('shows one’s own scores to oneself (-1 unanswered), and a peer only how many were answered', () => {
    const self = summary('self', { scores: { 'berorientasi-pelayanan': [5, 0] } });
    expect(self.lines?.slice(0, 2)).toEqual([
      { key: 'berakhlak-berorientasi-pelayanan' },
      { key: 'fb360-summary-scores', args: { a: 5, b: 0, c: -1 } },
    ]);
    expect(self.lines?.[3]).toEqual({ key: 'fb360-summary-scores', args: { a: -1, b: -1, c: -1 } });
    expect(self.lines?.at(-2)).toEqual({ key: 'fb360-summary-overall-none' });

    const peer = summary('peer', {
      scores: { 'berorientasi-pelayanan': [5, 0, 3] },
      comments: { 'berorientasi-pelayanan': 'Ramah', overall: 'Terus tingkatkan' },
    });
    expect(peer.lines?.slice(0, 4)).toEqual([
      { key: 'berakhlak-berorientasi-pelayanan' },
      { key: 'fb360-summary-answered', args: { answered: 3, total: 3 } },
      { key: 'fb360-summary-commented' },
      { key: 'berakhlak-akuntabel' },
    ]);
    expect(peer.lines?.[4]).toEqual({ key: 'fb360-summary-answered', args: { answered: 0, total: 3 } });
    expect(peer.lines?.at(-2)).toEqual({ key: 'fb360-summary-overall-written' });
    expect(JSON.stringify(peer)).not.toContain('Ramah');
  });
});
