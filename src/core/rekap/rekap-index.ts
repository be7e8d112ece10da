/**
 * RekapData grouped by person once, so every view reads one person's facts without scanning the
 * whole line again (a deputy's subtree holds 15,000 people), and the dates every view judges by.
 */
import { isoWeekOfDate } from '../calendar/calendar-dates.js';
import type { IndicatorFacts, RekapData, RekapPerson, TextItem, WeekStatus } from './rekap-data.js';

export interface PersonFacts {
  person: RekapPerson;
  /** ISO week key → status, the period's weeks and the earlier ones. */
  weeks: Map<string, WeekStatus>;
  indicators: IndicatorFacts[];
  blockers: TextItem[];
  support: TextItem[];
}

export interface RekapIndex {
  data: RekapData;
  /** The last date judged: the period's end, or today while the period runs. */
  reference: string;
  /** The ISO week of `reference`: "this week" of the attention rules. */
  focusWeek: string;
  people: PersonFacts[];
  byId: Map<number, PersonFacts>;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Names alphabetically as people expect them (case and accents aside); the id settles ties. */
export function byName(
  a: { name: string; employeeId: number },
  b: { name: string; employeeId: number },
): number {
  return collator.compare(a.name, b.name) || a.employeeId - b.employeeId;
}

export function indexRekap(data: RekapData): RekapIndex {
  // biome-ignore lint/complexity/useMathMinMax: the dates are yyyy-MM-dd strings, not numbers
  const reference = data.period.end < data.today ? data.period.end : data.today;
  const byId = new Map<number, PersonFacts>();
  for (const person of data.people)
    byId.set(person.employeeId, { person, weeks: new Map(), indicators: [], blockers: [], support: [] });
  for (const w of [...(data.earlierWeeks ?? []), ...data.weeks])
    byId.get(w.employeeId)?.weeks.set(w.isoWeek, w.status);
  for (const i of data.indicators) byId.get(i.employeeId)?.indicators.push(i);
  for (const t of data.blockers) byId.get(t.employeeId)?.blockers.push(t);
  for (const t of data.support) byId.get(t.employeeId)?.support.push(t);
  return {
    data,
    reference,
    focusWeek: isoWeekOfDate(reference).key,
    people: [...byId.values()],
    byId,
  };
}

/**
 * A person's status in one week. The storage layer judges every week up to today (closing them
 * lazily), so a week without a row is either ahead, `open`, or one it did not judge for them
 * (before dika knew them): `undefined`, counted nowhere rather than as missed.
 */
export function statusIn(
  facts: PersonFacts,
  isoWeek: string,
  weekEnd: string,
  today: string,
): WeekStatus | undefined {
  return facts.weeks.get(isoWeek) ?? (weekEnd < today ? undefined : 'open');
}
