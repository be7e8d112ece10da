import { mondayOfWeekKey } from '../../core/calendar/calendar-dates.js';
import { planWeek } from '../../core/schedule/plan-week.js';
import { isoWeekOf } from '../../core/time/iso-week.js';
import { WEEK_CLOSE_JOB } from '../../services/schedule/plan-schedule.js';
import { loadScheduleSources } from '../../services/schedule/schedule-sources.js';
import type { Tx } from '../../storage/database.js';
import type { JobRow } from '../../storage/repositories/jobs.js';
import { closeWeek, unitsInZone } from '../../storage/repositories/schedule-jobs.js';
import type { JobContext, JobHandler } from '../job-runner.js';

/**
 * Sunday 23.59 local in one zone (subject = zone, period = ISO week): records how the week ended
 * for each active employee there without a check-in, in one INSERT … SELECT. A person on leave on
 * any of their unit's working days that week counts as `leave`, not `missed`: their prompt or
 * reminder may have fallen on those days, and a week partly on cuti is not a missed report.
 * Someone without an active key result that week gets nothing recorded (see closeWeek).
 */
export const weekCloseJob: JobHandler = {
  name: WEEK_CLOSE_JOB,
  async handle(tx: Tx, job: JobRow, ctx: JobContext): Promise<void> {
    const timeZone = job.subject;
    const [sources, unitIds] = await Promise.all([loadScheduleSources(tx), unitsInZone(tx, timeZone)]);
    const monday = mondayOfWeekKey(job.periodKey);
    const week = isoWeekOf(new Date(`${monday}T12:00:00Z`), 'UTC');
    const units = unitIds.map((unitId) => {
      const settings = sources.schedule(unitId);
      const plan = planWeek({
        settings,
        calendar: sources.calendar(unitId, settings.workWeek),
        week,
        timeZone,
      });
      return { unitId, workingDays: plan.workingDays, paused: settings.paused };
    });
    const recorded = await closeWeek(tx, {
      timeZone,
      weekKey: week.key,
      weekStart: week.start,
      weekEnd: week.end,
      units,
      now: ctx.now,
    });
    ctx.log.info({ zone: timeZone, week: week.key, recorded }, 'week closed');
  },
};
