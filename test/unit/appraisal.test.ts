import { describe, expect, it } from 'vitest';
import { type CheckinReport, checkinReportPrompt } from '../../src/core/appraisal/checkin-report.js';
import { localTimeArgs, offeredTimes, parseDialogTime } from '../../src/core/appraisal/dialog-time.js';
import { type DialogTimeState, dialogTimeFlow } from '../../src/core/appraisal/dialog-time-flow.js';
import { digestDue, digestPrompt } from '../../src/core/appraisal/digest.js';
import {
  FEEDBACK_MAX_CHARS,
  type FeedbackState,
  feedbackFlow,
} from '../../src/core/appraisal/feedback-flow.js';
import { noticeChoice, noticeNonce, readNoticeButton } from '../../src/core/appraisal/notice-button.js';
import { encodeButton } from '../../src/core/conversation/button-codec.js';
import { renderPrompts } from '../../src/i18n/render-prompt.js';
import { Translator } from '../../src/i18n/translator.js';

const translator = new Translator();
const WITA = 'Asia/Makassar';
const now = new Date('2026-12-02T02:00:00Z'); // Wednesday 2 Dec 2026, 10.00 WITA

describe('parseDialogTime', () => {
  it.each([
    ['3/12 10.00', '2026-12-03T02:00:00.000Z'],
    ['3/12 10:00', '2026-12-03T02:00:00.000Z'],
    ['03-12-2026 13.30', '2026-12-03T05:30:00.000Z'],
    ['3/12 pukul 9.00', '2026-12-03T01:00:00.000Z'],
    ['3/12/26 10.00', '2026-12-03T02:00:00.000Z'],
    ['3/12 10.00 WIB', '2026-12-03T03:00:00.000Z'],
    ['3/12 10.00 wit', '2026-12-03T01:00:00.000Z'],
    ['2/12 10.30', '2026-12-02T02:30:00.000Z'], // later today
    ['5/1 09.00', '2027-01-05T01:00:00.000Z'], // January is next year's
  ])('%s → %s', (text, iso) => {
    const parsed = parseDialogTime(text, now, WITA);
    expect(parsed.ok && parsed.at.toISOString()).toBe(iso);
  });

  it.each([
    ['besok pagi', 'format'],
    ['3/12', 'format'],
    ['3/12 25.00', 'date'],
    ['31/11 10.00', 'date'],
    ['30/2 10.00', 'date'],
    ['3/13 10.00', 'date'],
    ['2/12 09.00', 'past'], // earlier today
    ['1/12/2026 10.00', 'past'],
    ['3/12 10.00 XYZ', 'format'],
    ['1/6/2027 10.00', 'too-far'],
  ])('%s is refused (%s)', (text, reason) => {
    expect(parseDialogTime(text, now, WITA)).toEqual({ ok: false, reason });
  });
});

describe('offered times and the digest hour', () => {
  it('offers the next three working days at 09.00 and 13.00 in the zone', () => {
    const friday = new Date('2026-12-04T02:00:00Z');
    const times = offeredTimes(friday, WITA).map((d) => d.toISOString());
    expect(times).toEqual([
      '2026-12-07T01:00:00.000Z',
      '2026-12-07T05:00:00.000Z',
      '2026-12-08T01:00:00.000Z',
      '2026-12-08T05:00:00.000Z',
      '2026-12-09T01:00:00.000Z',
      '2026-12-09T05:00:00.000Z',
    ]);
    expect(localTimeArgs(new Date(times[0]!), WITA)).toEqual({
      date: { date: '2026-12-07' },
      hh: '09',
      mm: '00',
      zone: 'WITA',
    });
  });

  it.each([
    ['2026-12-02T02:00:00Z', WITA, '2026-12-02', '2026-12-02T08:00:00.000Z'], // Wed 10.00 → today 16.00
    ['2026-12-02T08:00:00Z', WITA, '2026-12-03', '2026-12-03T08:00:00.000Z'], // Wed 16.00 sharp → Thu
    ['2026-12-04T09:00:00Z', WITA, '2026-12-07', '2026-12-07T08:00:00.000Z'], // Fri 17.00 → Mon
    ['2026-12-05T02:00:00Z', 'Asia/Jayapura', '2026-12-07', '2026-12-07T07:00:00.000Z'], // Sat → Mon, WIT
  ])('a bundle for a check-in at %s (%s) is due %s', (at, zone, date, due) => {
    const result = digestDue(new Date(at), zone);
    expect(result).toEqual({ localDate: date, dueAt: new Date(due) });
  });
});

