import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { Api } from 'grammy';
import { createLinkCode } from '../../accounts/link-codes.js';
import { secretOf } from '../../config.js';
import { zoneLabel } from '../../core/time/time-zone.js';
import type { DbOrTx } from '../../storage/database.js';
import { auditLog, employees, orgUnits } from '../../storage/schema.js';
import type { CliCommand, CliContext } from '../context.js';
import { csvLine } from '../csv-output.js';

/** "2026-03-09 09:00 WITA" in the deployment's zone: what HR and the employee read. */
export function formatExpiry(date: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${zoneLabel(zone)}`;
}

/** TELEGRAM_BOT_USERNAME, else getMe with the token; undefined when neither works (offline, no bot). */
async function botUsername(ctx: CliContext, t: (key: string) => string): Promise<string | undefined> {
  const {
    TELEGRAM_BOT_USERNAME: username,
    TELEGRAM_BOT_TOKEN: token,
    TELEGRAM_API_ROOT: apiRoot,
  } = ctx.config;
  if (username) return username;
  if (!token) return undefined;
  try {
    const api = new Api(token, { ...(apiRoot ? { apiRoot } : {}), timeoutSeconds: 15 });
    return (await api.getMe()).username;
  } catch {
    ctx.err(t('link-cli-getme-failed'));
    return undefined;
  }
}

/** One code plus its audit row (who handed out a way into someone's account, and until when). */
async function issue(db: DbOrTx, ctx: CliContext, employeeId: number, now: Date) {
  const issued = await createLinkCode(db, { employeeId, secret: secretOf(ctx.config), now });
  await db.insert(auditLog).values({
    at: now,
    actor: ctx.actor,
    action: 'account.link-code',
    entity: 'employee',
    entityKey: String(employeeId),
    after: { expiresAt: issued.expiresAt.toISOString() },
  });
  return issued;
}

const deepLink = (username: string | undefined, code: string) =>
  username ? `https://t.me/${username}?start=${code}` : `/start ${code}`;

export const linkCodeCommand: CliCommand = {
  usage: 'link-code <nip>',
  run: async (args, ctx) => {
    const t = ctx.translator.forLocale(ctx.locale);
    const nip = args[0]?.trim();
    if (!nip || args.length > 1) {
      ctx.err(t('link-cli-usage-one'));
      return 2;
    }
    const { db } = await ctx.database();
    const [employee] = await db
      .select()
      .from(employees)
      .where(and(eq(employees.nip, nip), eq(employees.active, true)));
    if (!employee) {
      ctx.err(t('link-cli-unknown-nip', { nip }));
      return 1;
    }
    const username = await botUsername(ctx, t);
    const { code, expiresAt } = await db.transaction((tx) => issue(tx, ctx, employee.id, new Date()));
    const expires = formatExpiry(expiresAt, ctx.config.DIKA_TIMEZONE);
    const details = { name: employee.name, nip, expires, code };
    ctx.out(
      username
        ? t('link-cli-link', { ...details, link: deepLink(username, code) })
        : t('link-cli-code-only', details),
    );
    return 0;
  },
};

export const linkCodesCommand: CliCommand = {
  usage: 'link-codes --unit <path> --out <file.csv>',
  run: async (args, ctx) => {
    const t = ctx.translator.forLocale(ctx.locale);
    let unit: string | undefined;
    let out: string | undefined;
    try {
      const { values } = parseArgs({
        args,
        options: { unit: { type: 'string' }, out: { type: 'string' } },
        strict: true,
      });
      unit = values.unit?.trim().replace(/\/+$/, '');
      out = values.out?.trim();
    } catch {
      // unknown option or stray argument: fall through to usage
    }
    if (!unit || !out) {
      ctx.err(t('link-cli-usage-many'));
      return 2;
    }
    const { db } = await ctx.database();
    const [root] = await db.select().from(orgUnits).where(eq(orgUnits.path, unit));
    if (!root) {
      ctx.err(t('link-cli-unknown-unit', { unit }));
      return 1;
    }
    const people = await db
      .select({ id: employees.id, nip: employees.nip, name: employees.name, unit: orgUnits.path })
      .from(employees)
      .innerJoin(orgUnits, eq(orgUnits.id, employees.unitId))
      .where(
        and(
          eq(employees.active, true),
          // The unit and every unit below it (paths are `Deputi/Biro/Bagian`).
          or(eq(orgUnits.path, unit), sql`starts_with(${orgUnits.path}, ${`${unit}/`})`),
        ),
      )
      .orderBy(asc(orgUnits.path), asc(employees.name));
    const username = await botUsername(ctx, t);
    if (!username) ctx.err(t('link-cli-no-username'));
    const now = new Date();
    const rows = await db.transaction(async (tx) => {
      const lines: string[] = [];
      for (const person of people) {
        const { code, expiresAt } = await issue(tx, ctx, person.id, now);
        const expires = formatExpiry(expiresAt, ctx.config.DIKA_TIMEZONE);
        // Names and units come from HR's files: csvLine keeps a formula typed there from running.
        lines.push(csvLine([person.nip, person.name, person.unit, deepLink(username, code), expires]));
      }
      return lines;
    });
    const header = csvLine(['nip', 'nama', 'unit', 'link', 'berlaku_sampai']);
    const csv = `${[header, ...rows].join('\n')}\n`;
    // The file holds working codes: readable by its owner only.
    await writeFile(out, csv, { mode: 0o600 });
    ctx.out(t('link-cli-written', { count: rows.length, file: out }));
    return 0;
  },
};
