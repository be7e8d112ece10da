import { renderPrompts } from '../../../i18n/render-prompt.js';
import { cancelAppraisalDialog } from '../../../services/appraisal/feedback-service.js';
import { cancelCheckin } from '../../../services/checkin-service.js';
import { personOf } from '../../../services/people/person.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushPrivate } from '../outbox.js';

/** `/dika batal` (Telegram's /batal): an appraiser's open umpan balik first, else the check-in. */
export async function cancelDialog(turn: SlackTurn, deps: SlackDeps): Promise<void> {
  if (!turn.employee) return;
  const person = personOf(turn.employee);
  const reply =
    (await cancelAppraisalDialog(turn.tx, deps.dialogs, person)) ??
    (await cancelCheckin(turn.tx, deps.dialogs, person));
  pushPrivate(turn, renderPrompts(deps.translator, turn.locale, reply.prompts).text);
}
