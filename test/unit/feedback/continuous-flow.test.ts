/**
 * The /umpanbalik dialog step by step, without a database: search results, picking, the values
 * (multi-select), apresiasi/saran, the text and the summary; who is named; stale buttons; every
 * prompt rendered in both languages.
 */
import { describe, expect, it } from 'vitest';
import type { Inbound, Prompt } from '../../../src/core/conversation/types.js';
import {
  beginContinuous,
  CONTINUOUS_KIND,
  CONTINUOUS_MAX_CHARS,
  type Colleague,
  type ContinuousState,
  continuousFlow,
  searchQuery,
  wantsSearch,
  withMatches,
} from '../../../src/core/feedback/continuous-flow.js';
import { renderPrompts } from '../../../src/i18n/render-prompt.js';
import { Translator } from '../../../src/i18n/translator.js';

const translator = new Translator();
const NOW = new Date('2026-12-02T03:00:00Z');
const GIVER = 10;
const PEER: Colleague = { id: 11, name: 'Dodi Pratama', unit: 'Bagian Umum', relation: null };
const REPORT: Colleague = { id: 12, name: 'Sari Wulandari', unit: null, relation: 'supervisor' };
const APPRAISEE: Colleague = { id: 13, name: 'Tono Saputra', unit: null, relation: 'appraiser' };

function render(prompts: Prompt[]) {
  return {
    id: renderPrompts(translator, 'id', prompts),
    en: renderPrompts(translator, 'en', prompts),
  };
}

const press = (state: ContinuousState, choice: string): Inbound => ({
  type: 'choice',
  kind: CONTINUOUS_KIND,
  nonce: state.nonce,
  seq: state.seq,
  choice,
});

/** Steps and renders; returns the new state (throws when the dialog ended). */
function step(state: ContinuousState, input: Inbound) {
  const result = continuousFlow.step(state, input, NOW);
  render(result.prompts);
  return result;
}

function ready(colleague: Colleague): ContinuousState {
  let s = beginContinuous({ nonce: 'abc', giverId: GIVER }).state;
  s = withMatches(s, 'na', [colleague]).state!;
  s = step(s, press(s, 'c0')).state!;
  s = step(s, press(s, 'v1')).state!;
  s = step(s, press(s, 'v6')).state!;
  s = step(s, press(s, 'lanjut')).state!;
  s = step(s, press(s, 'apr')).state!;
  return s;
}

describe('continuous feedback: choosing a colleague', () => {
  it('asks for a name first and takes typed text as a search', () => {
    const begun = beginContinuous({ nonce: 'abc', giverId: GIVER });
    expect(begun.state.step).toBe('search');
    expect(wantsSearch(begun.state)).toBe(true);
    expect(render(begun.prompts).id.text).toContain('Ketik sebagian namanya');
  });

  it('shows matches as buttons, at most 8, and says when there are more', () => {
    const s = beginContinuous({ nonce: 'abc', giverId: GIVER }).state;
    const many = Array.from({ length: 9 }, (_, i) => ({ ...PEER, id: 100 + i, name: `Budi ${i}` }));
    const r = withMatches(s, 'budi', many);
    expect(r.state!.step).toBe('pick');
    expect(r.state!.candidates).toHaveLength(8);
    const rendered = render(r.prompts).id;
    expect(rendered.buttons.flat().filter((b) => b.id.startsWith('c'))).toHaveLength(8);
    expect(rendered.text).toContain('Lebih dari 8 nama cocok');
    expect(wantsSearch(r.state!)).toBe(true);
  });

  it('an unknown name is "tidak ditemukan di unit Anda dan unit sekitar" and asks again', () => {
    const s = beginContinuous({ nonce: 'abc', giverId: GIVER }).state;
    const r = withMatches(s, 'Zulkifli', []);
    expect(r.state!.step).toBe('search');
    expect(render(r.prompts).id.text).toContain('"Zulkifli" tidak ditemukan di unit Anda dan unit sekitar');
  });

  it('never offers the giver themself, even if a search returned them', () => {
    const s = beginContinuous({ nonce: 'abc', giverId: GIVER }).state;
    const r = withMatches(s, 'na', [{ ...PEER, id: GIVER }]);
    expect(r.state!.step).toBe('search');
    expect(r.state!.candidates).toEqual([]);
  });

  it('refuses a pick of oneself planted in the state', () => {
    let s = beginContinuous({ nonce: 'abc', giverId: GIVER }).state;
    s = { ...s, step: 'pick', candidates: [{ ...PEER, id: GIVER }] };
    const r = step(s, press(s, 'c0'));
    expect(r.state!.step).toBe('search');
    expect(r.effects).toEqual([]);
    expect(render(r.prompts).id.text).toContain('tidak dapat memberi umpan balik kepada diri sendiri');
  });

  it('a one-letter search asks for more letters', () => {
    expect(searchQuery(' a ')).toBeUndefined();
    expect(searchQuery('  Dodi\n')).toBe('Dodi');
    const s = beginContinuous({ nonce: 'abc', giverId: GIVER }).state;
    expect(render(withMatches(s, undefined, []).prompts).id.text).toContain('sedikitnya 2 huruf');
  });
});

