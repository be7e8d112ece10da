/**
 * The rekap of a month or a quarter: per person how many judged weeks were reported (leave and
 * libur weeks are not judged, nor the week still running), capaian per indicator at the period's
 * end (today while it runs), and the attention list judged on the period's last week.
 *
 * A week that straddles two months or quarters belongs to the one holding its Thursday, as ISO
 * week numbering does, so no week is counted twice across consecutive rekaps.
 */
import { addDaysTo, mondayOfWeekKey } from '../calendar/calendar-dates.js';
import type { Quarter } from '../capaian/period-target.js';
import { type AttentionEntry, attentionList } from './attention.js';
import { figuresAt } from './indicator-score.js';
import { WorkdayCounter } from './pace.js';
import type { RekapData, RekapPeriod } from './rekap-data.js';
import { byName, indexRekap } from './rekap-index.js';
import type { ViewOptions } from './weekly-view.js';

export interface Compliance {
  submitted: number;
  /** Weeks submitted or missed. */
  judged: number;
  leave: number;
  noWorkday: number;
  missed: number;
}

export interface IndicatorCapaian {
  keyResultId: number;
  code: string;
  title: string;
  unitLabel: string;
  latest: { value: number; date: string } | null;
  quarter: { number: Quarter; target: number; capaian: number | null };
  year: { target: number; capaian: number | null };
}

export interface PersonPeriodLine {
  employeeId: number;
  name: string;
  compliance: Compliance;
  indicators: IndicatorCapaian[];
}

export interface PeriodView {
  period: RekapPeriod;
  reference: string;
  /** The line's weeks together. */
  compliance: Compliance;
  people: PersonPeriodLine[];
  attention: AttentionEntry[];
}

/** Whether an ISO week (by key) counts toward the period: its Thursday lies within it. */
export function weekInPeriod(isoWeek: string, period: Pick<RekapPeriod, 'start' | 'end'>): boolean {
  const thursday = addDaysTo(mondayOfWeekKey(isoWeek), 3);
  return thursday >= period.start && thursday <= period.end;
}

const emptyCompliance = (): Compliance => ({ submitted: 0, judged: 0, leave: 0, noWorkday: 0, missed: 0 });

export function periodView(data: RekapData, options: ViewOptions = {}): PeriodView {
  if (data.period.kind === 'week') throw new Error('periodView needs a month or a quarter');
  const index = indexRekap(data);
  const people = [...index.people].sort((a, b) => byName(a.person, b.person));
  const total = emptyCompliance();
  const lines = people.map((facts): PersonPeriodLine => {
    const c = emptyCompliance();
    for (const [isoWeek, status] of facts.weeks) {
      if (!weekInPeriod(isoWeek, data.period)) continue;
      if (status === 'submitted') c.submitted++;
      else if (status === 'missed') c.missed++;
      else if (status === 'leave') c.leave++;
      else if (status === 'no-workday') c.noWorkday++;
    }
    c.judged = c.submitted + c.missed;
    for (const k of Object.keys(c) as Array<keyof Compliance>) total[k] += c[k];
    return {
      employeeId: facts.person.employeeId,
      name: facts.person.name,
      compliance: c,
      indicators: [...facts.indicators]
        .sort((a, b) => a.code.localeCompare(b.code) || a.keyResultId - b.keyResultId)
        .map((i) => {
          const f = figuresAt(i, index.reference);
          return {
            keyResultId: i.keyResultId,
            code: i.code,
            title: i.title,
            unitLabel: i.unitLabel,
            latest: f.latest ? { value: f.latest.value, date: f.latest.date } : null,
            quarter: { number: f.quarter.number, target: f.quarter.target, capaian: f.quarter.capaian },
            year: { target: f.year.target, capaian: f.year.capaian },
          };
        }),
    };
  });
  return {
    period: data.period,
    reference: index.reference,
    compliance: total,
    people: lines,
    attention: attentionList(index, people, new WorkdayCounter(options.isWorkingDay)),
  };
}
