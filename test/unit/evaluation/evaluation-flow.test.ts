/**
 * The /evaluasi dialog step by step, without a database: the table and suggestion per person,
 * hasil kerja then perilaku kerja, the predikat stored as an effect, Lewati, Akhiri, typed text,
 * old buttons, and the closing distribution. Every prompt renders in both locales.
 */
import { describe, expect, it } from 'vitest';
import type { Inbound, Prompt } from '../../../src/core/conversation/types.js';
import {
  beginEvaluation,
  type EvaluatedPerson,
  type EvaluationState,
  evaluationFlow,
} from '../../../src/core/evaluation/evaluation-flow.js';
import { renderPrompts } from '../../../src/i18n/render-prompt.js';
import { Translator } from '../../../src/i18n/translator.js';

const translator = new Translator('id');
const now = new Date('2026-12-21T02:00:00Z');
const render = (prompts: Prompt[], locale: 'id' | 'en' = 'id') =>
  renderPrompts(translator, locale, prompts).text;
const both = (prompts: Prompt[]) => {
  render(prompts, 'en');
  return render(prompts, 'id');
};

function person(employeeId: number, name: string, over: Partial<EvaluatedPerson> = {}): EvaluatedPerson {
  return {
    employeeId,
    name,
    rows: [
      {
        rhk: 'Meningkatnya kualitas layanan kepegawaian',
        indicator: 'Rancangan peraturan kepegawaian selesai',
        unit: 'dokumen',
        resultKind: 'main',
        target: 4,
        realisasi: 3,
        capaian: 75,
        level: 'below',
        reason: 'below-target',
        evidenceCount: 2,
        links: ['https://drive.example.go.id/bukti-1'],
        feedback: [{ author: 'Hendra Gunawan', date: '2026-12-02', body: 'Lampirkan daftar hadir.' }],
      },
      {
        rhk: 'Meningkatnya kualitas layanan kepegawaian',
        indicator: 'Pegawai mengikuti pelatihan',
        unit: '%',
        resultKind: 'additional',
        target: 70,
        realisasi: null,
        capaian: null,
        level: 'below',
        reason: 'no-report',
        evidenceCount: 0,
        links: [],
        feedback: [],
      },
    ],
    generalFeedback: [],
    suggestion: { rating: 'below', rule: 'most-below', counted: 1, above: 0, meets: 0, below: 1 },
    previous: null,
    ...over,
  };
}

const period = { id: 9, code: '2026-Q4', year: 2026, quarter: 4 };

function start(people = [person(11, 'Sari Wulandari'), person(12, 'Dodi Pratama')]) {
  const begun = beginEvaluation({ nonce: 'n0', period, people });
  return { state: begun.state!, prompts: begun.prompts };
}

const press = (state: EvaluationState, choice: string, seq = state.seq): Inbound => ({
  type: 'choice',
  kind: 'evaluasi',
  nonce: state.nonce,
  seq,
  choice,
});

describe('beginEvaluation', () => {
  it('shows the first person’s SKP evaluation table, the suggestion with reasons, and three buttons', () => {
    const { state, prompts } = start();
    const text = both(prompts);
    expect(text).toContain('Evaluasi kinerja Triwulan IV 2026 · pegawai 1 dari 2: Sari Wulandari');
    expect(text).toContain('1. RHK: Meningkatnya kualitas layanan kepegawaian');
    expect(text).toContain('Indikator: Rancangan peraturan kepegawaian selesai');
    expect(text).toContain('Target: 4 dokumen · Realisasi: 3 dokumen · Capaian: 75% (di bawah ekspektasi)');
    expect(text).toContain('Bukti dukung: 2');
    expect(text).toContain('📎 https://drive.example.go.id/bukti-1');
    expect(text).toContain('Hendra Gunawan, 2 Des 2026: Lampirkan daftar hadir.');
    expect(text).toContain('2. RHK: Meningkatnya kualitas layanan kepegawaian (tambahan)');
    expect(text).toContain('Realisasi: belum dilaporkan pada triwulan ini');
    expect(text).toContain('Saran dika untuk rating hasil kerja: Di bawah ekspektasi');
    expect(text).toContain('Sebagian besar hasil kerja di bawah ekspektasi.');
    expect(
      prompts
        .at(-1)!
        .choices!.flat()
        .map((c) => c.id),
    ).toEqual(['below', 'meets', 'above', 'lewati', 'akhiri']);
    expect(state).toMatchObject({ index: 0, at: 'result', seq: 0, predikats: {} });
  });

  it('a re-run shows what is stored and counts it in the distribution', () => {
    const previous = { result: 'meets' as const, behaviour: 'meets' as const, predikat: 'baik' as const };
    const { state, prompts } = start([person(11, 'Sari', { previous })]);
    expect(both(prompts)).toContain(
      'Tersimpan sebelumnya: hasil kerja sesuai ekspektasi, perilaku kerja sesuai ekspektasi, predikat Baik.',
    );
    expect(state.predikats).toEqual({ 11: 'baik' });
  });

  it('nobody to evaluate: no dialog', () => {
    expect(beginEvaluation({ nonce: 'n', period, people: [] })).toEqual({ state: null, prompts: [] });
  });
});