describe('continuous feedback: values, kind, text, summary', () => {
  it('values are multi-select toggles; Lanjut needs at least one', () => {
    let s = beginContinuous({ nonce: 'abc', giverId: GIVER }).state;
    s = withMatches(s, 'do', [PEER]).state!;
    s = step(s, press(s, 'c0')).state!;
    expect(s.step).toBe('values');
    const none = step(s, press(s, 'lanjut'));
    expect(none.state!.step).toBe('values');
    expect(render(none.prompts).id.text).toContain('sedikitnya satu nilai');
    s = none.state!;
    s = step(s, press(s, 'v6')).state!;
    s = step(s, press(s, 'v0')).state!;
    s = step(s, press(s, 'v3')).state!;
    s = step(s, press(s, 'v3')).state!; // off again
    expect(s.values).toEqual(['berorientasi-pelayanan', 'kolaboratif']);
    const labels = render([continuousFlow.currentPrompt(s)]).id.buttons.flat();
    expect(labels.find((b) => b.id === 'v0')!.label).toBe('✅ Berorientasi Pelayanan');
    expect(labels.find((b) => b.id === 'v3')!.label).toBe('▫️ Harmonis');
    s = step(s, press(s, 'lanjut')).state!;
    expect(s.step).toBe('kind');
    s = step(s, press(s, 'saran')).state!;
    expect(s).toMatchObject({ step: 'text', feedbackKind: 'suggestion' });
  });

  it('tells a peer before the text that it goes without their name, in a bundle', () => {
    const s = ready(PEER);
    const text = render([continuousFlow.currentPrompt(s)]).id.text;
    expect(text).toContain(
      'Umpan balik Anda dikirim tanpa nama; penerima menerimanya dalam kumpulan bersama umpan balik lain',
    );
  });

  it('tells a supervisor or appraiser that their name is always shown', () => {
    expect(render([continuousFlow.currentPrompt(ready(REPORT))]).id.text).toContain(
      'Anda atasan langsung Sari Wulandari, sehingga umpan balik Anda selalu dikirim dengan nama Anda',
    );
    expect(render([continuousFlow.currentPrompt(ready(APPRAISEE))]).en.text).toContain(
      'You are the performance appraiser of Tono Saputra',
    );
  });

  it('cleans the text and refuses an empty or too long one', () => {
    const s = ready(PEER);
    const empty = step(s, { type: 'text', text: ' \u0000 ' });
    expect(empty.state!.step).toBe('text');
    const long = step(s, { type: 'text', text: 'a'.repeat(CONTINUOUS_MAX_CHARS + 1) });
    expect(long.state!.step).toBe('text');
    expect(render(long.prompts).id.text).toContain('tertulis 1.001');
    const ok = step(s, { type: 'text', text: 'Terima kasih\r\natas bantuannya\u0007' });
    expect(ok.state).toMatchObject({ step: 'confirm', body: 'Terima kasih\natas bantuannya' });
  });

  it('a peer sends anonymously by default, or with their name when they choose', () => {
    let s = ready(PEER);
    s = step(s, { type: 'text', text: 'Rapi sekali laporannya' }).state!;
    const summary = render([continuousFlow.currentPrompt(s)]).id;
    expect(summary.text).toContain('Pengirim: tanpa nama');
    expect(summary.text).toContain('• Akuntabel');
    expect(summary.buttons.flat().map((b) => b.label)).toEqual([
      '✅ Kirim tanpa nama',
      '👤 Kirim dengan nama saya',
      'Batal',
    ]);
    const anonymous = step(s, press(s, 'kirim'));
    expect(anonymous.state).toBeNull();
    expect(anonymous.effects).toEqual([
      {
        type: 'submit',
        recipientId: PEER.id,
        named: false,
        relation: null,
        values: ['akuntabel', 'kolaboratif'],
        feedbackKind: 'appreciation',
        body: 'Rapi sekali laporannya',
      },
    ]);
    expect(step(s, press(s, 'nama')).effects[0]!.named).toBe(true);
  });

  it("a supervisor's item is always named, with no anonymous option", () => {
    let s = ready(REPORT);
    s = step(s, { type: 'text', text: 'Bagus' }).state!;
    const ids = render([continuousFlow.currentPrompt(s)])
      .id.buttons.flat()
      .map((b) => b.id);
    expect(ids).toEqual(['kirim', 'batal']);
    expect(step(s, press(s, 'kirim')).effects[0]).toMatchObject({ named: true, relation: 'supervisor' });
  });

  it('Batal ends the dialog with nothing to store', () => {
    const s = ready(PEER);
    const r = step(s, press(s, 'batal'));
    expect(r.state).toBeNull();
    expect(r.effects).toEqual([]);
  });

  it('buttons of another step are stale, never an answer', () => {
    let s = ready(PEER);
    expect(continuousFlow.step(s, press(s, 'kirim'), NOW).refusal).toBe('stale-button');
    s = step(s, { type: 'text', text: 'x y' }).state!;
    expect(continuousFlow.step(s, press(s, 'v1'), NOW).refusal).toBe('stale-button');
    expect(continuousFlow.step(s, press(s, 'c0'), NOW).refusal).toBe('stale-button');
  });

  it('resume shows the same question with a new seq', () => {
    const s = ready(PEER);
    const r = continuousFlow.resume(s);
    expect(r.state.seq).toBe(s.seq + 1);
    expect(r.prompts[0]!.key).toBe('cf-ask-text');
  });
});
