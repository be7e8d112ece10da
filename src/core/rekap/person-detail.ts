/**
 * One person in detail: per indicator the latest realisasi and its date, capaian against the
 * quarter's and the year's target, the change since the previous period, confidence, bukti dukung
 * and umpan balik; a 12-week trend; and for an indicator others' indicators cascade from, the
 * roll-up of their capaian.
 */
import { addDaysTo, isoWeekOfDate } from '../calendar/calendar-dates.js';
import type { Accumulation, Quarter } from '../capaian/period-target.js';
import { scoreOf } from '../capaian/score.js';
import { figuresAt } from './indicator-score.js';
import type { IndicatorFacts, RekapData, RekapPerson, WeekStatus } from './rekap-data.js';
import { byName, indexRekap } from './rekap-index.js';

export const TREND_WEEKS = 12;

export interface IndicatorDetail {
  keyResultId: number;
  code: string;
  rhk: string;
  title: string;
  unitLabel: string;
  accumulation: Accumulation;
  resultKind: 'main' | 'additional';
  latest: { value: number; date: string } | null;
  quarter: { number: Quarter; target: number; capaian: number | null };
  year: { target: number; capaian: number | null };
  /** The newest value before the period began against the newest within it; null where either is missing. */
  change: { before: number | null; within: number | null; delta: number | null };
  /** Of the newest report. */
  confidence: number | null;
  /** Bukti dukung attached to the period's reports. */
  evidenceCount: number;
  feedback: IndicatorFacts['feedback'];
  /** The indicator this one supports, when it is among the rows. */
  parent: { keyResultId: number; code: string; title: string; ownerName: string } | null;
}

export interface TrendWeek {
  isoWeek: string;
  start: string;
  /** null: not known (before the rows the storage layer loaded). */
  status: WeekStatus | null;
  /** Capaian against the year's target of the value reported that week; null when none was. */
  capaian: Array<{ keyResultId: number; capaian: number | null }>;
}

export interface RollUp {
  keyResultId: number;
  code: string;
  title: string;
  children: Array<{
    employeeId: number;
    name: string;
    keyResultId: number;
    code: string;
    capaian: number | null;
  }>;
  /** Mean of the children's capaian (year) that exist; null when none does. */
  mean: number | null;
}

export interface PersonDetail {
  person: RekapPerson;
  reference: string;
  indicators: IndicatorDetail[];
  trend: TrendWeek[];
  rollUps: RollUp[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function detailOf(
  indicator: IndicatorFacts,
  data: RekapData,
  reference: string,
): Omit<IndicatorDetail, 'parent'> {
  const figures = figuresAt(indicator, reference);
  const { start, end } = data.period;
  const before = indicator.reports.filter((r) => r.date < start);
  const within = indicator.reports.filter((r) => r.date >= start && r.date <= end);
  const b = before[before.length - 1]?.value ?? null;
  const w = within[within.length - 1]?.value ?? null;
  return {
    keyResultId: indicator.keyResultId,
    code: indicator.code,
    rhk: indicator.rhk,
    title: indicator.title,
    unitLabel: indicator.unitLabel,
    accumulation: indicator.accumulation,
    resultKind: indicator.resultKind,
    latest: figures.latest ? { value: figures.latest.value, date: figures.latest.date } : null,
    quarter: {
      number: figures.quarter.number,
      target: figures.quarter.target,
      capaian: figures.quarter.capaian,
    },
    year: { target: figures.year.target, capaian: figures.year.capaian },
    change: { before: b, within: w, delta: b !== null && w !== null ? round1(w - b) : null },
    confidence: figures.latest?.confidence ?? null,
    evidenceCount: within.reduce((sum, r) => sum + r.evidenceCount, 0),
    feedback: indicator.feedback,
  };
}

/** The 12 ISO weeks ending with the reference date's week, oldest first. */
function trendOf(
  indicators: readonly IndicatorFacts[],
  weeks: Map<string, WeekStatus>,
  reference: string,
): TrendWeek[] {
  const last = isoWeekOfDate(reference);
  const out: TrendWeek[] = [];
  for (let k = TREND_WEEKS - 1; k >= 0; k--) {
    const week = isoWeekOfDate(addDaysTo(last.start, -7 * k));
    out.push({
      isoWeek: week.key,
      start: week.start,
      status: weeks.get(week.key) ?? null,
      capaian: indicators.map((indicator) => {
        const at = indicator.reports.findIndex((r) => r.isoWeek === week.key);
        const report = indicator.reports[at];
        if (!report) return { keyResultId: indicator.keyResultId, capaian: null };
        const earlier = indicator.reports.slice(0, at).map((r) => r.value);
        return {
          keyResultId: indicator.keyResultId,
          capaian: scoreOf(indicator, report.value, report.date, earlier).capaian,
        };
      }),
    });
  }
  return out;
}

export function personDetail(data: RekapData, employeeId: number): PersonDetail | null {
  const index = indexRekap(data);
  const facts = index.byId.get(employeeId);
  if (!facts) return null;
  const byKr = new Map(data.indicators.map((i) => [i.keyResultId, i]));
  const indicators = [...facts.indicators]
    .sort((a, b) => a.code.localeCompare(b.code) || a.keyResultId - b.keyResultId)
    .map((indicator): IndicatorDetail => {
      const parent = indicator.parentId === null ? undefined : byKr.get(indicator.parentId);
      return {
        ...detailOf(indicator, data, index.reference),
        parent: parent
          ? {
              keyResultId: parent.keyResultId,
              code: parent.code,
              title: parent.title,
              ownerName: index.byId.get(parent.employeeId)?.person.name ?? '',
            }
          : null,
      };
    });
  const rollUps: RollUp[] = [];
  for (const own of indicators) {
    const children = data.indicators
      .filter((c) => c.parentId === own.keyResultId)
      .map((c) => ({
        employeeId: c.employeeId,
        name: index.byId.get(c.employeeId)?.person.name ?? '',
        keyResultId: c.keyResultId,
        code: c.code,
        capaian: figuresAt(c, index.reference).year.capaian,
      }))
      .sort((a, b) => byName(a, b) || a.keyResultId - b.keyResultId);
    if (children.length === 0) continue;
    const scored = children.map((c) => c.capaian).filter((c): c is number => c !== null);
    rollUps.push({
      keyResultId: own.keyResultId,
      code: own.code,
      title: own.title,
      children,
      mean: scored.length === 0 ? null : round1(scored.reduce((s, c) => s + c, 0) / scored.length),
    });
  }
  return {
    person: facts.person,
    reference: index.reference,
    indicators,
    trend: trendOf(
      [...facts.indicators].sort((a, b) => a.code.localeCompare(b.code) || a.keyResultId - b.keyResultId),
      facts.weeks,
      index.reference,
    ),
    rollUps,
  };
}
