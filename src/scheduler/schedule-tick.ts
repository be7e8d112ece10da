import { ensureEvaluationPlan } from '../services/evaluation/evaluation-reminders.js';
import { ensurePlanningJobs, PLAN_JOB } from '../services/schedule/plan-schedule.js';
import { type JobRunnerDeps, type RunResult, runDueJobs } from './job-runner.js';

/**
 * One scheduler tick: make sure today's planning job exists in every zone, run the due planning
 * jobs first (so a send planned for this very minute goes out in the same tick, e.g. after
 * downtime or from `schedule run --at`), then everything due. Every step goes through claims, so
 * ticks on several replicas, or beside `schedule run`, do each thing once.
 */
export async function runScheduleTick(deps: JobRunnerDeps, now: Date, budgetMs: number): Promise<RunResult> {
  const started = Date.now();
  await ensurePlanningJobs(deps.db, now);
  await ensureEvaluationPlan(deps.db, now);
  const planners = deps.handlers.filter((h) => h.name === PLAN_JOB);
  // Planning is per zone and never scoped: a unit's sends must exist before they can be run.
  const { scope: _scope, ...unscoped } = deps;
  const planned =
    planners.length > 0 ? await runDueJobs({ ...unscoped, handlers: planners }, now, budgetMs) : undefined;
  const spent = Date.now() - started;
  const result = await runDueJobs(deps, new Date(now.getTime() + spent), Math.max(0, budgetMs - spent));
  if (!planned) return result;
  return {
    claimed: planned.claimed + result.claimed,
    done: planned.done + result.done,
    failed: planned.failed + result.failed,
    released: planned.released + result.released,
    lost: planned.lost + result.lost,
  };
}
