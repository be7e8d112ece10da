/**
 * `period close <2026-Q4>` / `period open <2026-Q4>`: the performance administrator freezes the
 * ratings of a period (appraisers can no longer change them) or opens it again. Each change is
 * written to the audit log with who ran it. A quarter no one has evaluated yet can be closed too.
 */
import { parseQuarterArg } from '../../core/evaluation/quarter-period.js';
import { parsePeriodCode } from '../../import/periods.js';
import { ensurePeriod, setPeriodStatus } from '../../storage/repositories/evaluations.js';
import type { CliCommand } from '../context.js';

/** `2026-Q4`, also as the SKP forms write it (`2026-TW4`); `2026` is the year. */
function periodOf(text: string) {
  const spec = parsePeriodCode(text);
  if (spec) return spec;
  const quarter = parseQuarterArg(text);
  return (
    quarter && {
      code: quarter.code,
      year: quarter.year,
      quarter: quarter.quarter,
      startsOn: quarter.start,
      endsOn: quarter.end,
    }
  );
}

export const periodCommand: CliCommand = {
  usage: 'period close <2026-Q4> | period open <2026-Q4>',
  run: async (args, ctx) => {
    const t = ctx.translator.forLocale(ctx.locale);
    const [action, code, ...extra] = args;
    const spec = code ? periodOf(code) : undefined;
    if ((action !== 'close' && action !== 'open') || !spec || extra.length > 0) {
      ctx.err(t('period-cli-usage'));
      return 2;
    }
    const status = action === 'close' ? 'closed' : 'open';
    const { db } = await ctx.database();
    const result = await db.transaction(async (tx) => {
      await ensurePeriod(tx, spec);
      return setPeriodStatus(tx, { code: spec.code, status, actor: ctx.actor, now: new Date() });
    });
    const key =
      result?.before === status
        ? 'period-cli-unchanged'
        : action === 'close'
          ? 'period-cli-closed'
          : 'period-cli-opened';
    ctx.out(t(key, { code: spec.code, status }));
    return 0;
  },
};
