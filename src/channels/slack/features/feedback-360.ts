import type { Inbound } from '../../../core/conversation/types.js';
import { readInviteButton, readReviewButton } from '../../../core/feedback/invitation-button.js';
import { peerCommand, pressReview } from '../../../services/feedback/peer-service.js';
import {
  listQuestionnaires,
  pressInvitation,
  REFUSED,
} from '../../../services/feedback/questionnaire-service.js';
import { personOf } from '../../../services/people/person.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushPrivate } from '../outbox.js';
import { pushCommandReply, pushNewDm, pushPrivateReply } from './command-reply.js';

type Choice = Extract<Inbound, { type: 'choice' }>;

/** `/dika 360`: the questionnaire left open, else a button per colleague still to rate (in the DM). */
export async function questionnairesCommand(
  turn: SlackTurn,
  deps: SlackDeps,
  typedIn: string,
): Promise<void> {
  if (!turn.employee) return;
  const reply = await listQuestionnaires(turn.tx, deps.dialogs, personOf(turn.employee), 'slack');
  pushCommandReply(turn, deps, reply, typedIn);
}

/** `/dika rekan [usul|tolak <nama> <alasan>]`: the ratee's peer raters, or a change for the appraiser. */
export async function peerChangeCommand(turn: SlackTurn, deps: SlackDeps, text: string): Promise<void> {
  if (!turn.employee) return;
  const reply = await peerCommand(turn.tx, personOf(turn.employee), text, deps.clock());
  pushPrivateReply(turn, deps, reply);
}

/**
 * A button under a 360° invitation (or `/dika 360`, or the appraiser's peer review). They belong
 * to no open dialog, so what they name is checked against the presser now; a refusal names
 * nobody and writes nothing. The answer is a new DM: the invitation keeps its buttons for the
 * next colleague to rate, the review its buttons for the other changes.
 */
export async function pressFeedbackButton(turn: SlackTurn, deps: SlackDeps, input: Choice): Promise<void> {
  if (!turn.employee) return;
  const person = personOf(turn.employee);
  const button = { nonce: input.nonce ?? '', seq: input.seq, choice: input.choice };
  const review = readReviewButton(button);
  if (review) {
    const settled = await pressReview(turn.tx, person, review, deps.clock());
    return pushNewDm(turn, deps, settled);
  }
  const pressed = readInviteButton(button);
  const reply = pressed ? await pressInvitation(turn.tx, deps.dialogs, person, 'slack', pressed) : REFUSED;
  if (reply === REFUSED) {
    turn.log.info('feedback button refused');
    return pushPrivate(turn, turn.t('fb360-not-allowed'));
  }
  pushNewDm(turn, deps, reply);
}
