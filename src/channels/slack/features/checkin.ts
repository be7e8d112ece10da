import type { Inbound } from '../../../core/conversation/types.js';
import { answerDialog, openCheckin } from '../../../services/checkin-service.js';
import { personOf } from '../../../services/people/person.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushPrivate } from '../outbox.js';
import { pushSlackDialogReply } from '../render-dialog.js';

/**
 * `/checkin` in Slack: the same dialog, state and runner as Telegram's, so a check-in begun in
 * one channel goes on in the other. The questions come in the person's DM with the app; typed
 * in a channel, the command is answered there privately with a pointer to the DM.
 */
export async function startCheckin(turn: SlackTurn, deps: SlackDeps, typedIn: string): Promise<void> {
  if (!turn.employee) return;
  const reply = await openCheckin(turn.tx, deps.dialogs, personOf(turn.employee), 'slack', deps.clock());
  pushSlackDialogReply(turn, deps.translator, reply);
  if (!typedIn.startsWith('D')) pushPrivate(turn, turn.t('slack-checkin-in-dm'));
}

/** A dialog button, a typed answer or a file in the DM: to the dialog it is for. */
export async function answer(turn: SlackTurn, deps: SlackDeps, input: Inbound): Promise<void> {
  if (!turn.employee) return;
  const reply = await answerDialog(
    turn.tx,
    deps.dialogs,
    personOf(turn.employee),
    input,
    deps.clock(),
    turn.preloaded?.conversation,
  );
  pushSlackDialogReply(turn, deps.translator, reply);
}
