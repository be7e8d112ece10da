/** Key results and a dialog driver shared by the check-in unit tests that are not about one step. */
import { beginCheckin } from '../../src/core/checkin/begin.js';
import type { KrSnapshot } from '../../src/core/checkin/key-result.js';
import type { CheckinState } from '../../src/core/checkin/state.js';
import { type StepResult, stepCheckin } from '../../src/core/checkin/step.js';
import type { Inbound } from '../../src/core/conversation/types.js';
import { isoWeekOf } from '../../src/core/time/iso-week.js';
import { renderPrompts } from '../../src/i18n/render-prompt.js';
import { Translator } from '../../src/i18n/translator.js';

export const translator = new Translator();
export const now = new Date('2026-11-25T03:00:00Z'); // Wednesday of 2026-W48
export const zone = 'Asia/Makassar';
export const week = isoWeekOf(now, zone);

/** The SKP fields a snapshot carries that most tests do not vary: a yearly indicator, no quarters. */
export const yearly = {
  quarterTargets: [null, null, null, null],
  accumulation: 'latest',
  resultKind: 'main',
  aspect: null,
  periodEnd: '2026-12-31',
} satisfies Partial<KrSnapshot>;

export const krs: KrSnapshot[] = [
  {
    id: 11,
    code: 'A1',
    title: 'Rancangan kebijakan',
    objective: 'Kebijakan SDM',
    unitLabel: 'dokumen',
    baseline: 0,
    target: 4,
    direction: 'up',
    ...yearly,
    accumulation: 'cumulative',
    lastValue: 1,
    lastConfidence: 6,
    lastReportedAt: '2026-11-18T03:00:00.000Z',
  },
  {
    id: 12,
    code: 'A2',
    title: 'Waktu layanan',
    objective: 'Layanan',
    unitLabel: 'hari',
    baseline: 14,
    target: 7,
    direction: 'down',
    ...yearly,
  },
  {
    id: 13,
    code: 'A3',
    title: 'Realisasi anggaran',
    objective: 'Anggaran',
    unitLabel: 'Rp',
    baseline: 0,
    target: 2_000_000,
    direction: 'up',
    ...yearly,
    accumulation: 'cumulative',
    lastValue: 500_000,
  },
];

export function begin(submitted?: Parameters<typeof beginCheckin>[0]['submitted']): CheckinState {
  const r = beginCheckin({
    nonce: 'abcd',
    week,
    timeZone: zone,
    today: '2026-11-25',
    krs,
    ...(submitted ? { submitted } : {}),
  });
  if (!r.state) throw new Error('no state');
  return r.state;
}

export type Step = string | { tap: string } | { file: true };

export function inputFor(step: Step, state: CheckinState): Inbound {
  if (typeof step === 'string') return { type: 'text', text: step };
  if ('tap' in step) return { type: 'choice', choice: step.tap, seq: state.seq, nonce: state.nonce };
  return { type: 'file', file: { platform: 'telegram', fileId: 'F1', kind: 'file', fileName: 'bukti.pdf' } };
}

/** Feeds inputs one by one like fresh buttons and typed lines; renders every prompt in both languages. */
export function run(
  start: CheckinState,
  steps: Step[],
): { state: CheckinState | null; results: StepResult[] } {
  let state: CheckinState | null = start;
  const results: StepResult[] = [];
  for (const step of steps) {
    if (!state) throw new Error('dialog ended early');
    const r = stepCheckin(state, inputFor(step, state), now);
    for (const locale of ['id', 'en'] as const) renderPrompts(translator, locale, r.prompts);
    results.push(r);
    state = r.state;
  }
  return { state, results };
}
