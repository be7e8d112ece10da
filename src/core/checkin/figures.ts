/**
 * The figures a check-in message shows for a reported value, in the order ASN read them:
 * realisasi, then capaian against the current quarter's target (when the indicator has one) and
 * against the period's target (domain.md §11). Progress from the baseline is a separate figure
 * that is never labelled capaian. Formulas live in src/core/capaian; this only picks the inputs.
 */
import { capaian, progressFromBaseline } from '../capaian/capaian.js';
import { quarterOf, quarterTarget, realisasiOf } from '../capaian/period-target.js';
import type { PromptArg } from '../conversation/types.js';
import type { KrSnapshot } from './key-result.js';

export interface KrFigures {
  /** What is scored: the value itself, or for `average` the mean of the period's reports. */
  realisasi: number;
  /** Present when the indicator has a target for the quarter of `today` other than the year's. */
  quarter?: { number: 1 | 2 | 3 | 4; target: number; capaian: number | null };
  /** Capaian against the period's target; null where no honest number exists (negative target). */
  capaian: number | null;
  progress: number;
}

/** The figures for `value` reported on `today` (the person's local date, `yyyy-MM-dd`). */
export function figuresOf(kr: KrSnapshot, value: number, today: string): KrFigures {
  const realisasi =
    kr.accumulation === 'average' ? realisasiOf('average', [...(kr.periodValues ?? []), value])! : value;
  const number = quarterOf(today);
  // A quarter whose target is the year's (TW IV, usually) would only repeat the same figure.
  const own = quarterTarget({ target: kr.target, quarterTargets: kr.quarterTargets }, number);
  const qTarget = own === kr.target ? null : own;
  return {
    realisasi,
    ...(qTarget !== null
      ? { quarter: { number, target: qTarget, capaian: capaian(kr.direction, qTarget, realisasi) } }
      : {}),
    capaian: capaian(kr.direction, kr.target, realisasi),
    progress: progressFromBaseline(kr.direction, kr.baseline, kr.target, realisasi),
  };
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
