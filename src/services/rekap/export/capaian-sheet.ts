/**
 * Capaian per indikator, with the columns of the SKP evaluation document (Rencana Hasil Kerja,
 * Indikator, Target, Realisasi, Capaian, Umpan Balik Berkelanjutan, Bukti Dukung) beside who and
 * the quarter's figures. Every figure comes from figuresAt (src/core/rekap/indicator-score.ts),
 * which scores with src/core/capaian/score.ts: the export shows what /rekap shows.
 */

import { quarterOf } from '../../../core/capaian/period-target.js';
import { figuresAt } from '../../../core/rekap/indicator-score.js';
import type { RekapData } from '../../../core/rekap/rekap-data.js';
import {
  type CellValue,
  type ColumnSpec,
  fluentDate,
  personColumns,
  type SheetSpec,
  type Translate,
} from './sheet-spec.js';

/** The date the figures stand on: the period's last day, or today while it still runs. */
export function referenceDate(data: Pick<RekapData, 'period' | 'today'>): string {
  // biome-ignore lint/complexity/useMathMinMax: dates as text; Math.min would turn them into NaN
  return data.period.end < data.today ? data.period.end : data.today;
}

export function capaianColumns(t: Translate, quarter: number): ColumnSpec[] {
  return [
    ...personColumns(t),
    { header: t('export-col-result-kind'), kind: 'text' },
    { header: t('export-col-rhk'), kind: 'long' },
    { header: t('export-col-indicator'), kind: 'long' },
    { header: t('export-col-unit-label'), kind: 'text' },
    { header: t('export-col-target'), kind: 'number' },
    { header: t('export-col-realisasi'), kind: 'number' },
    { header: t('export-col-capaian'), kind: 'percent' },
    { header: t('export-col-target-quarter', { quarter }), kind: 'number' },
    { header: t('export-col-realisasi-quarter', { quarter }), kind: 'number' },
    { header: t('export-col-capaian-quarter', { quarter }), kind: 'percent' },
    { header: t('export-col-realisasi-date'), kind: 'date' },
    { header: t('export-col-feedback'), kind: 'long' },
    { header: t('export-col-evidence'), kind: 'integer' },
  ];
}

export function capaianSheet(data: RekapData, t: Translate): SheetSpec {
  const reference = referenceDate(data);
  const people = new Map(data.people.map((p) => [p.employeeId, p]));
  const order = new Map(data.people.map((p, i) => [p.employeeId, i]));
  const kind = { main: t('export-result-kind-main'), additional: t('export-result-kind-additional') };

  function* rows(): Iterable<readonly CellValue[]> {
    // People in the loader's order, each person's indicators by code (as the SKP lists them).
    const indicators = [...data.indicators].sort(
      (a, b) =>
        (order.get(a.employeeId) ?? 0) - (order.get(b.employeeId) ?? 0) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
    for (const indicator of indicators) {
      const person = people.get(indicator.employeeId);
      if (!person) continue;
      const figures = figuresAt(indicator, reference);
      const evidence = indicator.reports
        .filter((r) => r.date >= data.period.start && r.date <= reference)
        .reduce((sum, r) => sum + r.evidenceCount, 0);
      const feedback = indicator.feedback
        .map((f) =>
          t('export-feedback-line', { date: fluentDate(f.date), author: f.authorName, body: f.body }),
        )
        .join('\n');
      yield [
        person.name,
        person.nip,
        person.unitPath,
        kind[indicator.resultKind],
        indicator.rhk,
        indicator.title,
        indicator.unitLabel,
        indicator.target,
        figures.year.realisasi,
        figures.year.capaian,
        figures.quarter.target,
        figures.quarter.realisasi,
        figures.quarter.capaian,
        figures.latest?.date ?? null,
        feedback === '' ? null : feedback,
        evidence,
      ];
    }
  }

  return {
    name: t('export-sheet-capaian'),
    columns: capaianColumns(t, quarterOf(reference)),
    rows,
  };
}
