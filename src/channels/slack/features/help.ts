import type { SlackTurn } from '../context.js';
import { pushPrivate } from '../outbox.js';

/** `/dika help` (and `/dika` alone): open to strangers, shows no data. */
export function help(turn: SlackTurn): void {
  const text = turn.t('slack-help');
  pushPrivate(turn, turn.employee ? text : `${text}\n\n${turn.t('slack-help-not-linked')}`);
}
