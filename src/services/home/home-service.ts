/**
 * What a person's home screen shows (Slack's App Home): this week's check-in status and their
 * indicators (the /status text), what waits for them to act (360° questionnaires to fill in, an
 * unfinished umpan balik, dialog kinerja requests of their staff), and for supervisors their
 * team's week in brief. Read outside any update's transaction: the team part is a rekap (see
 * load-rekap.ts), the personal part one read-only transaction of its own.
 */
import type { Prompt } from '../../core/conversation/types.js';
import { CONTINUOUS_KIND } from '../../core/feedback/continuous-flow.js';
import { weekPeriod } from '../../core/rekap/resolve-rekap-period.js';
import { type WeeklyView, weeklyView } from '../../core/rekap/weekly-view.js';
import { type IsoWeek, isoWeekOf, localDate } from '../../core/time/iso-week.js';
import type { Db } from '../../storage/database.js';
import { type AskedRating, askedOf } from '../../storage/repositories/feedback-cycles.js';
import type { ExternalUser } from '../../storage/repositories/identities.js';
import { conversationsOf } from '../../storage/repositories/privacy.js';
import { type EmployeeRow, identifyAccount } from '../people/identity-service.js';
import { personOf } from '../people/person.js';
import { loadRekap } from '../rekap/load-rekap.js';
import { readOnlyTransaction } from '../rekap/load-transaction.js';
import { statusPrompt, weekSubmitted } from '../status-service.js';

export interface Home {
  employee: EmployeeRow;
  week: IsoWeek;
  submitted: boolean;
  /** My indicators with their latest realisasi, capaian and confidence. */
  status: Prompt;
  /** 360° questionnaires still to fill in, in open cycles. */
  questionnaires: AskedRating[];
  /** An umpan balik for a colleague begun and not sent. */
  continuousDraft: boolean;
  /** This week of the people in the person's `/rekap` (their line); absent for anyone without staff. */
  team?: WeeklyView;
}

/** The home of a chat account; undefined when it is linked to nobody (it then says how to link). */
export async function loadHome(
  db: Db,
  account: ExternalUser,
  now: Date,
  /** Who looks, as the audit log names actors: an admin's team view is a rekap and is audited. */
  actor: string,
): Promise<Home | undefined> {
  const mine = await readOnlyTransaction(db, async (tx) => {
    const employee = await identifyAccount(tx, account);
    if (!employee) return undefined;
    const person = personOf(employee);
    const [submitted, status, questionnaires, drafts] = await Promise.all([
      weekSubmitted(tx, person, now),
      statusPrompt(tx, person, now),
      askedOf(tx, person.id),
      conversationsOf(tx, person.id),
    ]);
    return {
      employee,
      week: isoWeekOf(now, person.timeZone),
      submitted,
      status,
      questionnaires,
      continuousDraft: drafts.some((d) => d.kind === CONTINUOUS_KIND),
    };
  });
  if (!mine) return undefined;
  const team = await teamWeek(db, mine.employee, now, actor);
  return team ? { ...mine, team } : mine;
}

/** The weekly rekap of the person's line, as `/rekap` shows it; undefined for non-supervisors. */
async function teamWeek(
  db: Db,
  employee: EmployeeRow,
  now: Date,
  actor: string,
): Promise<WeeklyView | undefined> {
  const viewer = { id: employee.id, timeZone: employee.timeZone };
  const period = weekPeriod(localDate(now, employee.timeZone));
  const loaded = await loadRekap(db, viewer, { subject: { kind: 'line' }, period, actor }, now);
  return loaded.ok ? weeklyView(loaded.data) : undefined;
}
