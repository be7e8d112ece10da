import type { Inbound } from '../../../core/conversation/types.js';
import {
  isSearching,
  latestOpenDialog,
  openContinuous,
  searchColleague,
} from '../../../services/feedback/continuous-service.js';
import { personOf } from '../../../services/people/person.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushSlackDialogReply } from '../render-dialog.js';
import { answer } from './checkin.js';
import { pushCommandReply } from './command-reply.js';

/** `/umpanbalik`: the open draft where it was, or a new one, in the DM. */
export async function continuousCommand(turn: SlackTurn, deps: SlackDeps, typedIn: string): Promise<void> {
  if (!turn.employee) return;
  const reply = await openContinuous(turn.tx, deps.dialogs, personOf(turn.employee), 'slack');
  pushCommandReply(turn, deps, reply, typedIn);
}

/**
 * Whatever the person sent in the DM. Typed text while umpan balik waits for a colleague's name
 * (the dialog that asked last) is a search of their circle; everything else goes to the dialog
 * that asked last, as in Telegram.
 */
export async function answerMessage(turn: SlackTurn, deps: SlackDeps, input: Inbound): Promise<void> {
  const employee = turn.employee;
  if (!employee) return;
  if (input.type === 'text') {
    const open =
      turn.preloaded?.conversation !== undefined
        ? turn.preloaded.conversation
        : await latestOpenDialog(turn.tx, deps.dialogs, employee.id);
    if (open && isSearching(open)) {
      const person = personOf(employee);
      const reply = await searchColleague(turn.tx, deps.dialogs, person, open, input.text);
      return pushSlackDialogReply(turn, deps.translator, reply);
    }
  }
  await answer(turn, deps, input);
}
