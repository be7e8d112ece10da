import { noteReply } from '../../../services/dialogs/dialog-reply.js';
import { personOf } from '../../../services/people/person.js';
import { historyPrompt, statusPrompt } from '../../../services/status-service.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushPrivateReply } from './command-reply.js';

/** `/dika status`: the person's active indicators with their latest realisasi and capaian, privately. */
export async function statusCommand(turn: SlackTurn, deps: SlackDeps): Promise<void> {
  if (!turn.employee) return;
  const prompt = await statusPrompt(turn.tx, personOf(turn.employee), deps.clock());
  pushPrivateReply(turn, deps, noteReply([prompt]));
}

/** `/dika riwayat`: the person's last check-ins, privately. */
export async function historyCommand(turn: SlackTurn, deps: SlackDeps): Promise<void> {
  if (!turn.employee) return;
  pushPrivateReply(turn, deps, noteReply([await historyPrompt(turn.tx, personOf(turn.employee))]));
}
