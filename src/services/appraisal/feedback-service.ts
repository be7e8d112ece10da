/**
 * The appraiser's buttons under a report: umpan balik (a dialog of one question, for the whole
 * check-in or one indicator), ajukan waktu dialog, and "open" from the daily bundle. Whoever
 * presses must be the employee's appraiser at press time; anyone else, and a button for a
 * check-in or indicator that is gone, gets one and the same refusal, which reveals nothing.
 */
import { randomBytes } from 'node:crypto';
import { workWeek } from '../../core/appraisal/checkin-report.js';
import { DIALOG_RECORD_KIND } from '../../core/appraisal/dialog-record-flow.js';
import { offeredTimes } from '../../core/appraisal/dialog-time.js';
import {
  DIALOG_TIME_KIND,
  type DialogTimeState,
  dialogTimeFlow,
} from '../../core/appraisal/dialog-time-flow.js';
import {
  FEEDBACK_KIND,
  type FeedbackEffect,
  type FeedbackState,
  feedbackFlow,
} from '../../core/appraisal/feedback-flow.js';
import type { NoticeAction } from '../../core/appraisal/notice-button.js';
import type { DbOrTx } from '../../storage/database.js';
import { checkinAccess, checkinReports, reportedIndicator } from '../../storage/repositories/appraisal.js';
import { insertFeedback } from '../../storage/repositories/checkin-feedback.js';
import { type DialogReply, noteReply } from '../dialogs/dialog-reply.js';
import type { DialogRunner, DialogService } from '../dialogs/dialog-runner.js';
import type { Person } from '../people/person.js';
import { appraiserName } from './appraiser-name.js';
import { reportReply } from './checkin-notice.js';

const newNonce = () => randomBytes(3).toString('base64url');
/** The one answer to a button its presser may not use, or that points at nothing any more. */
export const REFUSED = 'refused' as const;
const refused = () => REFUSED;

export const feedbackDialog: DialogService<FeedbackState, FeedbackEffect> = {
  flow: feedbackFlow,
  async applyEffect(tx, appraiser, _channel, effect, now, { notifier }) {
    await insertFeedback(tx, {
      checkinId: effect.checkinId,
      keyResultId: effect.keyResultId,
      authorId: appraiser.id,
      body: effect.body,
      now,
    });
    const args = {
      from: await appraiserName(tx, appraiser.id),
      indicator: effect.indicator ?? 'none',
      start: { date: effect.weekStart },
      end: { date: effect.weekEnd },
      body: effect.body,
    };
    await notifier.notify(
      tx,
      effect.employeeId,
      noteReply([{ key: 'appraisal-feedback-received', args, expects: 'none' }]),
    );
  },
};

/** A pressed notice button, already decoded: check who presses, then act. */
export async function pressNoticeButton(
  tx: DbOrTx,
  dialogs: DialogRunner,
  presser: Person,
  channel: string,
  pressed: { checkinId: number; action: NoticeAction },
  now: Date,
): Promise<DialogReply | typeof REFUSED> {
  const access = await checkinAccess(tx, pressed.checkinId);
  if (!access || access.appraiserId !== presser.id || access.employeeId === presser.id) return refused();
  const action = pressed.action;
  if (action.type === 'open') {
    const [report] = await checkinReports(tx, [access.checkinId]);
    return report ? reportReply(report) : refused();
  }
  const week = workWeek(access.weekStart);
  if (action.type === 'feedback') {
    const indicator =
      action.keyResultId === null ? null : await reportedIndicator(tx, access.checkinId, action.keyResultId);
    if (indicator === undefined) return refused();
    const state: FeedbackState = {
      kind: FEEDBACK_KIND,
      nonce: newNonce(),
      seq: 0,
      checkinId: access.checkinId,
      employeeId: access.employeeId,
      keyResultId: action.keyResultId,
      indicator,
      weekStart: week.start.date,
      weekEnd: week.end.date,
      employeeName: access.employeeName,
    };
    return dialogs.begin(tx, presser, channel, FEEDBACK_KIND, {
      state,
      prompts: [feedbackFlow.currentPrompt(state)],
    });
  }
  if (!access.openDialog) return noteReply([{ key: 'appraisal-time-no-request', expects: 'none' }]);
  const state: DialogTimeState = {
    kind: DIALOG_TIME_KIND,
    nonce: newNonce(),
    seq: 0,
    checkinId: access.checkinId,
    employeeId: access.employeeId,
    employeeName: access.employeeName,
    timeZone: access.employeeTimeZone,
    options: offeredTimes(now, access.employeeTimeZone).map((d) => d.toISOString()),
  };
  return dialogs.begin(tx, presser, channel, DIALOG_TIME_KIND, {
    state,
    prompts: [dialogTimeFlow.currentPrompt(state)],
  });
}

/** `/batal` while an appraiser's dialog is open; undefined when none is (the check-in's /batal runs). */
export async function cancelAppraisalDialog(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
): Promise<DialogReply | undefined> {
  const cancelled: Record<string, string> = {
    [FEEDBACK_KIND]: 'appraisal-feedback-cancelled',
    [DIALOG_TIME_KIND]: 'appraisal-time-cancelled',
    [DIALOG_RECORD_KIND]: 'dialog-record-cancelled',
  };
  for (const [kind, key] of Object.entries(cancelled))
    if (await dialogs.cancel(tx, person, kind)) return noteReply([{ key, expects: 'none' }]);
  return undefined;
}
