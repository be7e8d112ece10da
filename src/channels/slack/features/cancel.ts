import { cancelAppraisalDialog } from '../../../services/appraisal/feedback-service.js';
import { cancelCheckin } from '../../../services/checkin-service.js';
import { cancelEvaluation } from '../../../services/evaluation/evaluation-service.js';
import { cancelContinuous } from '../../../services/feedback/continuous-service.js';
import { cancelQuestionnaire } from '../../../services/feedback/questionnaire-service.js';
import { personOf } from '../../../services/people/person.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushPrivateReply } from './command-reply.js';

/**
 * `/dika batal` (Telegram's /batal), in Telegram's order: an appraiser's open umpan balik, an
 * evaluation, a 360° questionnaire, an umpan balik berkelanjutan draft, else the check-in (whose
 * answer also says when nothing was open).
 */
export async function cancelDialog(turn: SlackTurn, deps: SlackDeps): Promise<void> {
  if (!turn.employee) return;
  const person = personOf(turn.employee);
  const reply =
    (await cancelAppraisalDialog(turn.tx, deps.dialogs, person)) ??
    (await cancelEvaluation(turn.tx, deps.dialogs, person)) ??
    (await cancelQuestionnaire(turn.tx, deps.dialogs, person)) ??
    (await cancelContinuous(turn.tx, deps.dialogs, person)) ??
    (await cancelCheckin(turn.tx, deps.dialogs, person));
  pushPrivateReply(turn, deps, reply);
}
