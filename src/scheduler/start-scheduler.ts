import { hostname } from 'node:os';
import cron from 'node-cron';
import type { Logger } from 'pino';
import type { Db } from '../storage/database.js';
import { sendDueCheckinReminders } from './checkin-reminders.js';
import type { Notifier } from './notifier.js';

/**
 * Ticks once a minute and lets the database decide what is due: node-cron only wakes us, the
 * claim in job_runs (FOR UPDATE SKIP LOCKED) makes each run happen once across replicas, and a
 * replica that was down catches up on its next tick.
 */
export function startScheduler(deps: { db: Db; notifiers: Notifier[]; logger: Logger; clock?: () => Date }) {
  const worker = `${hostname()}:${process.pid}`;
  const clock = deps.clock ?? (() => new Date());
  const task = cron.schedule(
    '* * * * *',
    async () => {
      const sent = await sendDueCheckinReminders({ ...deps, worker }, clock());
      if (sent > 0) deps.logger.info({ sent }, 'check-in reminders sent');
    },
    { name: 'dika-tick', noOverlap: true },
  );
  return async () => {
    await task.stop();
  };
}
