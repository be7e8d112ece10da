/**
 * What the appraiser (Pejabat Penilai Kinerja) reads when a check-in arrives: one compact
 * message with each indicator's realisasi and capaian (against the quarter's target when the
 * indicator has one, and the year's), confidence and bukti dukung, then kendala, dukungan,
 * rencana kerja pekan depan and whether a dialog kinerja was requested. Capaian comes from the
 * one module that computes it; progress from the baseline is not shown here.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { Accumulation, Quarter } from '../capaian/period-target.js';
import { type ScoredIndicator, scoreOf } from '../capaian/score.js';
import type { Choice, Prompt, PromptLine } from '../conversation/types.js';
import { NOTICE_KIND, noticeChoice, noticeNonce } from './notice-button.js';

export interface ReportIndicator extends ScoredIndicator {
  keyResultId: number;
  title: string;
  unit: string;
  /** The year the period's target belongs to. */
  year: number;
  accumulation: Accumulation;
  /** For an `average` indicator: the period's reports before this check-in, oldest first. */
  earlierValues: number[];
  value: number | null;
  skipped: boolean;
  confidence: number | null;
  links: string[];
  /** Documents and photos attached (their bytes stay on the platform). */
  files: number;
}

export interface CheckinReport {
  checkinId: number;
  employeeName: string;
  /** Monday of the ISO week, `yyyy-MM-dd`. */
  weekStart: string;
  revision: number;
  indicators: ReportIndicator[];
  blockers: string[];
  nextActions: string[];
  supportNeeded: string | null;
  wantsDialog: boolean;
}

/** The working week Monday–Friday that offices name a report by ("pekan 30 Nov – 4 Des 2026"). */
export function workWeek(weekStart: string): { start: { date: string }; end: { date: string } } {
  return { start: { date: weekStart }, end: { date: format(addDays(parseISO(weekStart), 4), 'yyyy-MM-dd') } };
}

const QUARTER_ROMAN: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

function indicatorLines(report: CheckinReport, i: ReportIndicator, index: number): PromptLine[] {
  if (i.skipped || i.value === null)
    return [{ key: 'appraisal-report-indicator-skipped', args: { index, title: i.title } }];
  const score = scoreOf(i, i.value, report.weekStart, i.earlierValues);
  const lines: PromptLine[] = [
    {
      key: 'appraisal-report-indicator',
      args: {
        index,
        title: i.title,
        value: { amount: score.realisasi, unit: i.unit },
        averaged: i.accumulation === 'average' ? 'yes' : 'no',
        confidence: i.confidence ?? 'none',
      },
    },
  ];
  if (score.quarter) {
    lines.push({
      key: 'appraisal-report-capaian-quarter',
      args: {
        quarter: QUARTER_ROMAN[score.quarter.number],
        quarterNumber: score.quarter.number,
        target: { amount: score.quarter.target, unit: i.unit },
        capaian: score.quarter.capaian ?? 'none',
      },
    });
  }
  lines.push({
    key: 'appraisal-report-capaian-year',
    args: {
      year: String(i.year),
      target: { amount: i.target, unit: i.unit },
      capaian: score.capaian ?? 'none',
    },
  });
  for (const url of i.links) lines.push({ key: 'appraisal-report-evidence-link', args: { url } });
  if (i.files > 0) lines.push({ key: 'appraisal-report-evidence-file', args: { count: i.files } });
  if (i.links.length === 0 && i.files === 0) lines.push({ key: 'appraisal-report-evidence-none' });
  return lines;
}

const listLines = (key: string, noneKey: string, items: readonly string[]): PromptLine[] =>
  items.length === 0 ? [{ key: noneKey }] : [{ key, args: { text: items.map((t) => `• ${t}`).join('\n') } }];

/** The notice itself, with its buttons: umpan balik (whole report, each indicator), ajukan waktu dialog. */
export function checkinReportPrompt(report: CheckinReport): { prompt: Prompt; buttons: NoticeButtons } {
  const lines: PromptLine[] = report.indicators.flatMap((i, n) => indicatorLines(report, i, n + 1));
  lines.push(...listLines('appraisal-report-blockers', 'appraisal-report-blockers-none', report.blockers));
  lines.push(
    report.supportNeeded
      ? { key: 'appraisal-report-support', args: { text: report.supportNeeded } }
      : { key: 'appraisal-report-support-none' },
  );
  lines.push(...listLines('appraisal-report-next', 'appraisal-report-next-none', report.nextActions));
  lines.push({ key: report.wantsDialog ? 'appraisal-report-dialog-yes' : 'appraisal-report-dialog-no' });

  const perIndicator: Choice[] = report.indicators
    .map((i, n) => ({ i, n }))
    .filter(({ i }) => !i.skipped && i.value !== null)
    .map(({ i, n }) => ({
      id: noticeChoice({ type: 'feedback', keyResultId: i.keyResultId }),
      label: 'appraisal-btn-feedback-indicator',
      args: { index: n + 1 },
    }));
  const choices: Choice[][] = [
    [{ id: noticeChoice({ type: 'feedback', keyResultId: null }), label: 'appraisal-btn-feedback-all' }],
  ];
  for (let k = 0; k < perIndicator.length; k += 3) choices.push(perIndicator.slice(k, k + 3));
  if (report.wantsDialog)
    choices.push([{ id: noticeChoice({ type: 'propose' }), label: 'appraisal-btn-propose' }]);

  return {
    prompt: {
      key: report.revision > 1 ? 'appraisal-report-revised' : 'appraisal-report',
      args: { name: report.employeeName, revision: report.revision, ...workWeek(report.weekStart) },
      lines,
      choices,
      expects: 'none',
    },
    buttons: { kind: NOTICE_KIND, nonce: noticeNonce(report.checkinId), seq: 0 },
  };
}

export interface NoticeButtons {
  kind: string;
  nonce: string;
  seq: number;
}
