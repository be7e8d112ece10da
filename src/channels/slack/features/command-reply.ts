import type { DialogReply } from '../../../services/dialogs/dialog-reply.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushDm, pushPrivate } from '../outbox.js';
import { renderSlackMessage } from '../render-blocks.js';
import { pushSlackDialogReply } from '../render-dialog.js';

/** A note only the person sees (a status, a refusal), its text escaped for mrkdwn like a dialog's. */
export function pushPrivateReply(turn: SlackTurn, deps: SlackDeps, reply: DialogReply): void {
  const { text, blocks } = renderSlackMessage(deps.translator, turn.locale, reply);
  if (text || blocks) pushPrivate(turn, text, blocks);
}

/**
 * A command's reply that may start a dialog. A dialog (or a list of buttons to press later) goes
 * to the DM, where its message can be updated question by question and stays after a reload;
 * typed in a channel, the command is answered there privately with a pointer to the DM. A note
 * with nothing to answer (a refusal, "nothing to fill in") is answered privately where typed.
 */
export function pushCommandReply(
  turn: SlackTurn,
  deps: SlackDeps,
  reply: DialogReply,
  typedIn: string,
): void {
  if (!reply.open && !reply.buttons) {
    pushPrivateReply(turn, deps, reply);
    return;
  }
  pushSlackDialogReply(turn, deps.translator, reply);
  if (!typedIn.startsWith('D')) pushPrivate(turn, turn.t('slack-dialog-in-dm'));
}

/** A new DM: the message whose button was pressed (a report, an invitation) keeps its buttons. */
export function pushNewDm(turn: SlackTurn, deps: SlackDeps, reply: DialogReply): void {
  const { text, blocks } = renderSlackMessage(deps.translator, turn.locale, reply);
  if (text || blocks) pushDm(turn, text, blocks);
}
