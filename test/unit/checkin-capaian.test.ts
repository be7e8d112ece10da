/**
 * What the check-in shows for a value: capaian first (realisasi ÷ target, domain.md §11), against
 * the quarter's target when the indicator has one, never progress from the baseline as "% dari
 * target"; the question asked by accumulation; the due date; old saved states still resume.
 */
import { describe, expect, it } from 'vitest';
import { beginCheckin, resumeCheckin } from '../../src/core/checkin/begin.js';
import type { KrSnapshot } from '../../src/core/checkin/key-result.js';
import { upgradeCheckinState } from '../../src/core/checkin/legacy-state.js';
import type { CheckinState } from '../../src/core/checkin/state.js';
import { stepCheckin } from '../../src/core/checkin/step.js';
import type { Prompt } from '../../src/core/conversation/types.js';
import { isoWeekOf } from '../../src/core/time/iso-week.js';
import { renderPrompts } from '../../src/i18n/render-prompt.js';
import { now, translator, week, yearly, zone } from './checkin-fixtures.js';

const kr = (over: Partial<KrSnapshot>): KrSnapshot => ({
  id: 21,
  code: 'B1',
  title: 'Aplikasi terintegrasi',
  objective: 'Layanan digital',
  unitLabel: 'aplikasi',
  baseline: 20,
  target: 50,
  direction: 'up',
  ...yearly,
  ...over,
});

function begin(krs: KrSnapshot[], today = '2026-11-25'): CheckinState {
  const r = beginCheckin({ nonce: 'abcd', week, timeZone: zone, today, krs });
  return r.state!;
}
const text = (prompts: Prompt[], locale: 'id' | 'en' = 'id') =>
  renderPrompts(translator, locale, prompts).text;
const tap = (s: CheckinState, choice: string) =>
  stepCheckin(s, { type: 'choice', choice, seq: s.seq, nonce: s.nonce }, now);
const type = (s: CheckinState, t: string) => stepCheckin(s, { type: 'text', text: t }, now);

/** Types `value` for the only indicator and returns what the confidence question shows. */
function echo(indicator: KrSnapshot, value: string, locale: 'id' | 'en' = 'id'): string {
  const atValue = tap(begin([indicator]), 'go').state!;
  const r = type(atValue, value);
  expect(r.state!.cursor).toMatchObject({ at: 'confidence' });
  return text(r.prompts, locale);
}

