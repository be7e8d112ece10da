/**
 * `schedule show|set|pause|resume`: when dika speaks to a unit (inherited down the unit tree),
 * the next sends with the days skipped and why, and the admin's changes (audited).
 * `schedule run` belongs to the jobs and is added to `scheduleActions` by one line.
 * Exit codes: 0 done, 1 not found, 2 usage or invalid setting.
 */

import { eq, sql } from 'drizzle-orm';
import { mondayOfWeekKey } from '../../core/calendar/calendar-dates.js';
import { calendarWarning } from '../../core/calendar/calendar-warning.js';
import type { IsoWeekday } from '../../core/calendar/working-calendar.js';
import {
  formatOffReason,
  formatSendKind,
  formatSendRule,
  formatWorkWeek,
  type MessageRef,
} from '../../core/schedule/format-send-rule.js';
import { nextSends } from '../../core/schedule/next-sends.js';
import { parseSendRule, parseWorkWeek } from '../../core/schedule/parse-send-rule.js';
import {
  type PartialScheduleSettings,
  SEND_KINDS,
  type SendKind,
} from '../../core/schedule/schedule-settings.js';
import { zoneLabel } from '../../core/time/time-zone.js';
import type { MessageArgs } from '../../i18n/translator.js';
import type { Db } from '../../storage/database.js';
import { loadCalendars, loadUnitTree } from '../../storage/repositories/calendar.js';
import {
  type EffectiveSchedule,
  loadSchedules,
  setUnitPaused,
  setUnitSchedule,
} from '../../storage/repositories/schedules.js';
import { employees } from '../../storage/schema.js';
import { transaction } from '../../storage/transaction.js';
import type { CliContext } from '../context.js';
import { parseArgs } from './flags.js';
import { calendarDate, type Say } from './holidays.js';
import { scheduleRun } from './schedule-run.js';

type Action = (args: string[], ctx: CliContext, t: Say) => Promise<number>;

/** PromptArgs may hold `{ date }` objects; the schedule's arguments are plain strings and numbers. */
const say = (t: Say, ref: MessageRef) => t(ref.key, ref.args as unknown as MessageArgs);

async function unitByPath(db: Db, path: string, t: Say, ctx: CliContext): Promise<number | undefined> {
  const id = (await loadUnitTree(db)).idOf(path);
  if (id === undefined) ctx.err(t('holidays-unit-not-found', { path }));
  return id;
}

/** The zone most people of the unit live in (one statement), else DIKA_TIMEZONE. */
async function unitZone(db: Db, unitId: number | null, fallback: string): Promise<string> {
  if (unitId === null) return fallback;
  const [row] = await db
    .select({ zone: employees.timeZone })
    .from(employees)
    .where(eq(employees.unitId, unitId))
    .groupBy(employees.timeZone)
    .orderBy(sql`count(*) desc`, employees.timeZone)
    .limit(1);
  return row?.zone ?? fallback;
}