describe('notice buttons', () => {
  it('round-trips every action within 64 bytes', () => {
    const checkinId = 2_000_000_000;
    for (const action of [
      { type: 'feedback' as const, keyResultId: null },
      { type: 'feedback' as const, keyResultId: 2_000_000_000 },
      { type: 'propose' as const },
    ]) {
      const data = encodeButton({
        kind: 'penilai',
        nonce: noticeNonce(checkinId),
        seq: 0,
        choice: noticeChoice(action),
      });
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      const [, nonce, , choice] = data.split('|');
      expect(readNoticeButton({ nonce: nonce!, seq: 0, choice: choice! })).toEqual({ checkinId, action });
    }
    expect(
      readNoticeButton({ nonce: '0', seq: 1, choice: noticeChoice({ type: 'open', checkinId: 42 }) }),
    ).toEqual({
      checkinId: 42,
      action: { type: 'open', checkinId: 42 },
    });
  });

  it.each([
    { nonce: '0', seq: 0, choice: 'all' }, // id 0
    { nonce: '01', seq: 0, choice: 'all' }, // leading zero
    { nonce: 'ab', seq: 2, choice: 'all' },
    { nonce: 'ab', seq: 0, choice: 'x1' },
    { nonce: 'ab', seq: 0, choice: 'k' },
    { nonce: 'AB', seq: 0, choice: 'all' },
    { nonce: '5', seq: 1, choice: 'r1' },
    { nonce: 'ab', seq: 0, choice: 'k123456789' },
  ])('refuses %o', (button) => {
    expect(readNoticeButton(button)).toBeUndefined();
  });
});

const report: CheckinReport = {
  checkinId: 7,
  employeeName: 'Sari Wulandari',
  weekStart: '2026-11-30',
  revision: 2,
  indicators: [
    {
      keyResultId: 11,
      title: 'Pegawai mengikuti pelatihan',
      unit: '%',
      direction: 'up',
      target: 95,
      year: 2026,
      accumulation: 'latest',
      earlierValues: [],
      quarterTargets: [null, null, null, 90],
      value: 80,
      skipped: false,
      confidence: 8,
      links: [],
      files: 2,
    },
    {
      keyResultId: 12,
      title: 'Waktu penyelesaian layanan',
      unit: 'hari',
      direction: 'down',
      target: 10,
      year: 2026,
      accumulation: 'latest',
      earlierValues: [],
      quarterTargets: [null, null, null, null],
      value: 15,
      skipped: false,
      confidence: null,
      links: ['https://drive.example.go.id/a'],
      files: 0,
    },
    {
      keyResultId: 13,
      title: 'Dokumen SOP',
      unit: 'dokumen',
      direction: 'up',
      target: 4,
      year: 2026,
      accumulation: 'latest',
      earlierValues: [],
      quarterTargets: [1, 2, 3, 4],
      value: null,
      skipped: true,
      confidence: null,
      links: [],
      files: 0,
    },
  ],
  blockers: [],
  nextActions: ['Rapat koordinasi'],
  supportNeeded: null,
  wantsDialog: false,
};

describe('the appraiser’s report', () => {
  it('shows capaian against the quarter and the year, never progress from the baseline', () => {
    const { prompt, buttons } = checkinReportPrompt(report);
    const text = renderPrompts(translator, 'id', [prompt]).text;
    expect(text).toContain('(diperbarui, revisi 2)');
    expect(text).toContain('capaian 88,9% dari target TW IV (90%)'); // 80 ÷ 90
    expect(text).toContain('capaian 84,2% dari target 2026 (95%)'); // 80 ÷ 95
    expect(text).toContain('capaian 50% dari target 2026 (10 hari)'); // turun: 1 + (1 − 15/10)
    expect(text).toContain('bukti dukung: 2 berkas terlampir');
    expect(text).toContain('3. Dokumen SOP: belum dilaporkan pekan ini');
    expect(text).toContain('Kendala: tidak ada');
    expect(text).toContain('Tidak mengajukan dialog kinerja');
    expect(text).not.toMatch(/kemajuan|dari nilai awal/);
    // No propose button without a dialog request; no feedback button for a skipped indicator.
    const ids = prompt.choices!.flat().map((c) => c.id);
    expect(ids).toEqual(['all', 'kb', 'kc']);
    expect(buttons).toEqual({ kind: 'penilai', nonce: '7', seq: 0 });
  });

  it('scores an average indicator by the mean of the period, as the check-in does, and shows no repeated quarter', () => {
    const averaged: CheckinReport = {
      ...report,
      revision: 1,
      indicators: [
        {
          ...report.indicators[0]!,
          title: 'Indeks kepuasan',
          unit: 'nilai',
          target: 100,
          quarterTargets: [null, null, null, 100],
          accumulation: 'average',
          earlierValues: [80, 90],
          value: 70,
        },
      ],
    };
    const text = renderPrompts(translator, 'id', [checkinReportPrompt(averaged).prompt]).text;
    expect(text).toContain('realisasi rata-rata 80 nilai'); // (80 + 90 + 70) ÷ 3
    expect(text).toContain('capaian 80% dari target 2026 (100 nilai)');
    expect(text).not.toContain('TW IV'); // the quarter's target is the year's: one figure
  });

  it('renders every appraiser prompt in English too', () => {
    const en = renderPrompts(translator, 'en', [checkinReportPrompt(report).prompt]).text;
    expect(en).toContain('achievement 88.9% of the Q4 target (90%)');
    expect(en).toContain('2 files attached');
    const digest = digestPrompt(
      [
        {
          checkinId: 7,
          employeeName: 'Sari',
          weekStart: '2026-11-30',
          revision: 1,
          indicatorsReported: 1,
          blockers: 1,
          wantsDialog: true,
        },
      ],
      1,
      1,
    );
    expect(renderPrompts(translator, 'en', [digest.prompt]).text).toContain('one new progress report');
    expect(renderPrompts(translator, 'id', [digest.prompt]).text).toContain(
      '1 indikator dilaporkan, 1 kendala',
    );
  });
});

