/**
 * Arguments the rekap messages share: the period's name, capaian as a percentage the channel
 * writes the local way (84,2% in Indonesian) or a dash where none exists, and the year as text
 * (a number would print as 2.026).
 */
import { addDaysTo } from '../calendar/calendar-dates.js';
import type { PromptArg, PromptArgs } from '../conversation/types.js';
import type { RekapPeriod } from './rekap-data.js';

export const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** No number, no colour: capaian is a plain percentage (domain.md §11). */
export const percentArg = (capaian: number | null): PromptArg =>
  capaian === null ? '–' : { amount: capaian, unit: '%' };

export function periodArgs(period: RekapPeriod): PromptArgs {
  const common = { from: { date: period.start }, to: { date: period.end } };
  switch (period.kind) {
    case 'week':
      // Offices name a week by its working days: "pekan 30 Nov – 4 Des 2026" (domain.md §12).
      return { periodKind: 'week', from: { date: period.start }, to: { date: addDaysTo(period.start, 4) } };
    case 'month':
      return { periodKind: 'month', ...common, year: String(period.year) };
    case 'quarter':
      return {
        periodKind: 'quarter',
        ...common,
        quarter: ROMAN[period.quarter - 1]!,
        quarterNumber: period.quarter,
        year: String(period.year),
      };
  }
}

/** Names listed in one line before "and N others": a rekap line stays readable. */
export const LISTED_NAMES = 30;

export function namesArgs(names: readonly string[]): { names: string; more: number } {
  return { names: names.slice(0, LISTED_NAMES).join(', '), more: Math.max(0, names.length - LISTED_NAMES) };
}
