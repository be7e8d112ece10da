/**
 * The figures a check-in message shows for a reported value, in the order ASN read them:
 * realisasi, then capaian against the current quarter's target (when the indicator has one) and
 * against the period's target (domain.md §11). Progress from the baseline is a separate figure
 * that is never labelled capaian. Formulas live in src/core/capaian; this only picks the inputs.
 */
import { progressFromBaseline } from '../capaian/capaian.js';
import { type Score, scoreOf } from '../capaian/score.js';
import type { PromptArg } from '../conversation/types.js';
import type { KrSnapshot } from './key-result.js';

export interface KrFigures extends Score {
  progress: number;
}

/** The figures for `value` reported on `today` (the person's local date, `yyyy-MM-dd`). */
export function figuresOf(kr: KrSnapshot, value: number, today: string): KrFigures {
  const score = scoreOf(kr, value, today, kr.periodValues ?? []);
  return { ...score, progress: progressFromBaseline(kr.direction, kr.baseline, kr.target, score.realisasi) };
}

const amount = (value: number, unit: string) => ({ amount: value, unit });

/** The arguments of the shared `checkin-figures` message; `'none'` where a figure does not exist. */
export interface FigureArgs {
  [key: string]: PromptArg;
  realisasi: { amount: number; unit: string };
  averaged: 'yes' | 'no';
  capaian: number | 'none';
  target: { amount: number; unit: string };
  year: string;
  quarter: number | 'none';
  quarterTarget: { amount: number; unit: string } | 'none';
  quarterCapaian: number | 'none';
}

/**
 * The arguments of the shared `checkin-figures` message ("realisasi 80% · capaian 84,2% dari
 * target 95%"), spread into any message that shows a value.
 */
export function figureArgs(kr: KrSnapshot, value: number, today: string): FigureArgs {
  const f = figuresOf(kr, value, today);
  return {
    realisasi: amount(f.realisasi, kr.unitLabel),
    averaged: kr.accumulation === 'average' ? 'yes' : 'no',
    capaian: f.capaian ?? 'none',
    target: amount(kr.target, kr.unitLabel),
    year: kr.periodEnd.slice(0, 4),
    quarter: f.quarter ? f.quarter.number : 'none',
    quarterTarget: f.quarter ? amount(f.quarter.target, kr.unitLabel) : 'none',
    quarterCapaian: f.quarter ? (f.quarter.capaian ?? 'none') : 'none',
  };
}