function fromText(schedule: EffectiveSchedule, field: keyof EffectiveSchedule['from'], t: Say): string {
  const unit = schedule.from[field];
  return unit ? t('schedule-show-from-unit', { unit: unit.path }) : t('schedule-show-from-default');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const show: Action = async (argv, ctx, t) => {
  const args = parseArgs(argv, ['unit', 'nip', 'at']);
  const at = args.flags.get('at');
  const now = at === undefined ? new Date() : new Date(at);
  if (
    args.bad ||
    args.positional.length > 0 ||
    (args.flags.has('unit') && args.flags.has('nip')) ||
    Number.isNaN(now.getTime())
  ) {
    ctx.err(t('schedule-usage'));
    return 2;
  }
  const { db } = await ctx.database();
  let unitId: number | null = null;
  let zone: string;
  let title: string;
  const tree = await loadUnitTree(db);
  const nip = args.flags.get('nip');
  if (nip !== undefined) {
    const [person] = await db
      .select({ name: employees.name, unitId: employees.unitId, zone: employees.timeZone })
      .from(employees)
      .where(eq(employees.nip, nip.replace(/\s/g, '')));
    if (!person) {
      ctx.err(t('schedule-nip-not-found', { nip }));
      return 1;
    }
    unitId = person.unitId;
    zone = person.zone;
    const unit = unitId === null ? 'national' : (tree.pathOf(unitId) ?? 'national');
    title = t('schedule-show-person', {
      name: person.name,
      nip: nip.replace(/\s/g, ''),
      unit,
      zone: zoneLabel(zone),
    });
  } else {
    const path = args.flags.get('unit');
    if (path !== undefined) {
      const id = await unitByPath(db, path, t, ctx);
      if (id === undefined) return 1;
      unitId = id;
    }
    zone = await unitZone(db, unitId, ctx.config.DIKA_TIMEZONE);
    title = t('schedule-show-unit', { unit: path?.trim() ?? 'national', zone: zoneLabel(zone) });
  }
  const [calendarFor, scheduleFor] = await Promise.all([loadCalendars(db), loadSchedules(db)]);
  const schedule = scheduleFor(unitId);
  const { settings } = schedule;
  const calendar = calendarFor(unitId, settings.workWeek as IsoWeekday[]);

  ctx.out(title);
  ctx.out(
    t('schedule-show-status', {
      paused: schedule.paused ? 'yes' : 'no',
      from: fromText(schedule, 'paused', t),
    }),
  );
  for (const kind of SEND_KINDS) {
    const label = capitalised(say(t, formatSendKind(kind)));
    const value = say(t, formatSendRule(settings[kind]));
    ctx.out(t('schedule-show-setting', { label, value, from: fromText(schedule, kind, t) }));
  }
  const workWeek = formatWorkWeek(settings.workWeek)
    .map((ref) => say(t, ref))
    .join(', ');
  ctx.out(
    t('schedule-show-setting', {
      label: t('schedule-show-work-week'),
      value: workWeek,
      from: fromText(schedule, 'workWeek', t),
    }),
  );
  ctx.out('');

  const upcoming = nextSends({ settings, calendar, timeZone: zone, now, count: 10 });
  if (schedule.paused) ctx.out(t('schedule-show-paused'));
  else if (upcoming.sends.length === 0) ctx.out(t('schedule-show-none'));
  else {
    ctx.out(t('schedule-show-next', { count: upcoming.sends.length }));
    for (const send of upcoming.sends) {
      const moved =
        send.movedFrom && send.movedFromReason
          ? t('schedule-show-moved', {
              date: calendarDate(send.movedFrom),
              reason: say(t, formatOffReason(send.movedFromReason)),
            })
          : '';
      const line = t('schedule-show-send', {
        date: calendarDate(send.localDate),
        hh: send.localTime.slice(0, 2),
        mm: send.localTime.slice(3, 5),
        zone: zoneLabel(zone),
        kind: say(t, formatSendKind(send.kind)),
      });
      ctx.out(`  ${line}${moved}`);
    }
  }
  if (upcoming.offDays.length > 0) {
    ctx.out(t('schedule-show-skipped'));
    for (const off of upcoming.offDays) {
      ctx.out(
        `  ${t('schedule-show-skipped-day', { date: calendarDate(off.date), reason: say(t, formatOffReason(off.reason)) })}`,
      );
    }
  }
  for (const week of upcoming.weeksOff) {
    ctx.out(t('schedule-show-week-off', { date: calendarDate(mondayOfWeekKey(week)) }));
  }
  const missing = new Set(upcoming.missingYears);
  const warning = calendarWarning(now, calendarFor.years, zone);
  if (warning) missing.add(warning.missingYear);
  for (const year of [...missing].sort()) ctx.out(t('holidays-year-missing', { year: String(year) }));
  return 0;
};

const RULE_OPTIONS: Readonly<Record<string, SendKind>> = {
  prompt: 'prompt',
  reminder: 'reminder',
  'last-call': 'lastCall',
  digest: 'digest',
};

const set: Action = async (argv, ctx, t) => {
  const args = parseArgs(argv, ['unit', ...Object.keys(RULE_OPTIONS), 'work-week', 'off']);
  const path = args.flags.get('unit');
  if (args.bad || args.positional.length > 0 || path === undefined) {
    ctx.err(t('schedule-usage'));
    return 2;
  }
  const changes: PartialScheduleSettings = {};
  for (const [option, kind] of Object.entries(RULE_OPTIONS)) {
    const text = args.flags.get(option);
    if (text === undefined) continue;
    const parsed = parseSendRule(text);
    if (!parsed.ok) {
      ctx.err(
        t('schedule-set-invalid', { option, message: t(parsed.key, parsed.args as unknown as MessageArgs) }),
      );
      return 2;
    }
    changes[kind] = parsed.rule;
  }
  const off = args.flags.get('off');
  if (off !== undefined) {
    const kind = RULE_OPTIONS[off.trim().toLowerCase()];
    if (!kind) {
      ctx.err(t('schedule-set-invalid-off', { value: off }));
      return 2;
    }
    changes[kind] = null;
  }
  const workWeek = args.flags.get('work-week');
  if (workWeek !== undefined) {
    const parsed = parseWorkWeek(workWeek);
    if (!parsed.ok) {
      ctx.err(
        t('schedule-set-invalid', {
          option: 'work-week',
          message: t(parsed.key, parsed.args as unknown as MessageArgs),
        }),
      );
      return 2;
    }
    changes.workWeek = parsed.days;
  }
  if (Object.keys(changes).length === 0) {
    ctx.err(t('schedule-set-nothing', { usage: t('schedule-usage') }));
    return 2;
  }
  const { db } = await ctx.database();
  const unitId = await unitByPath(db, path, t, ctx);
  if (unitId === undefined) return 1;
  const unit = path.trim();
  const outcome = await transaction(db, (tx) =>
    setUnitSchedule(tx, { unitId, unitPath: unit, changes, actor: ctx.actor }),
  );
  ctx.out(t(outcome === 'updated' ? 'schedule-set-done' : 'schedule-set-unchanged', { unit }));
  return 0;
};

const pausing =
  (paused: boolean): Action =>
  async (argv, ctx, t) => {
    const args = parseArgs(argv, ['unit']);
    const path = args.flags.get('unit');
    if (args.bad || args.positional.length > 0 || path === undefined) {
      ctx.err(t('schedule-usage'));
      return 2;
    }
    const { db } = await ctx.database();
    const unitId = await unitByPath(db, path, t, ctx);
    if (unitId === undefined) return 1;
    const unit = path.trim();
    const outcome = await transaction(db, (tx) =>
      setUnitPaused(tx, { unitId, unitPath: unit, paused, actor: ctx.actor }),
    );
    if (outcome === 'unchanged')
      ctx.out(t('schedule-pause-unchanged', { unit, paused: paused ? 'yes' : 'no' }));
    else ctx.out(t(paused ? 'schedule-paused' : 'schedule-resumed', { unit }));
    return 0;
  };

export const scheduleActions: Record<string, Action> = {
  show,
  set,
  pause: pausing(true),
  resume: pausing(false),
  run: scheduleRun,
};

export const scheduleCommand = {
  usage: 'schedule show|set|pause|resume …',
  run: async (argv: string[], ctx: CliContext): Promise<number> => {
    const t: Say = (key, messageArgs) => ctx.translator.t(ctx.locale, key, messageArgs);
    const [action = '', ...rest] = argv;
    const run = Object.hasOwn(scheduleActions, action) ? scheduleActions[action] : undefined;
    if (!run) {
      ctx.err(t('schedule-usage'));
      return 2;
    }
    return run(rest, ctx, t);
  },
};
