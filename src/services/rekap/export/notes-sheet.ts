/**
 * Kendala dan dukungan: every kendala and every "dukungan yang dibutuhkan" answer of the period,
 * one per row, by person and week, so HR can filter what blocks people and what they ask for.
 */
import type { RekapData, TextItem } from '../../../core/rekap/rekap-data.js';
import {
  type CellValue,
  isoWeekMonday,
  personColumns,
  type SheetSpec,
  type Translate,
} from './sheet-spec.js';

export function notesSheet(data: RekapData, t: Translate): SheetSpec {
  const people = new Map(data.people.map((p) => [p.employeeId, p]));
  const order = new Map(data.people.map((p, i) => [p.employeeId, i]));
  const labels = { blocker: t('export-note-blocker'), support: t('export-note-support') };
  const columns = [
    ...personColumns(t),
    { header: t('export-col-week'), kind: 'date' as const },
    { header: t('export-col-note-kind'), kind: 'text' as const },
    { header: t('export-col-note-text'), kind: 'long' as const },
  ];

  function* rows(): Iterable<readonly CellValue[]> {
    const tagged = (items: readonly TextItem[], kind: keyof typeof labels) =>
      items.map((item) => ({ item, kind }));
    // Kendala before dukungan within a week, each in the order given: the order they are joined
    // in, which sort keeps for equal keys (Array.prototype.sort is stable since ES2019).
    const all = [...tagged(data.blockers, 'blocker'), ...tagged(data.support, 'support')].sort(
      (a, b) =>
        (order.get(a.item.employeeId) ?? 0) - (order.get(b.item.employeeId) ?? 0) ||
        (a.item.isoWeek < b.item.isoWeek ? -1 : a.item.isoWeek > b.item.isoWeek ? 1 : 0),
    );
    for (const { item, kind } of all) {
      const person = people.get(item.employeeId);
      if (!person) continue;
      yield [person.name, person.nip, person.unitPath, isoWeekMonday(item.isoWeek), labels[kind], item.text];
    }
  }

  return { name: t('export-sheet-notes'), columns, rows };
}
