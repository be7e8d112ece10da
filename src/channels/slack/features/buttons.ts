import { NOTICE_KIND, readNoticeButton } from '../../../core/appraisal/notice-button.js';
import type { Inbound } from '../../../core/conversation/types.js';
import { INVITE_KIND } from '../../../core/feedback/invitation-button.js';
import { startDialogRecord } from '../../../services/appraisal/dialog-record-service.js';
import { pressNoticeButton, REFUSED } from '../../../services/appraisal/feedback-service.js';
import { personOf } from '../../../services/people/person.js';
import { REKAP_BUTTON_KIND, readRekapButton } from '../../../services/rekap/rekap-buttons.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushPrivate } from '../outbox.js';
import { answer } from './checkin.js';
import { pushNewDm } from './command-reply.js';
import { pressFeedbackButton } from './feedback-360.js';
import { rekapDrill } from './rekap.js';

type Choice = Extract<Inbound, { type: 'choice' }>;

/** One refusal for every button its presser may not use: it names nobody. */
function refuse(turn: SlackTurn): void {
  turn.log.info('button refused');
  pushPrivate(turn, turn.t('appraisal-not-allowed'));
}

/**
 * Every codec button (`dlg:<choice>`, the payload in `value`), routed by its kind like Telegram's
 * features: the appraiser's notice buttons, the rekap's and the 360° invitations' act on what they
 * carry (checked against the presser now); every other kind is an open dialog's.
 */
export async function pressButton(turn: SlackTurn, deps: SlackDeps, input: Choice): Promise<void> {
  const employee = turn.employee;
  if (!employee) return;
  const person = personOf(employee);
  const now = deps.clock();
  if (input.kind === NOTICE_KIND) {
    const pressed = readNoticeButton({ nonce: input.nonce ?? '', seq: input.seq, choice: input.choice });
    const reply = pressed
      ? await pressNoticeButton(turn.tx, deps.dialogs, person, 'slack', pressed, now)
      : REFUSED;
    return reply === REFUSED ? refuse(turn) : pushNewDm(turn, deps, reply);
  }
  if (input.kind === REKAP_BUTTON_KIND) {
    const pressed = readRekapButton(input.choice);
    if (!pressed) return refuse(turn);
    if (pressed.type === 'unit') return rekapDrill(turn, deps, pressed.unitId);
    const reply = await startDialogRecord(turn.tx, deps.dialogs, person, 'slack', pressed.requestId, now);
    return reply === REFUSED ? refuse(turn) : pushNewDm(turn, deps, reply);
  }
  if (input.kind === INVITE_KIND) return pressFeedbackButton(turn, deps, input);
  await answer(turn, deps, input);
}
