import { hostname } from 'node:os';
import cron from 'node-cron';
import type { Logger } from 'pino';
import type { Db } from '../storage/database.js';
import { pruneProcessedEvents } from '../storage/inbound-events.js';
import { sendDueCheckinReminders } from './checkin-reminders.js';
import type { Notifier } from './notifier.js';

const EVENT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

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
  // Nightly housekeeping at 03:17 server time (off the hour, away from other cron jobs).
  const housekeeping = cron.schedule(
    '17 3 * * *',
    async () => {
      const pruned = await pruneProcessedEvents(deps.db, new Date(clock().getTime() - EVENT_RETENTION_MS));
      deps.logger.info({ pruned }, 'old processed events pruned');
    },
    { name: 'dika-housekeeping', noOverlap: true },
  );
  return async () => {
    await task.stop();
    await housekeeping.stop();
  };
}
