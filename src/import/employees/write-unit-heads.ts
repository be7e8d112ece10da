/**
 * The kepala unit of each unit (`org_units.head_id`) from the employee import's `kepala_unit`
 * column, in the import's transaction and after the people are written:
 * - a unit with a row marked `ya` gets that person as head;
 * - with the column in the file, a unit whose stored head is in the file but no longer marked for
 *   that unit (marked `tidak`, or moved to another unit) loses its head;
 * - without the column, the stored heads stay;
 * - either way, a head who is no longer active (erased) is cleared: the head sees the whole unit's
 *   rekap, and an erased person must see nothing. A deleted head is cleared by the foreign key.
 * The stored heads are at most one per unit, so they are read whole; the changes go out as one
 * statement per batch.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../storage/database.js';
import { columns, inBatches, returnedRows } from '../write-batches.js';
import type { EmployeeRecord } from './validate-employees.js';

interface HeadChange {
  unitId: number;
  /** null: the unit has no head any more. */
  nip: string | null;
  /** Spreadsheet row behind the change (0 for an inactive head that no row names). */
  row: number;
}

export async function writeUnitHeads(
  tx: Tx,
  records: readonly EmployeeRecord[],
  unitIds: ReadonlyMap<string, number>,
  batchSize: number,
): Promise<void> {
  const stored = returnedRows<{ unit_id: number; nip: string; active: boolean }>(
    await tx.execute(sql`
      select u.id as unit_id, h.nip, h.active
      from org_units u join employees h on h.id = u.head_id`),
  );
  const changes = plannedHeads(records, unitIds, stored);
  await inBatches(
    changes,
    { size: batchSize, step: 'setting unit heads', rowOf: (c: HeadChange) => c.row },
    (batch) =>
      tx.execute(sql`
        update org_units u set head_id = e.id
        from ${columns(
          'x(unit_id int, nip text)',
          batch.map((c) => ({ unit_id: c.unitId, nip: c.nip })),
        )}
        left join employees e on e.nip = x.nip and e.active
        where u.id = x.unit_id`),
  );
}

/** What changes: the file's marks laid over the stored heads (exported for the unit tests). */
export function plannedHeads(
  records: readonly EmployeeRecord[],
  unitIds: ReadonlyMap<string, number>,
  stored: readonly { unit_id: number; nip: string; active: boolean }[],
): HeadChange[] {
  const columnInFile = records.some((r) => r.unitHead !== undefined);
  const marked = new Map<number, { nip: string; row: number }>();
  const rowOf = new Map<string, number>();
  if (columnInFile) {
    for (const r of records) {
      if (rowOf.has(r.nip)) continue; // validation refused a second row of a NIP; the first counts
      rowOf.set(r.nip, r.row);
      if (r.unitHead) marked.set(unitIds.get(r.unitPath)!, { nip: r.nip, row: r.row });
    }
  }
  const changes: HeadChange[] = [];
  const storedByUnit = new Map(stored.map((s) => [s.unit_id, s]));
  for (const [unitId, head] of marked) {
    const current = storedByUnit.get(unitId);
    if (current?.nip !== head.nip || !current.active) changes.push({ unitId, ...head });
  }
  for (const current of stored) {
    if (marked.has(current.unit_id)) continue;
    const row = rowOf.get(current.nip);
    if (!current.active || row !== undefined) {
      changes.push({ unitId: current.unit_id, nip: null, row: row ?? 0 });
    }
  }
  return changes;
}
