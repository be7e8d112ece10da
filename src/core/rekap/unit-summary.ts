/**
 * A unit head's subtree in a few lines: one per direct sub-unit (one level below the head's
 * unit, with everyone beneath it), and one for the people placed in the head's unit itself. Each
 * line counts the focus week's statuses, the mean capaian (the mean of each person's mean capaian
 * against the year's target, so a person with many indicators does not outweigh the others) and
 * how many people need attention. A sub-unit's id, for the drill-down button, comes from `units`
 * (the unit table) or else from someone placed directly in it.
 */

import { isoWeekOfDate } from '../calendar/calendar-dates.js';
import { attentionList } from './attention.js';
import { figuresAt } from './indicator-score.js';
import { WorkdayCounter } from './pace.js';
import type { RekapData } from './rekap-data.js';
import { indexRekap, type PersonFacts, statusIn } from './rekap-index.js';
import { countStatuses, type ViewOptions, type WeekCounts } from './weekly-view.js';

export interface UnitLine {
  /** null: the people placed in the head's unit itself. */
  path: string | null;
  /** Last segment of the path. */
  name: string | null;
  unitId: number | null;
  counts: WeekCounts;
  meanCapaian: number | null;
  attention: number;
}

export interface UnitSummary {
  headPath: string;
  focusWeek: string;
  /** Monday of the focus week. */
  weekStart: string;
  lines: UnitLine[];
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;

/** The direct sub-unit of `head` a path lies in; '' for the head's unit itself; undefined outside. */
export function childUnitOf(path: string, head: string): string | undefined {
  if (path === head) return '';
  if (!path.startsWith(`${head}/`)) return undefined;
  const rest = path.slice(head.length + 1);
  const slash = rest.indexOf('/');
  return `${head}/${slash < 0 ? rest : rest.slice(0, slash)}`;
}

export function unitSummary(
  data: RekapData,
  headPath: string,
  units: ReadonlyArray<{ unitId: number; path: string }> = [],
  options: ViewOptions = {},
): UnitSummary {
  const index = indexRekap(data);
  const week = isoWeekOfDate(index.reference);
  const workdays = new WorkdayCounter(options.isWorkingDay);
  const groups = new Map<string, PersonFacts[]>();
  for (const facts of index.people) {
    const child = facts.person.unitPath === null ? undefined : childUnitOf(facts.person.unitPath, headPath);
    if (child === undefined) continue;
    const group = groups.get(child);
    if (group) group.push(facts);
    else groups.set(child, [facts]);
  }
  const idOf = new Map(units.map((u) => [u.path, u.unitId]));
  for (const facts of index.people)
    if (facts.person.unitPath !== null && facts.person.unitId !== null && !idOf.has(facts.person.unitPath))
      idOf.set(facts.person.unitPath, facts.person.unitId);

  const lines = [...groups.entries()].map(([path, people]): UnitLine => {
    const personMeans = people
      .map((p) =>
        mean(
          p.indicators
            .map((i) => figuresAt(i, index.reference).year.capaian)
            .filter((c): c is number => c !== null),
        ),
      )
      .filter((m): m is number => m !== null);
    const m = mean(personMeans);
    return {
      path: path === '' ? null : path,
      name: path === '' ? null : path.slice(headPath.length + 1),
      unitId: path === '' ? null : (idOf.get(path) ?? null),
      counts: countStatuses(people.map((p) => statusIn(p, week.key, week.end, data.today))),
      meanCapaian: m === null ? null : round1(m),
      attention: attentionList(index, people, workdays).length,
    };
  });
  lines.sort((a, b) =>
    a.name === null
      ? -1
      : b.name === null
        ? 1
        : collator.compare(a.name, b.name) || a.name.localeCompare(b.name),
  );
  return { headPath, focusWeek: week.key, weekStart: week.start, lines };
}
