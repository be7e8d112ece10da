/**
 * The dialog-kinerja record: an employee's dialog request, closed by their supervisor or appraiser
 * with the agreement, the follow-up and the next review date (dialog_requests, status `held`).
 */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { dialogRequests, employees } from '../schema.js';
import { appraiserOfEmployee } from './appraisal.js';

export interface DialogRequestAccess {
  requestId: number;
  employeeId: number;
  employeeName: string;
  /** The atasan and the effective penilai at this moment: either may record the dialog. */
  supervisorId: number | null;
  appraiserId: number | null;
  status: string;
}

/** An open or closed request with whom it may be recorded by; undefined when gone or the employee left. */
export async function dialogRequestAccess(
  db: DbOrTx,
  requestId: number,
): Promise<DialogRequestAccess | undefined> {
  const [row] = await db
    .select({
      requestId: dialogRequests.id,
      employeeId: dialogRequests.employeeId,
      employeeName: employees.name,
      supervisorId: employees.supervisorId,
      appraiserId: appraiserOfEmployee,
      status: dialogRequests.status,
    })
    .from(dialogRequests)
    .innerJoin(employees, eq(employees.id, dialogRequests.employeeId))
    .where(and(eq(dialogRequests.id, requestId), eq(employees.active, true)));
  return row;
}

/**
 * Closes an open request as held, with its record. False when it is no longer open (recorded
 * meanwhile by the other of atasan and penilai, or withdrawn): the first record stands.
 */
export async function recordDialogHeld(
  db: DbOrTx,
  record: {
    requestId: number;
    heldBy: number;
    agreement: string;
    followUp: string | null;
    nextReviewOn: string | null;
    now: Date;
  },
): Promise<boolean> {
  const rows = await db
    .update(dialogRequests)
    .set({
      status: 'held',
      closedAt: record.now,
      heldBy: record.heldBy,
      agreement: record.agreement,
      followUp: record.followUp,
      nextReviewOn: record.nextReviewOn,
    })
    .where(and(eq(dialogRequests.id, record.requestId), eq(dialogRequests.status, 'open')))
    .returning({ id: dialogRequests.id });
  return rows.length > 0;
}