describe('the umpan balik and dialog-time flows', () => {
  const feedback: FeedbackState = {
    kind: 'umpan-balik',
    nonce: 'abc',
    seq: 0,
    checkinId: 7,
    employeeId: 3,
    keyResultId: null,
    indicator: null,
    weekStart: '2026-11-30',
    weekEnd: '2026-12-04',
    employeeName: 'Sari',
  };

  it('stores cleaned text once and ends; asks again for empty, files and text too long', () => {
    const done = feedbackFlow.step(feedback, { type: 'text', text: '  Bagus\u0000 sekali \r\n' }, now);
    expect(done.state).toBeNull();
    expect(done.effects).toEqual([expect.objectContaining({ body: 'Bagus sekali', keyResultId: null })]);
    for (const input of [
      { type: 'text' as const, text: '   ' },
      { type: 'text' as const, text: 'x'.repeat(FEEDBACK_MAX_CHARS + 1) },
      { type: 'file' as const, file: { platform: 'telegram', fileId: 'f', kind: 'file' as const } },
    ]) {
      const again = feedbackFlow.step(feedback, input, now);
      expect(again.effects).toEqual([]);
      expect(again.state?.seq).toBe(1);
    }
    const cancelled = feedbackFlow.step(feedback, { type: 'choice', choice: 'batal', seq: 0 }, now);
    expect(cancelled).toMatchObject({ state: null, effects: [] });
    for (const p of [feedbackFlow.currentPrompt(feedback), ...done.prompts])
      for (const locale of ['id', 'en'] as const)
        expect(renderPrompts(translator, locale, [p]).text).not.toBe('');
  });

  it('proposes a pressed option or a typed time; refuses a past option', () => {
    const state: DialogTimeState = {
      kind: 'waktu-dialog',
      nonce: 'abc',
      seq: 0,
      checkinId: 7,
      employeeId: 3,
      employeeName: 'Sari',
      timeZone: WITA,
      options: ['2026-12-03T01:00:00.000Z', '2026-12-01T01:00:00.000Z'],
    };
    expect(dialogTimeFlow.step(state, { type: 'choice', choice: 'o0', seq: 0 }, now).effects).toEqual([
      { type: 'propose', checkinId: 7, employeeId: 3, at: '2026-12-03T01:00:00.000Z' },
    ]);
    expect(dialogTimeFlow.step(state, { type: 'choice', choice: 'o1', seq: 0 }, now).prompts[0]!.key).toBe(
      'appraisal-time-hint-past',
    );
    expect(dialogTimeFlow.step(state, { type: 'choice', choice: 'o9', seq: 0 }, now).refusal).toBe(
      'stale-button',
    );
    const typed = dialogTimeFlow.step(state, { type: 'text', text: '4/12 13.00' }, now);
    expect(typed.effects[0]!.at).toBe('2026-12-04T05:00:00.000Z');
    const saved = renderPrompts(translator, 'id', typed.prompts).text;
    expect(saved).toContain('Jumat, 4 Desember 2026 pukul 13.00 WITA');
    for (const locale of ['id', 'en'] as const)
      expect(
        renderPrompts(translator, locale, [dialogTimeFlow.currentPrompt(state)]).buttons.flat(),
      ).toHaveLength(3);
  });
});
