/**
 * The weekly rekap of a supervisor's line: who reported, who is on leave or has no working day,
 * who has not reported yet (by name), who needs attention and why, the kendala and dukungan of
 * the week, and the dialog kinerja requests still open.
 */
import { type AttentionEntry, attentionList } from './attention.js';
import { type IsWorkingDay, WorkdayCounter } from './pace.js';
import type { RekapData, WeekStatus } from './rekap-data.js';
import { byName, indexRekap, statusIn } from './rekap-index.js';

export interface NamedPerson {
  employeeId: number;
  name: string;
}

export interface NamedText extends NamedPerson {
  text: string;
}

export interface DialogLine extends NamedPerson {
  requestId: number;
  requestedOn: string;
  proposedFor: string | null;
}

export interface WeekCounts {
  total: number;
  submitted: number;
  leave: number;
  noWorkday: number;
  /** The week still runs and nothing is submitted yet. */
  open: number;
  /** The week closed without a check-in. */
  missed: number;
  /** No active indicator in the week: nothing to report, not counted as expected. */
  noIndicators: number;
}

export interface WeeklyView {
  isoWeek: string;
  start: string;
  end: string;
  counts: WeekCounts;
  /** Open and missed together ("belum melapor"), by name. */
  notSubmitted: NamedPerson[];
  /** Without an active indicator this week, by name: for HR to import theirs. */
  noIndicators: NamedPerson[];
  attention: AttentionEntry[];
  blockers: NamedText[];
  support: NamedText[];
  /** Oldest request first: it has waited longest. */
  dialogs: DialogLine[];
}

export interface ViewOptions {
  /** Working days for the pace rule; Monday–Friday when not given. */
  isWorkingDay?: IsWorkingDay;
}

/** Counts the statuses; a week not judged for someone (`undefined`) counts in `total` only. */
export function countStatuses(statuses: ReadonlyArray<WeekStatus | undefined>): WeekCounts {
  const counts: WeekCounts = {
    total: statuses.length,
    submitted: 0,
    leave: 0,
    noWorkday: 0,
    open: 0,
    missed: 0,
    noIndicators: 0,
  };
  for (const s of statuses) {
    if (s === undefined) continue;
    if (s === 'submitted') counts.submitted++;
    else if (s === 'leave') counts.leave++;
    else if (s === 'no-workday') counts.noWorkday++;
    else if (s === 'open') counts.open++;
    else if (s === 'no-indicators') counts.noIndicators++;
    else counts.missed++;
  }
  return counts;
}

export function weeklyView(data: RekapData, options: ViewOptions = {}): WeeklyView {
  const period = data.period;
  if (period.kind !== 'week') throw new Error(`weeklyView needs a week, got a ${period.kind}`);
  const index = indexRekap(data);
  const people = [...index.people].sort((a, b) => byName(a.person, b.person));
  const statuses = people.map((p) => statusIn(p, period.isoWeek, period.end, data.today));
  const named = (id: number): NamedPerson => ({
    employeeId: id,
    name: index.byId.get(id)?.person.name ?? '',
  });
  const texts = (kind: 'blockers' | 'support'): NamedText[] =>
    people.flatMap((p) =>
      p[kind]
        .filter((t) => t.isoWeek === period.isoWeek)
        .map((t) => ({ employeeId: p.person.employeeId, name: p.person.name, text: t.text })),
    );
  return {
    isoWeek: period.isoWeek,
    start: period.start,
    end: period.end,
    counts: countStatuses(statuses),
    notSubmitted: people
      .filter((_, k) => statuses[k] === 'open' || statuses[k] === 'missed')
      .map((p) => ({ employeeId: p.person.employeeId, name: p.person.name })),
    noIndicators: people
      .filter((_, k) => statuses[k] === 'no-indicators')
      .map((p) => ({ employeeId: p.person.employeeId, name: p.person.name })),
    attention: attentionList(index, people, new WorkdayCounter(options.isWorkingDay)),
    blockers: texts('blockers'),
    support: texts('support'),
    dialogs: data.dialogs
      .filter((d) => index.byId.has(d.employeeId))
      .map((d) => ({
        ...named(d.employeeId),
        requestId: d.requestId,
        requestedOn: d.requestedOn,
        proposedFor: d.proposedFor,
      }))
      .sort((a, b) =>
        a.requestedOn < b.requestedOn ? -1 : a.requestedOn > b.requestedOn ? 1 : byName(a, b),
      ),
  };
}
