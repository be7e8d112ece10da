/**
 * `schedule run <job> [--unit <path>] [--at <ISO time>]`: runs what is due at that moment now, through the same
 * claims as the scheduler's ticks (an operator catching up by hand after an outage, a rehearsal of
 * Monday on a staging copy). Running it twice, or beside a running dika, sends nothing twice: every
 * send is a job row claimed once, finished in the transaction that queues its message.
 * With `--unit`, only the sends about the people of that unit and the units below it run (prompts,
 * reminders, last calls, the digests of its supervisors); planning is per zone and runs whole, and
 * week close (per zone) waits for its own run.
 * Exit codes: 0 done, 1 a job failed, 2 usage, an unknown unit or no channel to send on.
 */
import { Api } from 'grammy';
import { telegramSender } from '../../channels/telegram/outbound-sender.js';
import { telegramReplyRenderer } from '../../channels/telegram/reply-renderer.js';
import { createLogger } from '../../logging/logger.js';
import type { JobHandler } from '../../scheduler/job-runner.js';
import { runScheduleTick } from '../../scheduler/schedule-tick.js';
import { defaultJobHandlers, JOB_CONCURRENCY, workerId } from '../../scheduler/start-scheduler.js';
import { createPlatform } from '../../services/platform.js';
import {
  LAST_CALL_JOB,
  PLAN_JOB,
  PROMPT_JOB,
  REMINDER_JOB,
  SUPERVISOR_DIGEST_JOB,
  WEEK_CLOSE_JOB,
} from '../../services/schedule/plan-schedule.js';
import { loadUnitTree } from '../../storage/repositories/calendar.js';
import { subjectsOfUnit } from '../../storage/repositories/jobs.js';
import type { CliContext } from '../context.js';
import { parseArgs } from './flags.js';
import type { Say } from './holidays.js';

/** What `<job>` names; planning runs with every choice, so a send planned for `--at` is there. */
const JOBS: Record<string, readonly string[]> = {
  all: [PROMPT_JOB, REMINDER_JOB, LAST_CALL_JOB, SUPERVISOR_DIGEST_JOB, WEEK_CLOSE_JOB],
  plan: [],
  prompt: [PROMPT_JOB],
  reminder: [REMINDER_JOB],
  'last-call': [LAST_CALL_JOB],
  digest: [SUPERVISOR_DIGEST_JOB],
  'week-close': [WEEK_CLOSE_JOB],
};

/** Long enough for a whole fan-out at the rate limit; claims keep it safe to stop at any point. */
const RUN_BUDGET_MS = 30 * 60_000;

export async function scheduleRun(argv: string[], ctx: CliContext, t: Say): Promise<number> {
  const args = parseArgs(argv, ['at', 'unit']);
  const [job, ...extra] = args.positional;
  const names = job !== undefined && Object.hasOwn(JOBS, job) ? JOBS[job] : undefined;
  if (args.bad || !names || extra.length > 0) {
    ctx.err(t('schedule-run-usage', { jobs: Object.keys(JOBS).join('|') }));
    return 2;
  }
  const at = args.flags.has('at') ? new Date(args.flags.get('at')!) : new Date();
  if (Number.isNaN(at.getTime())) {
    ctx.err(t('schedule-run-bad-time', { value: args.flags.get('at') ?? '' }));
    return 2;
  }
  // Without a channel every send would be "unreachable" and its job done: refuse instead.
  const token = ctx.config.TELEGRAM_BOT_TOKEN;
  if (!token) {
    ctx.err(t('schedule-run-no-channel'));
    return 2;
  }
  const { db } = await ctx.database();
  const unitPath = args.flags.get('unit');
  if (unitPath !== undefined && (await loadUnitTree(db)).idOf(unitPath) === undefined) {
    ctx.err(t('holidays-unit-not-found', { path: unitPath }));
    return 2;
  }
  const logger = createLogger({ level: ctx.config.LOG_LEVEL, pretty: false });
  const platform = createPlatform({
    db,
    logger,
    messagesPerSecond: ctx.config.TELEGRAM_PAID_BROADCAST ? 1_000 : ctx.config.TELEGRAM_RATE_LIMIT,
    defaultLocale: ctx.config.DIKA_LOCALE,
  });
  // A token starts with its bot's id: the rate limit and the rows are per bot, as in the service.
  const botId = Number(token.split(':')[0]);
  const api = new Api(token, ctx.config.TELEGRAM_API_ROOT ? { apiRoot: ctx.config.TELEGRAM_API_ROOT } : {});
  platform.outbound.register(
    telegramSender(api, botId, { paidBroadcast: ctx.config.TELEGRAM_PAID_BROADCAST }),
  );
  platform.renderers.register(telegramReplyRenderer(ctx.translator, botId));
  const handlers = defaultJobHandlers().filter(
    (h: JobHandler) => h.name === PLAN_JOB || names.includes(h.name),
  );
  const result = await runScheduleTick(
    {
      db,
      logger,
      handlers,
      worker: `cli:${workerId()}`,
      defaultLocale: ctx.config.DIKA_LOCALE,
      concurrency: JOB_CONCURRENCY,
      ...(unitPath !== undefined ? { scope: subjectsOfUnit(unitPath) } : {}),
      ...platform,
    },
    at,
    RUN_BUDGET_MS,
  );
  await platform.outbound.stop(10_000);
  ctx.out(t('schedule-run-done', { at: at.toISOString(), ...result }));
  return result.failed > 0 ? 1 : 0;
}