describe('capaian in the check-in', () => {
  it.each<[string, Partial<KrSnapshot>, string, string]>([
    [
      'naik 35 of 50 from baseline 20',
      {},
      '35',
      'realisasi 35 aplikasi · capaian 70% dari target 50 aplikasi',
    ],
    [
      'turun 21 → 10 days, now 15',
      { unitLabel: 'hari', baseline: 21, target: 10, direction: 'down' },
      '15',
      'realisasi 15 hari · capaian 50% dari target 10 hari',
    ],
    [
      '80% of a target of 95%',
      { unitLabel: '%', baseline: 70, target: 95 },
      '80',
      'realisasi 80% · capaian 84,2% dari target 95%',
    ],
    [
      'a level held (baseline = target)',
      { unitLabel: '%', baseline: 100, target: 100 },
      '100',
      'realisasi 100% · capaian 100% dari target 100%',
    ],
    [
      'the quarter’s target first, then the year’s',
      { quarterTargets: [10, 20, 35, 40] },
      '28',
      'realisasi 28 aplikasi · capaian TW IV 70% dari target 40 aplikasi · capaian 2026 56% dari target 50 aplikasi',
    ],
    [
      'one figure when the quarter’s target is the year’s',
      { quarterTargets: [10, 20, 35, 50] },
      '28',
      'realisasi 28 aplikasi · capaian 56% dari target 50 aplikasi\n',
    ],
  ])('%s', (_name, over, value, line) => {
    const shown = echo(kr(over), value);
    expect(shown).toContain(line);
    expect(shown).not.toMatch(/% dari target\)/);
  });

  it('measures against the quarter of the person’s date, not the year’s target', () => {
    const indicator = kr({ quarterTargets: [10, 25, 40, 50] });
    const at = new Date('2026-09-30T03:00:00Z'); // Wednesday of TW III in Makassar
    const opened = beginCheckin({
      nonce: 'abcd',
      week: isoWeekOf(at, zone),
      timeZone: zone,
      today: '2026-09-30',
      krs: [indicator],
    });
    const asked = stepCheckin(opened.state!, { type: 'choice', choice: 'go', seq: 1, nonce: 'abcd' }, at);
    expect(text(asked.prompts)).toContain(
      'Target 2026: 50 aplikasi · Target TW III: 40 aplikasi · Nilai awal: 20 aplikasi',
    );
    // 28 of TW III's 40 is 70%; of the year's 50 it is 56%.
    const shown = text(stepCheckin(asked.state!, { type: 'text', text: '28' }, at).prompts);
    expect(shown).toContain(
      'capaian TW III 70% dari target 40 aplikasi · capaian 2026 56% dari target 50 aplikasi',
    );
    // The next morning is TW IV, whose target is the year's: the same dialog shows one figure.
    const nextDay = new Date('2026-10-01T01:00:00Z');
    const inQ4 = stepCheckin(asked.state!, { type: 'text', text: '28' }, nextDay);
    expect(text(inQ4.prompts)).toContain('realisasi 28 aplikasi · capaian 56% dari target 50 aplikasi\n');
  });

  it('shows progress from the baseline nowhere as capaian', () => {
    // From 20 to 50, 35 is half the way (50%); its capaian is 70%. Only 70% may appear.
    const shown = echo(kr({}), '35');
    expect(shown).toContain('70%');
    expect(shown).not.toContain('50%');
  });

  it('scores an average indicator by the mean of the period’s reports', () => {
    const indicator = kr({
      unitLabel: 'indeks',
      baseline: 3,
      target: 4,
      accumulation: 'average',
      periodValues: [3.2, 3.6],
    });
    expect(echo(indicator, '3,7')).toContain(
      'realisasi rata-rata 3,5 indeks · capaian 87,5% dari target 4 indeks',
    );
  });

  it('asks by accumulation, shows target, baseline and the last report with its date', () => {
    const cumulative = kr({
      accumulation: 'cumulative',
      lastValue: 30,
      lastReportedAt: '2026-11-17T23:30:00.000Z',
    });
    const first = text(tap(begin([cumulative]), 'go').prompts);
    expect(first).toContain(
      'Target 2026: 50 aplikasi · Nilai awal: 20 aplikasi · Laporan terakhir: 30 aplikasi (18 Nov 2026)',
    );
    expect(first).toContain('Berapa realisasi kumulatif s.d. hari ini?');
    expect(first).toContain('misalnya 65; 2,5; atau 1.500.000');
    const level = text(tap(begin([kr({ unitLabel: '%', baseline: 70, target: 95 })]), 'go').prompts);
    expect(level).toContain('Target 2026: 95% · Nilai awal: 70% · Laporan terakhir: belum ada');
    expect(level).toContain('Berapa nilai terkini?');
    expect(text(tap(begin([cumulative]), 'go').prompts, 'en')).toContain(
      'What is the cumulative actual to date?',
    );
  });

  it('asks for confidence by the period’s end date', () => {
    expect(echo(kr({}), '35')).toContain(
      'Seberapa yakin Anda bahwa target ini tercapai pada 31 Des 2026? (1 = tidak yakin, 10 = sangat yakin)',
    );
    expect(echo(kr({ periodEnd: '2026-06-30' }), '35', 'en')).toContain('met by 30 Jun 2026?');
  });
});

describe('a check-in saved before indicators had SKP fields', () => {
  /** The snapshot as the code before saved it: no quarters, accumulation, kind or period end. */
  function legacy(): CheckinState {
    const s = tap(begin([kr({ lastValue: 30 })]), 'go').state!;
    const {
      quarterTargets: _q,
      accumulation: _a,
      resultKind: _r,
      aspect: _s,
      periodEnd: _p,
      ...old
    } = s.krs[0]!;
    const { today: _t, ...rest } = s;
    return { ...rest, krs: [old as KrSnapshot] };
  }

  it('resumes and shows capaian with the defaults of a yearly indicator', () => {
    const upgraded = upgradeCheckinState(legacy());
    expect(upgraded.krs[0]).toMatchObject({
      quarterTargets: [null, null, null, null],
      accumulation: 'cumulative',
      resultKind: 'main',
      aspect: null,
      periodEnd: '2026-12-31',
    });
    expect(upgradeCheckinState(upgraded)).toBe(upgraded);
    const resumed = resumeCheckin(legacy());
    expect(text(resumed.prompts)).toContain(
      'Target 2026: 50 aplikasi · Nilai awal: 20 aplikasi · Laporan terakhir: 30 aplikasi',
    );
    const r = type(legacy(), '35');
    expect(text(r.prompts)).toContain('capaian 70% dari target 50 aplikasi');
    expect(text(r.prompts)).toContain('tercapai pada 31 Des 2026');
  });
});
