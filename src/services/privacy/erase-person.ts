/**
 * Erasure (UU 27/2022, Pasal 8 and 16): the person's identity and words are removed or replaced
 * by a random placeholder that no key or hash leads back from; their numbers stay on the
 * anonymised employee row so that unit totals and participation rates still add up.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../storage/database.js';
import { type EmployeeRecord, identitiesOf } from '../../storage/repositories/privacy.js';
import {
  anonymiseEmployee,
  ERASE_ACTION,
  type ErasureCounts,
  erasePersonalRows,
  recordAudit,
  scrubMentions,
} from '../../storage/repositories/privacy-erasure.js';
import { DIGEST_JOB } from '../appraisal/checkin-notice.js';
import { SNOOZE_JOB } from '../checkin-service.js';

/** What an erased employee's NIP and name become: `erased-` and 12 random hex digits. */
export const ERASED_PREFIX = 'erased-';

export const isErased = (employee: Pick<EmployeeRecord, 'nip'>) => employee.nip.startsWith(ERASED_PREFIX);

export interface ErasureResult {
  /** Whether anything was (or, for a dry run, would be) changed. */
  changed: boolean;
  placeholder: string;
  /** The employee row itself: name, NIP, email, phone, position. */
  employeeRow: boolean;
  counts: ErasureCounts;
}

class DryRun extends Error {
  constructor(readonly result: ErasureResult) {
    super('dry run');
  }
}

/**
 * Erases in one transaction and writes an audit row that names the employee by id only. With
 * `dryRun` the same statements run and are rolled back, so the counts are exactly what a real
 * run would change. A second erasure of the same person changes nothing and writes no audit row.
 */
export async function erasePerson(
  db: Db,
  employee: EmployeeRecord,
  input: { actor: string; now: Date; dryRun?: boolean },
): Promise<ErasureResult> {
  try {
    return await db.transaction(async (tx) => {
      const placeholder = isErased(employee)
        ? employee.nip
        : `${ERASED_PREFIX}${randomBytes(6).toString('hex')}`;
      const identities = await identitiesOf(tx, employee.id);
      const rows = await erasePersonalRows(tx, employee, { jobs: [SNOOZE_JOB, DIGEST_JOB] });
      const auditEntries = await scrubMentions(tx, employee, {
        placeholder,
        identifiers: [
          employee.nip,
          employee.name,
          employee.email ?? '',
          employee.phone ?? '',
          ...identities.flatMap((i) => [i.externalUserId, i.chatId ?? '']),
        ].filter((v) => v !== placeholder),
        accounts: identities.map((i) => `${i.platform}:${i.externalUserId}`),
      });
      const employeeRow = !isErased(employee);
      if (employeeRow) await anonymiseEmployee(tx, employee.id, { placeholder, now: input.now });
      const counts = { ...rows, auditEntries };
      const changed = employeeRow || Object.values(counts).some((n) => n > 0);
      const result = { changed, placeholder, employeeRow, counts };
      if (input.dryRun) throw new DryRun(result);
      if (changed) {
        await recordAudit(tx, {
          at: input.now,
          actor: input.actor,
          action: ERASE_ACTION,
          entity: 'employee',
          entityKey: String(employee.id),
          after: { employeeRow, ...counts },
        });
      }
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}
