/**
 * Kepatuhan: one row per person, one column per ISO week of the period (named by its working
 * days, never by ISO number) with the week's status, then the person's totals and a last row
 * counting who reported each week. Kepatuhan is reported ÷ (reported + not reported): weeks of
 * cuti, libur, without an active indicator and the running week are not held against anyone.
 */
import type { RekapData, WeekStatus } from '../../../core/rekap/rekap-data.js';
import { weekLabelArgs } from '../../../core/time/week-label.js';
import type { Locale, Translator } from '../../../i18n/translator.js';
import {
  type CellValue,
  fluentDate,
  isoWeekMonday,
  personColumns,
  type SheetSpec,
  type Translate,
} from './sheet-spec.js';

const STATUS_KEYS: Record<WeekStatus, string> = {
  submitted: 'export-week-status-submitted',
  leave: 'export-week-status-leave',
  'no-workday': 'export-week-status-no-workday',
  missed: 'export-week-status-missed',
  open: 'export-week-status-open',
  'no-indicators': 'export-week-status-no-indicators',
};

/** The totals' statuses, in column order. */
const COUNTED: readonly WeekStatus[] = ['submitted', 'leave', 'no-workday', 'missed'];

function compliancePercent(counts: Readonly<Record<WeekStatus, number>>): number | null {
  const judged = counts.submitted + counts.missed;
  return judged === 0 ? null : Math.round((counts.submitted / judged) * 1000) / 10;
}

const zeroCounts = (): Record<WeekStatus, number> => ({
  submitted: 0,
  leave: 0,
  'no-workday': 0,
  missed: 0,
  open: 0,
  'no-indicators': 0,
});

/** `weekHeader` names a week by its Monday: "30 Nov – 4 Des 2026" through the check-in's own message. */
export function complianceSheet(
  data: RekapData,
  t: Translate,
  weekHeader: (monday: string) => string,
): SheetSpec {
  const weekKeys = [...new Set(data.weeks.map((w) => w.isoWeek))].sort();
  const weekIndex = new Map(weekKeys.map((key, i) => [key, i]));
  const statuses = new Map<number, Array<WeekStatus | undefined>>();
  for (const w of data.weeks) {
    let row = statuses.get(w.employeeId);
    if (!row) {
      row = new Array(weekKeys.length);
      statuses.set(w.employeeId, row);
    }
    row[weekIndex.get(w.isoWeek)!] = w.status;
  }
  const label = Object.fromEntries(
    Object.entries(STATUS_KEYS).map(([status, key]) => [status, t(key)]),
  ) as Record<WeekStatus, string>;

  const columns = [
    ...personColumns(t),
    ...weekKeys.map((key) => ({ header: weekHeader(isoWeekMonday(key)), kind: 'text' as const })),
    { header: t('export-col-submitted'), kind: 'integer' as const },
    { header: t('export-col-leave'), kind: 'integer' as const },
    { header: t('export-col-no-workday'), kind: 'integer' as const },
    { header: t('export-col-missed'), kind: 'integer' as const },
    { header: t('export-col-compliance'), kind: 'percent' as const },
  ];

  function* rows(): Iterable<readonly CellValue[]> {
    const total = zeroCounts();
    const reportedPerWeek = new Array<number>(weekKeys.length).fill(0);
    for (const person of data.people) {
      const weeks = statuses.get(person.employeeId) ?? [];
      const counts = zeroCounts();
      const cells: CellValue[] = [person.name, person.nip, person.unitPath];
      for (let i = 0; i < weekKeys.length; i++) {
        const status = weeks[i];
        cells.push(status ? label[status] : null);
        if (!status) continue;
        counts[status] += 1;
        total[status] += 1;
        if (status === 'submitted') reportedPerWeek[i]! += 1;
      }
      yield [...cells, ...COUNTED.map((s) => counts[s]), compliancePercent(counts)];
    }
    yield [
      t('export-total-row'),
      null,
      null,
      ...reportedPerWeek,
      ...COUNTED.map((s) => total[s]),
      compliancePercent(total),
    ];
  }

  return { name: t('export-sheet-compliance'), columns, rows };
}

/** The week's name as the check-in prints it, in the export's language. */
export function weekHeaderOf(translator: Translator, locale: Locale): (monday: string) => string {
  return (monday) => {
    const args = weekLabelArgs({ start: monday });
    return translator.t(locale, 'checkin-week', {
      weekFrom: fluentDate(args.weekFrom.date),
      weekTo: fluentDate(args.weekTo.date),
      weekSpan: args.weekSpan,
    });
  };
}