describe('evaluationFlow.step', () => {
  it('hasil kerja, then perilaku kerja (no 360° yet), then the predikat as an effect and the next person', () => {
    const { state } = start();
    const r1 = evaluationFlow.step(state, press(state, 'above'), now);
    expect(r1.effects).toEqual([]);
    expect(r1.state).toMatchObject({ at: 'behaviour', result: 'above', seq: 1, index: 0 });
    const asked = both(r1.prompts);
    expect(asked).toContain('Rating hasil kerja Sari Wulandari: di atas ekspektasi');
    expect(asked).toContain('Belum ada umpan balik perilaku 360°');

    const r2 = evaluationFlow.step(r1.state!, press(r1.state!, 'meets'), now);
    expect(r2.effects).toEqual([
      {
        type: 'rate',
        employeeId: 11,
        employeeName: 'Sari Wulandari',
        periodId: 9,
        suggested: 'below',
        result: 'above',
        behaviour: 'meets',
        predikat: 'baik',
      },
    ]);
    expect(r2.state).toMatchObject({
      index: 1,
      at: 'result',
      result: null,
      rated: 1,
      predikats: { 11: 'baik' },
    });
    const next = both(r2.prompts);
    expect(next).toContain(
      'Predikat Sari Wulandari: Baik (hasil kerja di atas ekspektasi, perilaku kerja sesuai ekspektasi)',
    );
    expect(next).toContain('pegawai 2 dari 2: Dodi Pratama');
  });

  it('after the last person: the summary with the distribution against the Baik pattern', () => {
    let { state } = start();
    // Sari: above × above (Sangat Baik); Dodi skipped.
    for (const choice of ['above', 'above'])
      state = evaluationFlow.step(state, press(state, choice), now).state!;
    const end = evaluationFlow.step(state, press(state, 'lewati'), now);
    expect(end.state).toBeNull();
    expect(end.effects).toEqual([]);
    const text = both(end.prompts);
    expect(text).toContain('1 pegawai dinilai, 1 dilewati');
    expect(text).toContain('Sebaran predikat pegawai yang Anda nilai (1 dari 2 pegawai sudah berpredikat)');
    expect(text).toContain('• Sangat Baik: 1 (100%)');
    expect(text).toContain('capaian kinerja organisasi belum diketahui, sehingga dipakai pola "Baik"');
    expect(text).toContain('sebagian besar pegawai berpredikat Baik; saat ini 0 orang (0%)');
    expect(text).toContain('Butuh Perbaikan dan/or Kurang'.replace('/or', '/atau'));
  });

  it('a distribution that follows the pattern says so', () => {
    const people = [1, 2, 3].map((id) => person(id, `P${id}`));
    let { state } = start(people);
    // Baik, Baik, Butuh Perbaikan: most (67 %) Baik and some Butuh Perbaikan.
    for (const choice of ['meets', 'meets', 'meets', 'meets', 'below'])
      state = evaluationFlow.step(state, press(state, choice), now).state!;
    const end = evaluationFlow.step(state, press(state, 'meets'), now);
    expect(end.state).toBeNull();
    expect(end.effects).toMatchObject([{ employeeId: 3, predikat: 'butuh-perbaikan' }]);
    const text = both(end.prompts);
    expect(text).toContain('• Baik: 2 (66,7%)');
    expect(text).toContain('Sebaran ini sesuai dengan pola tersebut');
    expect(text).not.toContain('⚠️');
  });

  it('Lewati skips without an effect; Akhiri ends with the summary', () => {
    const { state } = start();
    const skipped = evaluationFlow.step(state, press(state, 'lewati'), now);
    expect(skipped).toMatchObject({ effects: [], state: { index: 1, skipped: 1 } });
    const stopped = evaluationFlow.step(skipped.state!, press(skipped.state!, 'akhiri'), now);
    expect(stopped.state).toBeNull();
    expect(both(stopped.prompts)).toContain('0 pegawai dinilai, 1 dilewati');
  });

  it('Lewati on perilaku drops the hasil kerja chosen for that person', () => {
    const { state } = start();
    const r1 = evaluationFlow.step(state, press(state, 'below'), now).state!;
    const r2 = evaluationFlow.step(r1, press(r1, 'lewati'), now);
    expect(r2).toMatchObject({ effects: [], state: { index: 1, at: 'result', result: null } });
  });

  it('typed text gets a hint and the same question again', () => {
    const { state } = start();
    const r = evaluationFlow.step(state, { type: 'text', text: 'baik' }, now);
    expect(r.state).toMatchObject({ index: 0, at: 'result', seq: 1 });
    expect(both(r.prompts)).toContain('Mohon pilih salah satu tombol');
    expect(r.prompts.at(-1)!.key).toBe('evaluation-ask-result');
  });

  it('an unknown choice is a stale button', () => {
    const { state } = start();
    expect(evaluationFlow.step(state, press(state, 'zz'), now).refusal).toBe('stale-button');
  });

  it('resume shows where the appraiser was', () => {
    const { state } = start();
    const r1 = evaluationFlow.step(state, press(state, 'meets'), now).state!;
    const resumed = evaluationFlow.resume(r1);
    expect(resumed.state.seq).toBe(r1.seq + 1);
    expect(resumed.prompts.at(-1)!.key).toBe('evaluation-ask-behaviour');
    expect(evaluationFlow.currentPrompt(state).key).toBe('evaluation-ask-result');
  });

  it('English renders the same steps', () => {
    const { prompts } = start();
    const en = render(prompts, 'en');
    expect(en).toContain('Target: 4 dokumen · Actual: 3 dokumen · Achievement: 75% (below expectations)');
    expect(en).toContain("dika's suggested rating of work results: Below expectations");
  });
});
