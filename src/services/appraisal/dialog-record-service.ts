/**
 * "Tandai dialog sudah dilaksanakan" from a rekap: only the employee's atasan or penilai at press
 * time may record it; anyone else, and a request that is gone, gets the same refusal as every
 * other appraiser button (it names nobody). The record is told to the employee.
 */
import { randomBytes } from 'node:crypto';
import {
  DIALOG_RECORD_KIND,
  type DialogRecordEffect,
  type DialogRecordState,
  dialogRecordFlow,
  exampleReviewDate,
} from '../../core/appraisal/dialog-record-flow.js';
import type { DbOrTx } from '../../storage/database.js';
import { dialogRequestAccess, recordDialogHeld } from '../../storage/repositories/dialog-records.js';
import { type DialogReply, noteReply } from '../dialogs/dialog-reply.js';
import type { DialogRunner, DialogService } from '../dialogs/dialog-runner.js';
import type { Person } from '../people/person.js';
import { appraiserName } from './appraiser-name.js';
import { REFUSED } from './feedback-service.js';

export const dialogRecordDialog: DialogService<DialogRecordState, DialogRecordEffect> = {
  flow: dialogRecordFlow,
  async applyEffect(tx, recorder, _channel, effect, now, { notifier }) {
    const saved = await recordDialogHeld(tx, {
      requestId: effect.requestId,
      heldBy: recorder.id,
      agreement: effect.agreement,
      followUp: effect.followUp,
      nextReviewOn: effect.nextReviewOn,
      now,
    });
    // Recorded meanwhile by the other of atasan and penilai: the first record stands, nobody is told twice.
    if (!saved) return;
    const args = {
      from: await appraiserName(tx, recorder.id),
      agreement: effect.agreement,
      followUp: effect.followUp ?? 'none',
      next: effect.nextReviewOn ? { date: effect.nextReviewOn } : 'none',
    };
    await notifier.notify(
      tx,
      effect.employeeId,
      noteReply([{ key: 'dialog-record-received', args, expects: 'none' }]),
    );
  },
};

/** A pressed "Tandai dialog sudah dilaksanakan": check who presses, then ask for the record. */
export async function startDialogRecord(
  tx: DbOrTx,
  dialogs: DialogRunner,
  presser: Person,
  channel: string,
  requestId: number,
  now: Date,
): Promise<DialogReply | typeof REFUSED> {
  const access = await dialogRequestAccess(tx, requestId);
  const allowed =
    access &&
    access.employeeId !== presser.id &&
    (access.supervisorId === presser.id || access.appraiserId === presser.id);
  if (!allowed) return REFUSED;
  if (access.status !== 'open') return noteReply([{ key: 'dialog-record-closed', expects: 'none' }]);
  const state: DialogRecordState = {
    kind: DIALOG_RECORD_KIND,
    nonce: randomBytes(3).toString('base64url'),
    seq: 0,
    requestId,
    employeeId: access.employeeId,
    employeeName: access.employeeName,
    timeZone: presser.timeZone,
    step: 'agreement',
    example: exampleReviewDate(now, presser.timeZone),
  };
  return dialogs.begin(tx, presser, channel, DIALOG_RECORD_KIND, {
    state,
    prompts: [dialogRecordFlow.currentPrompt(state)],
  });
}
