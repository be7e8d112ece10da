/**
 * `holidays list|add|remove|import`: the working calendar's days beside the ones shipped with
 * dika (national, or for a unit and the units below it). Every change is audited. Exit codes: 0
 * done, 1 refused (not found, bad file content), 2 usage.
 */
import { readFileSync } from 'node:fs';
import { NATIONAL_DAYS } from '../../core/calendar/national-days.js';
import type { CalendarDay } from '../../core/calendar/working-calendar.js';
import type { MessageArgs } from '../../i18n/translator.js';
import {
  importCalendarDays,
  parseCalendarDate,
  parseDayKind,
} from '../../import/calendar/import-calendar-days.js';
import { describeProblem } from '../../import/import-error.js';
import { asImportFailure } from '../../import/import-failure.js';
import { decodeCsvBytes } from '../../import/read-csv.js';
import type { Db } from '../../storage/database.js';
import {
  addCalendarDay,
  type ListedDay,
  listCalendarDays,
  loadUnitTree,
  removeCalendarDay,
} from '../../storage/repositories/calendar.js';
import { transaction } from '../../storage/transaction.js';
import type { CliCommand, CliContext } from '../context.js';
import { parseArgs } from './flags.js';

/** A calendar date at local midnight, so DATETIME (which takes no time zone) prints that day. */
export const calendarDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** The translator in the admin's language; arguments may be dates (DATETIME). */
export type Say = (key: string, args?: MessageArgs) => string;

type Unit = { id: number | null; path?: string };

/** `--unit <path>` → the unit, `national` without one, undefined (after saying so) when unknown. */
async function unitOf(db: Db, path: string | undefined, t: Say, ctx: CliContext): Promise<Unit | undefined> {
  if (path === undefined) return { id: null };
  const id = (await loadUnitTree(db)).idOf(path);
  if (id === undefined) {
    ctx.err(t('holidays-unit-not-found', { path }));
    return undefined;
  }
  return { id, path: path.trim() };
}

export function dayLine(day: ListedDay, t: Say): string {
  const origin =
    day.origin === 'unit'
      ? t('holidays-origin-unit', { unit: day.unitPath ?? '' })
      : day.origin === 'national'
        ? t('holidays-origin-added')
        : '';
  const source = day.source ? t('holidays-source', { source: day.source }) : '';
  return `  ${t('holidays-line', {
    date: calendarDate(day.date),
    kind: day.kind,
    name: day.name,
  })}${source}${origin}`;
}

async function list(args: ReturnType<typeof parseArgs>, ctx: CliContext, t: Say): Promise<number> {
  const rawYear = args.flags.get('year');
  const year = rawYear === undefined ? new Date().getFullYear() : Number(rawYear);
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    ctx.err(t('holidays-usage'));
    return 2;
  }
  const { db } = await ctx.database();
  const unit = await unitOf(db, args.flags.get('unit'), t, ctx);
  if (!unit) return 1;
  const { days, years } = await listCalendarDays(db, { year, unitId: unit.id });
  ctx.out(t('holidays-list-title', { year: String(year), unit: unit.path ?? 'national' }));
  for (const day of days) ctx.out(dayLine(day, t));
  if (days.length === 0) ctx.out(t('holidays-none'));
  if (!years.includes(year)) ctx.out(t('holidays-year-missing', { year: String(year) }));
  return 0;
}

