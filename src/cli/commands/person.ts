/**
 * `person export <nip> --out <file.json>` and `person erase <nip> [--yes]`: the data-subject rights
 * of UU 27/2022 (access, portability, erasure), run by the performance administrator on request.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { employeeByNip } from '../../services/people/identity-service.js';
import { erasePerson } from '../../services/privacy/erase-person.js';
import { exportPerson } from '../../services/privacy/export-person.js';
import type { CliCommand, CliContext } from '../context.js';

type Parsed = { action: 'export'; nip: string; out: string } | { action: 'erase'; nip: string; yes: boolean };

function parse(args: string[]): Parsed | undefined {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { out: { type: 'string' }, yes: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const [action, nip, ...extra] = positionals;
    if (!nip?.trim() || extra.length > 0) return undefined;
    if (action === 'export' && values.out?.trim() && !values.yes)
      return { action, nip: nip.trim(), out: values.out.trim() };
    if (action === 'erase' && values.out === undefined)
      return { action, nip: nip.trim(), yes: values.yes ?? false };
  } catch {
    // unknown option: usage
  }
  return undefined;
}

async function runExport(ctx: CliContext, nip: string, out: string): Promise<number> {
  const t = ctx.translator.forLocale(ctx.locale);
  const { db } = await ctx.database();
  const employee = await employeeByNip(db, nip);
  if (!employee) {
    ctx.err(t('person-cli-unknown-nip', { nip }));
    return 1;
  }
  const document = await exportPerson(db, employee, new Date());
  try {
    // Personal data: readable by the administrator's account only, and never over another file.
    await writeFile(out, `${JSON.stringify(document, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    ctx.err(
      t(code === 'EEXIST' ? 'person-cli-file-exists' : 'person-cli-file-unwritable', { file: out, code }),
    );
    return 1;
  }
  ctx.out(
    t('person-cli-exported', { name: employee.name, nip, file: out, checkins: document.checkins.length }),
  );
  return 0;
}

async function runErase(ctx: CliContext, nip: string, yes: boolean): Promise<number> {
  const t = ctx.translator.forLocale(ctx.locale);
  const { db } = await ctx.database();
  const employee = await employeeByNip(db, nip);
  if (!employee) {
    // Also the answer to a second run: the NIP is gone, so there is nothing left to erase.
    ctx.out(t('person-cli-nothing-to-erase', { nip }));
    return 0;
  }
  const result = await erasePerson(db, employee, { actor: ctx.actor, now: new Date(), dryRun: !yes });
  const items = t('person-cli-erase-items', { ...result.counts });
  const details = { name: employee.name, nip, placeholder: result.placeholder, items };
  ctx.out(t(yes ? 'person-cli-erased' : 'person-cli-erase-plan', details));
  return 0;
}

export const personCommand: CliCommand = {
  usage: 'person export <nip> --out <file.json> | person erase <nip> [--yes]',
  run: async (args, ctx) => {
    const parsed = parse(args);
    if (!parsed) {
      ctx.err(ctx.translator.forLocale(ctx.locale)('person-cli-usage'));
      return 2;
    }
    return parsed.action === 'export'
      ? runExport(ctx, parsed.nip, parsed.out)
      : runErase(ctx, parsed.nip, parsed.yes);
  },
};
