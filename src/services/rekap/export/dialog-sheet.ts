/**
 * Dialog kinerja: the records of the dialogs held in the period (domain.md §11: date,
 * participants, the agreement, the follow-up and the next review date).
 */
import type { RekapPerson } from '../../../core/rekap/rekap-data.js';
import type { HeldDialogRecord } from '../../../storage/repositories/rekap-export.js';
import type { CellValue, SheetSpec, Translate } from './sheet-spec.js';

export function dialogSheet(
  people: readonly RekapPerson[],
  records: readonly HeldDialogRecord[],
  t: Translate,
): SheetSpec {
  const byId = new Map(people.map((p) => [p.employeeId, p]));
  const columns = [
    { header: t('export-col-dialog-date'), kind: 'date' as const },
    { header: t('export-col-name'), kind: 'text' as const },
    { header: t('export-col-nip'), kind: 'text' as const },
    { header: t('export-col-unit'), kind: 'text' as const },
    { header: t('export-col-held-by'), kind: 'text' as const },
    { header: t('export-col-agreement'), kind: 'long' as const },
    { header: t('export-col-follow-up'), kind: 'long' as const },
    { header: t('export-col-next-review'), kind: 'date' as const },
  ];

  function* rows(): Iterable<readonly CellValue[]> {
    for (const record of records) {
      const person = byId.get(record.employeeId);
      if (!person) continue;
      yield [
        record.heldOn,
        person.name,
        person.nip,
        person.unitPath,
        record.heldByName,
        record.agreement,
        record.followUp,
        record.nextReviewOn,
      ];
    }
  }

  return { name: t('export-sheet-dialogs'), columns, rows };
}
