import { runLeaveCommand } from '../../../services/leave/leave-command.js';
import type { SlackTurn } from '../context.js';
import { pushPrivate } from '../outbox.js';

/** A calendar date at local midnight, so DATETIME (which takes no time zone) prints that day. */
const day = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** `/cuti`: a person records (or withdraws) their own leave; answered privately. */
export async function leaveCommand(turn: SlackTurn, text: string, now: Date): Promise<void> {
  const employee = turn.employee;
  if (!employee) return;
  const outcome = await runLeaveCommand(turn.tx, {
    employeeId: employee.id,
    timeZone: employee.timeZone,
    text,
    now,
  });
  const t = turn.t;
  switch (outcome.kind) {
    case 'recorded': {
      const key = outcome.from === outcome.to ? 'leave-recorded-day' : 'leave-recorded';
      const recorded = t(key, { from: day(outcome.from), to: day(outcome.to) });
      return pushPrivate(
        turn,
        outcome.alreadyRecorded ? t('leave-already-recorded', { text: recorded }) : recorded,
      );
    }
    case 'cancelled':
      return pushPrivate(turn, t('leave-cancelled', { count: outcome.count }));
    case 'shown': {
      const lines = outcome.periods.map((p) =>
        t('leave-period', { from: day(p.startsOn), to: day(p.endsOn) }),
      );
      return pushPrivate(
        turn,
        [t('leave-recorded-list', { count: lines.length }), ...lines, '', t('leave-usage')].join('\n'),
      );
    }
    case 'refused': {
      const problem = outcome.problem;
      if (problem.problem === 'invalid')
        return pushPrivate(turn, t('leave-invalid-date', { value: problem.value }));
      if (problem.problem === 'order')
        return pushPrivate(turn, t('leave-reversed', { from: day(problem.from), to: day(problem.to) }));
      if (problem.problem === 'too-long')
        return pushPrivate(turn, t('leave-too-long', { days: problem.days }));
      return pushPrivate(turn, t('leave-usage'));
    }
  }
}
