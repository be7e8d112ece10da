import { Composer } from 'grammy';
import { runLeaveCommand } from '../../../services/leave/leave-command.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushReply } from '../outbox.js';

/** A calendar date at local midnight, so DATETIME (which takes no time zone) prints that day. */
const day = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** /cuti: a person records (or withdraws) their own leave; the words come from leave.ftl. */
export function leaveFeature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  composer.command(['cuti', 'leave'], async (ctx) => {
    if (!ctx.employee) return;
    const outcome = await runLeaveCommand(ctx.tx, {
      employeeId: ctx.employee.id,
      timeZone: ctx.employee.timeZone,
      text: typeof ctx.match === 'string' ? ctx.match : '',
      now: deps.clock(),
    });
    switch (outcome.kind) {
      case 'recorded': {
        const key = outcome.from === outcome.to ? 'leave-recorded-day' : 'leave-recorded';
        const text = ctx.t(key, { from: day(outcome.from), to: day(outcome.to) });
        return pushReply(ctx, outcome.alreadyRecorded ? ctx.t('leave-already-recorded', { text }) : text);
      }
      case 'cancelled':
        return pushReply(ctx, ctx.t('leave-cancelled', { count: outcome.count }));
      case 'shown': {
        const lines = outcome.periods.map((p) =>
          ctx.t('leave-period', { from: day(p.startsOn), to: day(p.endsOn) }),
        );
        return pushReply(
          ctx,
          [ctx.t('leave-recorded-list', { count: lines.length }), ...lines, '', ctx.t('leave-usage')].join(
            '\n',
          ),
        );
      }
      case 'refused': {
        const problem = outcome.problem;
        if (problem.problem === 'invalid')
          return pushReply(ctx, ctx.t('leave-invalid-date', { value: problem.value }));
        if (problem.problem === 'order') {
          return pushReply(ctx, ctx.t('leave-reversed', { from: day(problem.from), to: day(problem.to) }));
        }
        if (problem.problem === 'too-long')
          return pushReply(ctx, ctx.t('leave-too-long', { days: problem.days }));
        return pushReply(ctx, ctx.t('leave-usage'));
      }
    }
  });
  return composer;
}
