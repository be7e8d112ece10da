import { shortName } from '../../core/people/greeting.js';
import type { DbOrTx } from '../../storage/database.js';
import { findEmployeeById } from '../../storage/repositories/identities.js';

/** How an employee is told who wrote: "Bapak Hendra" with a sapaan, else the full name. */
export async function appraiserName(tx: DbOrTx, appraiserId: number): Promise<string> {
  const row = await findEmployeeById(tx, appraiserId);
  if (!row) return '';
  return row.salutation ? `${row.salutation} ${shortName(row.name)}` : row.name;
}
