/** The appraiser's report line by line: evidence, skipped indicators, lists, buttons in rows of three. */
import { describe, expect, it } from 'vitest';
import { type CheckinReport, checkinReportPrompt } from '../../src/core/appraisal/checkin-report.js';

type Indicator = CheckinReport['indicators'][number];

const indicator = (keyResultId: number, over: Partial<Indicator> = {}): Indicator => ({
  keyResultId,
  title: `Indikator ${keyResultId}`,
  unit: 'dokumen',
  direction: 'up',
  target: 4,
  year: 2026,
  accumulation: 'latest',
  earlierValues: [],
  quarterTargets: [null, null, null, null],
  value: 2,
  skipped: false,
  confidence: null,
  links: [],
  files: 0,
  ...over,
});

const report: CheckinReport = {
  checkinId: 7,
  employeeName: 'Sari',
  weekStart: '2026-11-30',
  revision: 1,
  indicators: [
    indicator(1),
    indicator(2, { files: 1, links: ['https://a.example.id/x'], confidence: 6, accumulation: 'average' }),
    indicator(3, { skipped: true }),
    indicator(4, { value: null }),
    indicator(5, { links: ['https://b.example.id/y'] }),
    indicator(6, { files: 3 }),
    indicator(7),
  ],
  blockers: ['Server lambat', 'Data belum lengkap'],
  nextActions: [],
  supportNeeded: 'Akses SIASN',
  wantsDialog: true,
};

describe('checkinReportPrompt, line by line', () => {
  // Built inside each test: Stryker activates a mutant per test, not while vitest collects them.
  const promptOf = () => checkinReportPrompt(report).prompt;

  it('lists evidence as links, files, or none; a skipped or empty indicator as one line', () => {
    const keys = promptOf().lines!.map((line) => line.key);
    const reported = ['appraisal-report-indicator', 'appraisal-report-capaian-year'];
    expect(keys).toEqual([
      ...reported,
      'appraisal-report-evidence-none',
      ...reported,
      'appraisal-report-evidence-link',
      'appraisal-report-evidence-file',
      'appraisal-report-indicator-skipped',
      'appraisal-report-indicator-skipped',
      ...reported,
      'appraisal-report-evidence-link',
      ...reported,
      'appraisal-report-evidence-file',
      ...reported,
      'appraisal-report-evidence-none',
      'appraisal-report-blockers',
      'appraisal-report-support',
      'appraisal-report-next-none',
      'appraisal-report-dialog-yes',
    ]);
  });

  it('fills each line’s arguments', () => {
    const prompt = promptOf();
    const lines = prompt.lines!;
    expect(lines[0]!.args).toMatchObject({ index: 1, averaged: 'no', confidence: 'none' });
    expect(lines[3]!.args).toMatchObject({ index: 2, averaged: 'yes', confidence: 6 });
    expect(lines[6]!.args).toEqual({ count: 1 });
    expect(lines[7]!.args).toEqual({ index: 3, title: 'Indikator 3' });
    expect(lines[8]!.args).toEqual({ index: 4, title: 'Indikator 4' });
    expect(lines.find((l) => l.key === 'appraisal-report-blockers')!.args).toEqual({
      text: '• Server lambat\n• Data belum lengkap',
    });
    expect(lines.find((l) => l.key === 'appraisal-report-support')!.args).toEqual({ text: 'Akses SIASN' });
    expect(prompt.key).toBe('appraisal-report');
    expect(prompt.expects).toBe('none');
  });

  it('offers feedback per reported indicator in rows of three, then the dialog button', () => {
    const prompt = promptOf();
    const rows = prompt.choices!.map((row) => row.map((c) => [c.label, c.args?.index]));
    expect(rows).toEqual([
      [['appraisal-btn-feedback-all', undefined]],
      [
        ['appraisal-btn-feedback-indicator', 1],
        ['appraisal-btn-feedback-indicator', 2],
        ['appraisal-btn-feedback-indicator', 5],
      ],
      [
        ['appraisal-btn-feedback-indicator', 6],
        ['appraisal-btn-feedback-indicator', 7],
      ],
      [['appraisal-btn-propose', undefined]],
    ]);
    expect(new Set(prompt.choices!.flat().map((c) => c.id)).size).toBe(7);
  });

  it('names an empty list of next actions and no support', () => {
    const bare = checkinReportPrompt({
      ...report,
      blockers: [],
      nextActions: ['Rapat'],
      supportNeeded: null,
      wantsDialog: false,
      revision: 2,
    });
    const bareKeys = bare.prompt.lines!.map((l) => l.key).slice(-4);
    expect(bareKeys).toEqual([
      'appraisal-report-blockers-none',
      'appraisal-report-support-none',
      'appraisal-report-next',
      'appraisal-report-dialog-no',
    ]);
    expect(bare.prompt.key).toBe('appraisal-report-revised');
    expect(bare.prompt.choices!.flat().map((c) => c.label)).not.toContain('appraisal-btn-propose');
  });
});
