import { openEvaluation } from '../../../services/evaluation/evaluation-service.js';
import { personOf } from '../../../services/people/person.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushCommandReply } from './command-reply.js';

/**
 * `/dika evaluasi [2026-TW4]`: the appraiser's quarterly evaluation, the same dialog as Telegram's,
 * in the DM. Its buttons come back through the dialog button listener like the check-in's.
 */
export async function evaluationCommand(
  turn: SlackTurn,
  deps: SlackDeps,
  period: string,
  typedIn: string,
): Promise<void> {
  if (!turn.employee) return;
  const person = personOf(turn.employee);
  const reply = await openEvaluation(turn.tx, deps.dialogs, person, 'slack', deps.clock(), period);
  pushCommandReply(turn, deps, reply, typedIn);
}
