import { describe, expect, it } from 'vitest';
import { beginCheckin, resumeCheckin } from '../../src/core/checkin/begin.js';
import type { KrSnapshot } from '../../src/core/checkin/key-result.js';
import { summaryPrompt } from '../../src/core/checkin/prompts.js';
import type { CheckinState, Cursor } from '../../src/core/checkin/state.js';
import { type StepResult, stepCheckin } from '../../src/core/checkin/step.js';
import type { Inbound } from '../../src/core/conversation/types.js';
import { isoWeekOf } from '../../src/core/time/iso-week.js';
import { renderPrompts } from '../../src/i18n/render-prompt.js';
import { krs as fixtureKrs, now, translator, zone } from './checkin-fixtures.js';

// The step's tables are written for two key results: one rising, one falling.
const krs: KrSnapshot[] = fixtureKrs.slice(0, 2);

function begin(submitted?: Parameters<typeof beginCheckin>[0]['submitted']) {
  const r = beginCheckin({
    nonce: 'abcd',
    week: isoWeekOf(now, zone),
    timeZone: zone,
    today: '2026-11-25',
    krs,
    ...(submitted ? { submitted } : {}),
  });
  if (!r.state) throw new Error('no state');
  return r.state;
}

type Step = string | { tap: string } | { file: true };
/** Feeds inputs one by one; a tap uses the current seq like a fresh button would. Renders every prompt in both languages. */
function run(
  start: CheckinState,
  steps: Step[],
  at: Date = now,
): { state: CheckinState | null; results: StepResult[] } {
  let state: CheckinState | null = start;
  const results: StepResult[] = [];
  for (const s of steps) {
    if (!state) throw new Error('dialog ended early');
    const input: Inbound =
      typeof s === 'string'
        ? { type: 'text', text: s }
        : 'tap' in s
          ? { type: 'choice', choice: s.tap, seq: state.seq }
          : {
              type: 'file',
              file: { platform: 'telegram', fileId: 'F1', kind: 'file', fileName: 'bukti.pdf' },
            };
    const r = stepCheckin(state, input, at);
    for (const locale of ['id', 'en'] as const) renderPrompts(translator, locale, r.prompts);
    results.push(r);
    state = r.state;
  }
  return { state, results };
}
const last = (r: { results: StepResult[] }) => r.results.at(-1)!;
const keys = (r: StepResult) => r.prompts.map((p) => p.key);

