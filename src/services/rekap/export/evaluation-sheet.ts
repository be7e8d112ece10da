/**
 * Evaluasi: each person's rating hasil kerja, rating perilaku kerja and predikat with the Pejabat
 * Penilai Kinerja who gave them. Everyone in the export has a row: one not evaluated yet keeps
 * empty cells, which is what HR looks for before the deadline.
 */
import { isPredikat, isRating } from '../../../core/evaluation/predikat.js';
import type { RekapPerson } from '../../../core/rekap/rekap-data.js';
import type { EvaluationRecord } from '../../../storage/repositories/rekap-export.js';
import { type CellValue, personColumns, type SheetSpec, type Translate } from './sheet-spec.js';

export function evaluationSheet(
  people: readonly RekapPerson[],
  records: readonly EvaluationRecord[],
  t: Translate,
): SheetSpec {
  const byPerson = new Map<number, EvaluationRecord[]>();
  for (const record of records) {
    const list = byPerson.get(record.employeeId) ?? [];
    list.push(record);
    byPerson.set(record.employeeId, list);
  }
  const rating = (value: string | null) => (isRating(value) ? t(`export-rating-${value}`) : null);
  const predikat = (value: string | null) => (isPredikat(value) ? t(`export-predikat-${value}`) : null);
  const columns = [
    ...personColumns(t),
    { header: t('export-col-period'), kind: 'text' as const },
    { header: t('export-col-appraiser'), kind: 'text' as const },
    { header: t('export-col-appraiser-nip'), kind: 'text' as const },
    { header: t('export-col-result-rating'), kind: 'text' as const },
    { header: t('export-col-behaviour-rating'), kind: 'text' as const },
    { header: t('export-col-predikat'), kind: 'text' as const },
    { header: t('export-col-updated'), kind: 'date' as const },
  ];

  function* rows(): Iterable<readonly CellValue[]> {
    for (const person of people) {
      const who = [person.name, person.nip, person.unitPath];
      const evaluations = byPerson.get(person.employeeId);
      if (!evaluations) {
        yield [...who, null, null, null, null, null, null, null];
        continue;
      }
      for (const e of evaluations) {
        yield [
          ...who,
          e.periodCode,
          e.appraiserName,
          e.appraiserNip,
          rating(e.resultRating),
          rating(e.behaviourRating),
          predikat(e.predikat),
          e.updatedOn,
        ];
      }
    }
  }

  return { name: t('export-sheet-evaluations'), columns, rows };
}
