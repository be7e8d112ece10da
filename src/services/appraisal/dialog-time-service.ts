/** The proposed time of a dialog kinerja: stored on the request and told to the employee in their zone. */
import { localTimeArgs } from '../../core/appraisal/dialog-time.js';
import {
  type DialogTimeEffect,
  type DialogTimeState,
  dialogTimeFlow,
} from '../../core/appraisal/dialog-time-flow.js';
import { proposeDialogTime } from '../../storage/repositories/appraisal.js';
import { noteReply } from '../dialogs/dialog-reply.js';
import type { DialogService } from '../dialogs/dialog-runner.js';
import { appraiserName } from './appraiser-name.js';

export const dialogTimeDialog: DialogService<DialogTimeState, DialogTimeEffect> = {
  flow: dialogTimeFlow,
  async applyEffect(tx, appraiser, _channel, effect, _now, { notifier }) {
    const at = new Date(effect.at);
    // The employee withdrew the request meanwhile (a revision without it): nothing to tell.
    if (!(await proposeDialogTime(tx, effect.checkinId, at))) return;
    const recipient = await notifier.recipient(tx, effect.employeeId);
    if (!recipient) return;
    const args = { from: await appraiserName(tx, appraiser.id), ...localTimeArgs(at, recipient.timeZone) };
    await notifier.notify(
      tx,
      recipient,
      noteReply([{ key: 'appraisal-time-proposed', args, expects: 'none' }]),
    );
  },
};