describe('check-in dialog', () => {
  it('walks a full check-in and submits every answer', () => {
    const r = run(begin(), [
      { tap: 'go' },
      '3',
      { tap: 'c7' },
      { tap: 'skip' },
      '10',
      { tap: 'c5' },
      'https://example.go.id/sop',
      'Server lambat\n- Rapat bentrok',
      'Akses ke aplikasi SIASN',
      '1. Finalisasi draf',
      { tap: 'y' },
    ]);
    expect(r.state!.cursor).toEqual({ at: 'summary' });
    const submit = stepCheckin(r.state!, { type: 'choice', choice: 'submit', seq: r.state!.seq }, now);
    expect(submit.state).toBeNull();
    expect(keys(submit)).toEqual(['checkin-summary-sent', 'checkin-submitted']);
    expect(submit.effects).toEqual([
      {
        type: 'submit',
        submission: {
          week: { key: '2026-W48', start: '2026-11-23', end: '2026-11-29' },
          updates: [
            { keyResultId: 11, value: 3, skipped: false, confidence: 7, evidence: [] },
            {
              keyResultId: 12,
              value: 10,
              skipped: false,
              confidence: 5,
              evidence: [{ kind: 'link', url: 'https://example.go.id/sop' }],
            },
          ],
          blockers: ['Server lambat', 'Rapat bentrok'],
          supportNeeded: 'Akses ke aplikasi SIASN',
          nextActions: ['Finalisasi draf'],
          wantsDialog: true,
        },
      },
    ]);
  });

  it.each<[string, Step[], string, Partial<Cursor>]>([
    ['text that is not a value', [{ tap: 'go' }, 'belum tahu'], 'checkin-hint-value', { at: 'value' }],
    [
      'a confidence out of range',
      [{ tap: 'go' }, '2', '11'],
      'checkin-hint-confidence',
      { at: 'confidence' },
    ],
    [
      'a link that is not a URL',
      [{ tap: 'go' }, '2', { tap: 'c6' }, 'lihat drive'],
      'checkin-hint-evidence',
      { at: 'evidence' },
    ],
    [
      'a value too large to store',
      [{ tap: 'go' }, '99999999999999999999'],
      'checkin-hint-value-range',
      { at: 'value' },
    ],
    [
      'a negative value too large to store',
      [{ tap: 'go' }, '-99999999999999999999'],
      'checkin-hint-value-range',
      { at: 'value' },
    ],
    ['typing at the opening', ['halo'], 'checkin-hint-use-buttons', { at: 'opening' }],
    [
      'an unclear yes/no',
      [
        { tap: 'go' },
        '2',
        { tap: 'c6' },
        { tap: 'skip' },
        '12',
        { tap: 'c6' },
        { tap: 'skip' },
        { tap: 'none' },
        { tap: 'skip' },
        { tap: 'skip' },
        'mungkin',
      ],
      'checkin-hint-yes-no',
      { at: 'tail', id: 'dialog' },
    ],
  ])('answers %s with a hint and stays on the question', (_name, steps, hintKey, at) => {
    const start = begin();
    const r = run(start, steps);
    expect(keys(last(r))).toEqual([hintKey]);
    expect(r.state!.cursor).toMatchObject(at);
    // A hint leaves the state as it was (same seq), so the buttons on screen keep working.
    const before = r.results.at(-2)?.state ?? start;
    expect(last(r).state).toEqual(before);
    expect(last(r).effects).toEqual([]);
  });

  it('asks to confirm an implausible value; "no" asks again, "yes" keeps it', () => {
    const backwards = run(begin(), [{ tap: 'go' }, '0']);
    expect(backwards.state!.cursor).toMatchObject({ at: 'confirm', reason: 'backwards', value: 0 });
    expect(keys(last(backwards))).toEqual(['checkin-confirm-backwards']);
    expect(run(backwards.state!, [{ tap: 'n' }]).state!.cursor).toEqual({ at: 'value', kr: 0 });
    expect(run(backwards.state!, ['2']).state!.cursor).toEqual({ at: 'confidence', kr: 0 });
    const yes = run(backwards.state!, [{ tap: 'y' }]);
    expect(yes.state!.cursor).toEqual({ at: 'confidence', kr: 0 });
    expect(yes.state!.answers['11']!.value).toBe(0);
  });

  it("names the largest value the database stores, in the person's language", () => {
    const r = run(begin(), [{ tap: 'go' }, '1.000.000.000.000.000']);
    expect(renderPrompts(translator, 'id', last(r).prompts).text).toContain('999.999.999.999.999');
    expect(renderPrompts(translator, 'en', last(r).prompts).text).toContain('999,999,999,999,999');
    // The buttons on screen still work, and a value in range goes on.
    expect(run(r.state!, ['2']).state!.cursor).toEqual({ at: 'confidence', kr: 0 });
  });

  it('"unchanged" takes last week\'s value; skip asks no confidence', () => {
    const r = run(begin(), [{ tap: 'go' }, { tap: 'same' }, { tap: 'c8' }, { tap: 'skip' }, { tap: 'skip' }]);
    expect(r.state!.answers['11']).toMatchObject({ value: 1, confidence: 8 });
    expect(r.state!.answers['12']).toMatchObject({ skipped: true });
    expect(r.state!.cursor).toEqual({ at: 'tail', id: 'blockers' });
  });

  it('takes a file as evidence, and skips the evidence question when the value came with a link', () => {
    const file = run(begin(), [{ tap: 'go' }, '2', { tap: 'c6' }, { file: true }]);
    expect(file.state!.answers['11']!.evidence).toEqual([
      { platform: 'telegram', fileId: 'F1', kind: 'file', fileName: 'bukti.pdf' },
    ]);
    expect(file.state!.cursor).toEqual({ at: 'value', kr: 1 });
    const link = run(begin(), [{ tap: 'go' }, '2 https://example.go.id/x', { tap: 'c6' }]);
    expect(link.state!.cursor).toEqual({ at: 'value', kr: 1 });
  });

  it('starts when the person types "mulai" instead of tapping', () => {
    expect(run(begin(), ['Mulai']).state!.cursor).toEqual({ at: 'value', kr: 0 });
    expect(run(begin(), ['ya']).state!.cursor).toEqual({ at: 'value', kr: 0 });
  });

  it('refuses a button from an earlier question without changing anything', () => {
    const s = run(begin(), [{ tap: 'go' }]).state!;
    const r = stepCheckin(s, { type: 'choice', choice: 'go', seq: s.seq - 1 }, now);
    expect(r).toEqual({ state: s, prompts: [], effects: [], refusal: 'stale-button' });
  });

  it("closes when the week is over in the person's zone", () => {
    const s = begin();
    // Sunday 16:30 UTC is Monday 00:30 in Makassar (WITA): week 49 there.
    const r = stepCheckin(s, { type: 'text', text: '3' }, new Date('2026-11-29T16:30:00Z'));
    expect(r.state).toBeNull();
    expect(r.refusal).toBe('week-closed');
    expect(
      stepCheckin(s, { type: 'text', text: 'x' }, new Date('2026-11-29T15:30:00Z')).refusal,
    ).toBeUndefined();
  });

  it('snoozes for two hours and keeps the opening; leave ends the dialog', () => {
    const later = run(begin(), [{ tap: 'later' }]);
    expect(last(later).effects).toEqual([
      { type: 'snooze', until: '2026-11-25T05:00:00.000Z', week: begin().week },
    ]);
    expect(later.state!.cursor).toEqual({ at: 'opening' });
    const leave = run(begin(), [{ tap: 'leave' }]);
    expect(leave.state).toBeNull();
    expect(last(leave).effects).toEqual([{ type: 'leave', week: begin().week }]);
  });

  it('edits any answer from the summary and returns to it', () => {
    const atSummary = run(begin(), [
      { tap: 'go' },
      '2',
      { tap: 'c6' },
      { tap: 'skip' },
      '12',
      { tap: 'c6' },
      { tap: 'skip' },
      { tap: 'none' },
      { tap: 'skip' },
      { tap: 'skip' },
      { tap: 'n' },
    ]).state!;
    const edited = run(atSummary, [{ tap: 'edit' }, { tap: 'k1' }, '9', { tap: 'c9' }, { tap: 'skip' }]);
    expect(edited.state!.cursor).toEqual({ at: 'summary' });
    expect(edited.state!.answers['12']).toMatchObject({ value: 9, confidence: 9 });
    const blockers = run(atSummary, [{ tap: 'edit' }, { tap: 'bl' }, 'Anggaran belum turun']);
    expect(blockers.state!.cursor).toEqual({ at: 'summary' });
    expect(blockers.state!.tail.blockers).toEqual(['Anggaran belum turun']);
    const dialog = run(atSummary, [{ tap: 'edit' }, { tap: 'dl' }, 'ya']);
    expect(dialog.state!.tail.dialog).toBe(true);
  });

  it('offers a revision of a submitted check-in, prefilled', () => {
    const submitted = {
      id: 99,
      submission: {
        week: isoWeekOf(now, zone),
        updates: [
          { keyResultId: 11, value: 2, skipped: false, confidence: 6, evidence: [] },
          { keyResultId: 12, value: null, skipped: true, confidence: null, evidence: [] },
        ],
        blockers: [],
        supportNeeded: null,
        nextActions: ['Rapat'],
        wantsDialog: false,
      },
    };
    const s = begin(submitted);
    expect(s.cursor).toEqual({ at: 'revise-offer' });
    const r = run(s, [{ tap: 'revise' }, { tap: 'submit' }]);
    expect(r.state).toBeNull();
    expect(keys(last(r))).toEqual(['checkin-summary-sent', 'checkin-revised']);
    expect(last(r).effects[0]).toMatchObject({
      type: 'submit',
      submission: { revisionOf: 99, nextActions: ['Rapat'] },
    });
    expect(run(s, [{ tap: 'keep' }]).state).toBeNull();
  });

  it('resumes with the current question and fresh buttons', () => {
    const s = run(begin(), [{ tap: 'go' }, '2']).state!;
    const r = resumeCheckin(s);
    expect(r.state.seq).toBe(s.seq + 1);
    expect(r.prompts.map((p) => p.key)).toEqual(['checkin-resume', 'checkin-confidence']);
  });

  it('has nothing to ask without key results', () => {
    const r = beginCheckin({ nonce: 'x', week: isoWeekOf(now, zone), timeZone: zone, krs: [] });
    expect(r).toEqual({ state: null, prompts: [{ key: 'checkin-no-krs', expects: 'none' }] });
  });

  it('renders the summary with locale number formats', () => {
    const s = run(begin(), [
      { tap: 'go' },
      '2,5',
      { tap: 'c6' },
      { tap: 'skip' },
      { tap: 'skip' },
      { tap: 'none' },
      { tap: 'skip' },
      { tap: 'skip' },
      { tap: 'n' },
    ]).state!;
    const lastPrompt = run(s, []).state!;
    const id = renderPrompts(translator, 'id', [summaryPrompt(s)]).text;
    expect(id).toContain('📋 Ringkasan laporan progres pekan 23 – 27 Nov 2026');
    expect(id).toContain('sampai Minggu, 29 Nov 2026 pukul 23.59 WITA');
    expect(id).toContain(
      '1. Rancangan kebijakan: realisasi 2,5 dokumen · capaian 62,5% dari target 4 dokumen · keyakinan 6/10 · belum ada bukti dukung',
    );
    expect(id).toContain('2. Waktu layanan: dilewati');
    expect(id).not.toContain('minggu ke-');
    const en = renderPrompts(translator, 'en', [summaryPrompt(s)]).text;
    expect(en).toContain('week of 23 – 27 Nov 2026');
    expect(en).toContain('until Sunday, 29 Nov 2026 at 23:59 WITA');
    expect(en).toContain('actual 2.5 dokumen · achievement 62.5% of target 4 dokumen');
    expect(
      renderPrompts(translator, 'id', [
        { key: 'checkin-btn-same', args: { value: { amount: 1_500_000, unit: 'Rp' } }, expects: 'none' },
      ]).text,
    ).toBe('Tetap (Rp 1.500.000)');
    expect(
      renderPrompts(translator, 'en', [
        { key: 'checkin-btn-same', args: { value: { amount: 65, unit: '%' } }, expects: 'none' },
      ]).text,
    ).toBe('Unchanged (65%)');
    expect(lastPrompt.answers['11']!.value).toBe(2.5);
  });
});
