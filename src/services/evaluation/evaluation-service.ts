/**
 * /evaluasi as the channels use it: only an appraiser may run it (anyone else gets one refusal
 * that names nobody); it loads the quarter's evaluation tables of everyone they evaluate in a
 * few set-based statements and hands the dialog to the runner. Ratings are stored through the
 * effect below, which refuses them once an admin has closed the period.
 */
import { randomBytes } from 'node:crypto';
import type { Prompt, PromptLine } from '../../core/conversation/types.js';
import {
  beginEvaluation,
  EVALUATION_KIND,
  type EvaluationEffect,
  type EvaluationState,
  evaluationFlow,
} from '../../core/evaluation/evaluation-flow.js';
import { defaultQuarter, parseQuarterArg } from '../../core/evaluation/quarter-period.js';
import { localDate } from '../../core/time/iso-week.js';
import type { DbOrTx } from '../../storage/database.js';
import {
  appraiseesOf,
  ensurePeriod,
  evaluates,
  evaluationTables,
  upsertEvaluation,
} from '../../storage/repositories/evaluations.js';
import { type DialogReply, noteReply } from '../dialogs/dialog-reply.js';
import type { DialogRunner, DialogService } from '../dialogs/dialog-runner.js';
import { behaviourSummary } from '../feedback/results-service.js';
import type { Person } from '../people/person.js';
import { evaluatedPeople } from './evaluation-people.js';

const newNonce = () => randomBytes(3).toString('base64url');
const note = (key: string, args?: Prompt['args']): DialogReply =>
  noteReply([{ key, ...(args ? { args } : {}), expects: 'none' }]);

export const evaluationDialog: DialogService<EvaluationState, EvaluationEffect> = {
  flow: evaluationFlow,
  async applyEffect(tx, appraiser, _channel, effect, now) {
    // The list was read when the dialog began; HR may have named another penilai since.
    if (!(await evaluates(tx, appraiser.id, effect.employeeId)))
      return {
        end: [{ key: 'evaluation-no-longer-yours', args: { name: effect.employeeName }, expects: 'none' }],
      };
    const outcome = await upsertEvaluation(tx, {
      employeeId: effect.employeeId,
      periodId: effect.periodId,
      appraiserId: appraiser.id,
      suggestedResult: effect.suggested,
      resultRating: effect.result,
      behaviourRating: effect.behaviour,
      predikat: effect.predikat,
      now,
    });
    if (outcome === 'saved') return;
    return {
      end: [{ key: 'evaluation-closed-not-saved', args: { name: effect.employeeName }, expects: 'none' }],
    };
  },
};

/** What the 360° feedback of the quarter says, as lines under the perilaku question. */
async function behaviourLines(tx: DbOrTx, employeeId: number, code: string): Promise<PromptLine[]> {
  const summary = await behaviourSummary(tx, employeeId, code);
  if (summary.status === 'closed') return summary.lines;
  if (summary.status === 'open')
    return [{ key: 'evaluation-360-open', args: { closesOn: { date: summary.closesOn } } }];
  return [{ key: 'evaluation-no-360' }];
}

/** `/evaluasi [2026-TW4]`: resume the same quarter's open run, or begin one. */
export async function openEvaluation(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  channel: string,
  now: Date,
  arg = '',
): Promise<DialogReply> {
  // First: is this person an appraiser at all? Nothing else is read or written for anyone else.
  if ((await appraiseesOf(tx, person.id, null)).length === 0) return note('evaluation-not-appraiser');
  const today = localDate(now, person.timeZone);
  const typed = arg.trim();
  const quarter = typed === '' ? defaultQuarter(today) : parseQuarterArg(typed);
  if (!quarter) return note('evaluation-bad-period', { typed });
  const args = { year: String(quarter.year), quarter: quarter.quarter };
  if (quarter.start > today) return note('evaluation-future-period', args);
  const period = await ensurePeriod(tx, {
    code: quarter.code,
    year: quarter.year,
    quarter: quarter.quarter,
    startsOn: quarter.start,
    endsOn: quarter.end,
  });
  if (period.status === 'closed') return note('evaluation-period-closed', args);
  const open = await dialogs.lock<EvaluationState>(tx, person, EVALUATION_KIND);
  if (open && open.state.period.id === period.id) return dialogs.resume(tx, person, open, channel);
  const appraisees = await appraiseesOf(tx, person.id, period.id);
  const tables = await evaluationTables(
    tx,
    appraisees.map((a) => a.employeeId),
    quarter,
  );
  const people = evaluatedPeople(appraisees, tables, quarter);
  // The 360° aggregate beside each perilaku question: one appraiser's people, a few each.
  for (const evaluated of people)
    evaluated.behaviour = await behaviourLines(tx, evaluated.employeeId, quarter.code);
  const begun = beginEvaluation({
    nonce: newNonce(),
    period: { id: period.id, code: period.code, year: quarter.year, quarter: quarter.quarter },
    people,
  });
  return dialogs.begin(tx, person, channel, EVALUATION_KIND, begun, open !== undefined);
}

/** `/batal` while /evaluasi is open; undefined when it is not (another dialog's /batal runs). */
export async function cancelEvaluation(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
): Promise<DialogReply | undefined> {
  return (await dialogs.cancel(tx, person, EVALUATION_KIND)) ? note('evaluation-cancelled') : undefined;
}
