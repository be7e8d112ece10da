/**
 * Planning the weekly sends as job rows. The every-minute tick makes sure a planning job exists for
 * each zone and its local date; that job, claimed once across replicas, streams the zone's active
 * employees in pages by id, plans each unit's week once (planWeek) and inserts one row per planned
 * send with ON CONFLICT DO NOTHING. The rows are keyed (job, ISO week, person), so planning again
 * the next day (to take in people imported or moved mid-week) never adds a second send, and a
 * person who changes zone mid-week keeps the row planned first: prompted once.
 */
import { planWeek, type WeekPlan } from '../../core/schedule/plan-week.js';
import type { SendKind } from '../../core/schedule/schedule-settings.js';
import { isoWeekOf, localDate } from '../../core/time/iso-week.js';
import type { DbOrTx } from '../../storage/database.js';
import {
  activeZones,
  insertPlannedJobs,
  type PlannedJobRow,
  plannablePeople,
} from '../../storage/repositories/schedule-jobs.js';
import type { ScheduleSources } from './schedule-sources.js';

export const PLAN_JOB = 'schedule-plan';
export const PROMPT_JOB = 'checkin-prompt';
export const REMINDER_JOB = 'checkin-reminder';
export const LAST_CALL_JOB = 'checkin-last-call';
export const SUPERVISOR_DIGEST_JOB = 'supervisor-digest';
export const WEEK_CLOSE_JOB = 'week-close';

/** Which job sends each kind of planned send. */
export const JOB_OF_KIND: Record<SendKind, string> = {
  prompt: PROMPT_JOB,
  reminder: REMINDER_JOB,
  lastCall: LAST_CALL_JOB,
  digest: SUPERVISOR_DIGEST_JOB,
};

/** What a planned send carries: the local date it belongs to (sendVerdict drops it after that day). */
export interface SendPayload {
  localDate: string;
  timeZone: string;
}

/** People read per page: 2,000 people × up to 4 rows stays one modest JSON parameter. */
export const PLAN_PAGE = 2_000;

/**
 * Makes sure today's planning job exists in every zone with active employees (one row per zone
 * and local date; an existing one is left alone). Two statements whatever the number of people.
 */
export async function ensurePlanningJobs(db: DbOrTx, now: Date): Promise<number> {
  const zones = await activeZones(db);
  return insertPlannedJobs(
    db,
    zones.filter(isKnownZone).map((zone) => ({
      job: PLAN_JOB,
      periodKey: localDate(now, zone),
      subject: zone,
      dueAt: now,
    })),
  );
}

/**
 * Plans the week of `date` in `zone` for every active employee there. Sends on days before `date`
 * are not planned (a person imported on Wednesday is not owed Monday's prompt). Idempotent.
 */
export async function planZoneWeek(
  db: DbOrTx,
  input: { zone: string; date: string; sources: ScheduleSources; pageSize?: number },
): Promise<{ people: number; inserted: number }> {
  // A date's ISO week does not depend on the zone: read it at noon UTC of that date.
  const week = isoWeekOf(new Date(`${input.date}T12:00:00Z`), 'UTC');
  const plans = new Map<number | null, WeekPlan & { paused: boolean }>();
  const planOf = (unitId: number | null) => {
    let plan = plans.get(unitId);
    if (!plan) {
      const settings = input.sources.schedule(unitId);
      plan = {
        ...planWeek({
          settings,
          calendar: input.sources.calendar(unitId, settings.workWeek),
          week,
          timeZone: input.zone,
        }),
        paused: settings.paused,
      };
      plans.set(unitId, plan);
    }
    return plan;
  };
  let afterId = 0;
  let people = 0;
  let inserted = 0;
  let closesAt: Date | undefined;
  for (;;) {
    const page = await plannablePeople(db, {
      timeZone: input.zone,
      afterId,
      limit: input.pageSize ?? PLAN_PAGE,
    });
    if (page.length === 0) break;
    const rows: PlannedJobRow[] = [];
    for (const person of page) {
      const plan = planOf(person.unitId);
      closesAt ??= plan.closesAt;
      if (plan.paused) continue;
      for (const send of plan.sends) {
        if (send.localDate < input.date) continue;
        if (send.kind === 'digest' && !person.hasReports) continue;
        const payload: SendPayload = { localDate: send.localDate, timeZone: input.zone };
        rows.push({
          job: JOB_OF_KIND[send.kind],
          periodKey: week.key,
          subject: String(person.id),
          dueAt: send.dueAt,
          payload,
        });
      }
    }
    inserted += await insertPlannedJobs(db, rows);
    people += page.length;
    afterId = page[page.length - 1]!.id;
  }
  if (closesAt) {
    inserted += await insertPlannedJobs(db, [
      { job: WEEK_CLOSE_JOB, periodKey: week.key, subject: input.zone, dueAt: closesAt },
    ]);
  }
  return { people, inserted };
}

/** A zone name the time-zone library accepts (bad data must not stop every other zone's plan). */
function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