async function add(args: ReturnType<typeof parseArgs>, ctx: CliContext, t: Say): Promise<number> {
  const [rawDate, ...extra] = args.positional;
  const name = args.flags.get('name')?.trim();
  const date = rawDate ? parseCalendarDate(rawDate) : undefined;
  const kind = parseDayKind(args.flags.get('kind') ?? 'libur');
  if (!rawDate || extra.length > 0 || !name) {
    ctx.err(t('holidays-usage'));
    return 2;
  }
  if (!date) {
    ctx.err(t('holidays-invalid-date', { value: rawDate }));
    return 2;
  }
  if (!kind) {
    ctx.err(t('holidays-invalid-kind', { value: args.flags.get('kind') ?? '' }));
    return 2;
  }
  const { db } = await ctx.database();
  const unit = await unitOf(db, args.flags.get('unit'), t, ctx);
  if (!unit) return 1;
  const day: CalendarDay = { date, kind, name, source: args.flags.get('source')?.trim() || ctx.actor };
  const outcome = await transaction(db, (tx) =>
    addCalendarDay(tx, {
      day,
      unitId: unit.id,
      ...(unit.path ? { unitPath: unit.path } : {}),
      actor: ctx.actor,
    }),
  );
  ctx.out(t(`holidays-${outcome}`, { date: calendarDate(date), unit: unit.path ?? 'national' }));
  return 0;
}

async function remove(args: ReturnType<typeof parseArgs>, ctx: CliContext, t: Say): Promise<number> {
  const [rawDate, ...extra] = args.positional;
  if (!rawDate || extra.length > 0) {
    ctx.err(t('holidays-usage'));
    return 2;
  }
  const date = parseCalendarDate(rawDate);
  if (!date) {
    ctx.err(t('holidays-invalid-date', { value: rawDate }));
    return 2;
  }
  const { db } = await ctx.database();
  const unit = await unitOf(db, args.flags.get('unit'), t, ctx);
  if (!unit) return 1;
  const outcome = await transaction(db, (tx) =>
    removeCalendarDay(tx, {
      date,
      unitId: unit.id,
      ...(unit.path ? { unitPath: unit.path } : {}),
      actor: ctx.actor,
    }),
  );
  const shipped = NATIONAL_DAYS.find((d) => d.date === date);
  ctx.out(
    t(`holidays-${outcome}`, {
      date: calendarDate(date),
      unit: unit.path ?? 'national',
      name: shipped?.name ?? '',
    }),
  );
  return outcome === 'not-found' ? 1 : 0;
}

async function importFile(args: ReturnType<typeof parseArgs>, ctx: CliContext, t: Say): Promise<number> {
  const [path, ...extra] = args.positional;
  if (!path || extra.length > 0 || args.flags.size > 0) {
    ctx.err(t('holidays-usage'));
    return 2;
  }
  let text: string;
  try {
    text = decodeCsvBytes(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    ctx.err(t(code === 'ENOENT' ? 'import-file-not-found' : 'import-file-unreadable', { path }));
    return 2;
  }
  const { db } = await ctx.database();
  try {
    const result = await importCalendarDays(db, text, { actor: ctx.actor });
    if (!result.ok) {
      ctx.err(t('import-refused', { count: result.problems.length }));
      for (const problem of result.problems.slice(0, 50)) ctx.err(`  ${describeProblem(problem, t)}`);
      if (result.problems.length > 50)
        ctx.err(`  ${t('import-more-problems', { count: result.problems.length - 50 })}`);
      return 1;
    }
    ctx.out(t('holidays-import-done', { ...result.summary }));
    if (result.summary.created + result.summary.updated === 0) ctx.out(t('import-nothing-changed'));
    return 0;
  } catch (error) {
    ctx.err(t('import-failed', { error: asImportFailure(error, 'importing').summary }));
    return 1;
  }
}

const actions = { list, add, remove, import: importFile } as const;
const FLAGS = {
  list: ['year', 'unit'],
  add: ['name', 'kind', 'unit', 'source'],
  remove: ['unit'],
  import: [],
};

export const holidaysCommand: CliCommand = {
  usage: 'holidays list|add|remove|import …',
  run: async (argv, ctx) => {
    const t: Say = (key, messageArgs) => ctx.translator.t(ctx.locale, key, messageArgs);
    const [action = '', ...rest] = argv;
    if (!Object.hasOwn(actions, action)) {
      ctx.err(t('holidays-usage'));
      return 2;
    }
    const name = action as keyof typeof actions;
    const args = parseArgs(rest, FLAGS[name]);
    if (args.bad) {
      ctx.err(t('holidays-usage'));
      return 2;
    }
    return actions[name](args, ctx, t);
  },
};
