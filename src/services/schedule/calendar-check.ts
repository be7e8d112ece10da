/**
 * The December reminder to load next year's holidays: logged once a day (by the nightly
 * housekeeping, and when the scheduler starts) until an admin loads them with `holidays import`.
 */
import type { Logger } from 'pino';
import { calendarWarning } from '../../core/calendar/calendar-warning.js';
import type { DbOrTx } from '../../storage/database.js';
import { loadCalendars } from '../../storage/repositories/calendar.js';

/** Logs a warning when the coming year has no holiday data; returns the missing year, if any. */
export async function checkCalendarYears(
  db: DbOrTx,
  now: Date,
  log: Pick<Logger, 'warn'>,
): Promise<number | undefined> {
  const { years } = await loadCalendars(db);
  const warning = calendarWarning(now, years);
  if (warning)
    log.warn(
      { year: warning.missingYear },
      `holiday calendar for ${warning.missingYear} is not loaded: prompts will treat every weekday as a working day (npm run dika -- holidays import)`,
    );
  return warning?.missingYear;
}
