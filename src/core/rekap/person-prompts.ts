/**
 * One person's rekap as prompts: one line per indicator (realisasi and its date, capaian against
 * the quarter's and the year's target, the change since the previous period, confidence, bukti
 * dukung), the umpan balik under it, the roll-ups of cascaded indicators, and the 12-week trend
 * as one row of week marks and one row of capaian per indicator, oldest week first.
 */
import type { Prompt, PromptArgs, PromptLine } from '../conversation/types.js';
import type { IndicatorDetail, PersonDetail } from './person-detail.js';
import { percentArg, periodArgs, ROMAN } from './prompt-args.js';
import type { RekapPeriod } from './rekap-data.js';

function changeArgs(i: IndicatorDetail): PromptArgs {
  const delta = i.change.delta;
  if (delta === null) return { changeSign: 'none', change: '' };
  return {
    changeSign: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
    change: { amount: Math.abs(delta), unit: i.unitLabel },
  };
}

function indicatorLines(i: IndicatorDetail, year: string): PromptLine[] {
  const lines: PromptLine[] = [];
  if (!i.latest) {
    lines.push({ key: 'rekap-person-indicator-none', args: { code: i.code, title: i.title } });
  } else {
    lines.push({
      key: 'rekap-person-indicator',
      args: {
        code: i.code,
        title: i.title,
        value: { amount: i.latest.value, unit: i.unitLabel },
        averaged: i.accumulation === 'average' ? 'yes' : 'no',
        date: { date: i.latest.date },
        // A quarter without a target of its own would repeat the year's figure.
        hasQuarter: i.quarter.target !== i.year.target ? 'yes' : 'no',
        quarter: ROMAN[i.quarter.number - 1]!,
        quarterNumber: i.quarter.number,
        capaianQuarter: percentArg(i.quarter.capaian),
        year,
        capaianYear: percentArg(i.year.capaian),
        ...changeArgs(i),
        confidence: i.confidence ?? 'none',
        evidence: i.evidenceCount,
      },
    });
  }
  if (i.parent)
    lines.push({
      key: 'rekap-person-parent',
      args: { code: i.parent.code, title: i.parent.title, owner: i.parent.ownerName },
    });
  for (const f of i.feedback)
    lines.push({
      key: 'rekap-person-feedback',
      args: { author: f.authorName, date: { date: f.date }, body: f.body },
    });
  return lines;
}

export function personDetailPrompts(detail: PersonDetail, period: RekapPeriod): Prompt[] {
  const year = detail.reference.slice(0, 4);
  const prompts: Prompt[] = [
    {
      key: 'rekap-person-title',
      args: { name: detail.person.name, nip: detail.person.nip, ...periodArgs(period) },
      lines: detail.indicators.flatMap((i) => indicatorLines(i, year)),
      expects: 'none',
    },
  ];
  for (const r of detail.rollUps) {
    prompts.push({
      key: 'rekap-rollup-title',
      args: { code: r.code, title: r.title, mean: percentArg(r.mean), count: r.children.length },
      lines: r.children.map((c) => ({
        key: 'rekap-rollup-child',
        args: { name: c.name, code: c.code, capaian: percentArg(c.capaian) },
      })),
      expects: 'none',
    });
  }
  const first = detail.trend[0];
  const last = detail.trend[detail.trend.length - 1];
  if (first && last) {
    const statusArgs: PromptArgs = {};
    detail.trend.forEach((w, k) => {
      statusArgs[`s${k + 1}`] = w.status ?? 'unknown';
    });
    prompts.push({
      key: 'rekap-trend-title',
      args: { from: { date: first.start }, to: { date: last.start } },
      lines: [
        { key: 'rekap-trend-status', args: statusArgs },
        ...detail.indicators.map((i, n) => {
          const args: PromptArgs = { code: i.code };
          detail.trend.forEach((w, k) => {
            args[`c${k + 1}`] = percentArg(w.capaian[n]?.capaian ?? null);
          });
          return { key: 'rekap-trend-indicator', args };
        }),
        { key: 'rekap-trend-legend' },
      ],
      expects: 'none',
    });
  }
  return prompts;
}
