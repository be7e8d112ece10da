/**
 * `export rekap --period 2026-Q4 [--unit <path>] --format xlsx|csv --out <file>`: the rekap as a
 * spreadsheet for HR (the performance administrator), everyone or one unit and the units below
 * it. The CLI is the administrator: full access, audited like every admin command. A period or a
 * unit it cannot use is refused before anything is read, and a failed export leaves no file.
 * Exit codes: 0 written, 1 refused or failed, 2 usage.
 */
import { parseRekapCommand, type RekapPeriodSpec } from '../../core/rekap/parse-rekap-command.js';
import { resolveRekapPeriod } from '../../core/rekap/resolve-rekap-period.js';
import { localDate } from '../../core/time/iso-week.js';
import {
  type ExportFormat,
  loadRekapExport,
  writeFileAtomically,
  writeRekapExport,
} from '../../services/rekap/export/rekap-export.js';
import { periodCode } from '../../services/rekap/load-rekap.js';
import { writeAdminAudit } from '../../storage/repositories/calendar.js';
import { unitPathOf } from '../../storage/repositories/rekap-export.js';
import { type RekapScope, scopeKey } from '../../storage/repositories/rekap-scope.js';
import type { CliCommand } from '../context.js';
import { parseArgs } from './flags.js';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

interface Options {
  period: string;
  unit?: string;
  format: ExportFormat;
  out: string;
}

function optionsOf(args: readonly string[]): Options | undefined {
  const { positional, flags, bad } = parseArgs(args, ['period', 'unit', 'format', 'out']);
  const [what, ...extra] = positional;
  const period = flags.get('period')?.trim();
  const out = flags.get('out')?.trim();
  if (bad || what !== 'rekap' || extra.length > 0 || !period || !out) return undefined;
  // Without --format the file's name says it; anything else is xlsx.
  const format =
    flags.get('format')?.trim().toLowerCase() ?? (out.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx');
  if (!FORMATS.includes(format as ExportFormat)) return undefined;
  const unit = flags.get('unit')?.trim().replace(/\/+$/, '');
  return { period, format: format as ExportFormat, out, ...(unit ? { unit } : {}) };
}

/** A period exactly as the chat's /rekap reads one (2026-Q4, 2026-TW4, triwulan, pekan lalu), and nothing more. */
function periodSpecOf(text: string): RekapPeriodSpec | undefined {
  const parsed = parseRekapCommand(text);
  if (!parsed.ok || parsed.command.subject.kind !== 'line' || parsed.command.format !== 'chat')
    return undefined;
  return parsed.command.period;
}

export const exportRekapCommand: CliCommand = {
  usage: 'export rekap --period <2026-Q4> [--unit <path>] --format xlsx|csv --out <file>',
  run: async (args, ctx) => {
    const t = ctx.translator.forLocale(ctx.locale);
    const options = optionsOf(args);
    if (!options) {
      ctx.err(t('export-cli-usage'));
      return 2;
    }
    const spec = periodSpecOf(options.period);
    if (!spec) {
      ctx.err(t('export-cli-bad-period', { period: options.period }));
      return 1;
    }
    const today = localDate(new Date(), ctx.config.DIKA_TIMEZONE);
    const resolved = resolveRekapPeriod(spec, today);
    if (!resolved.ok) {
      ctx.err(t('export-cli-future-period', { period: options.period }));
      return 1;
    }
    const { period } = resolved;

    const { db } = await ctx.database();
    let scope: RekapScope = { kind: 'all' };
    if (options.unit !== undefined) {
      const path = await unitPathOf(db, options.unit);
      if (path === undefined) {
        ctx.err(t('export-cli-unknown-unit', { unit: options.unit }));
        return 1;
      }
      scope = { kind: 'units', paths: [path] };
    }

    const data = await loadRekapExport(db, scope, period, today);
    // Who exported what, never a row of it; written before the file exists, so a failed audit
    // leaves no file behind.
    await writeAdminAudit(db, {
      actor: ctx.actor,
      action: 'rekap-export',
      entity: scopeKey(scope),
      key: periodCode(period),
      before: null,
      after: { format: options.format, people: data.rekap.people.length },
    });
    try {
      await writeFileAtomically(options.out, (out) =>
        writeRekapExport(
          data,
          { translator: ctx.translator, locale: ctx.locale, format: options.format },
          out,
        ),
      );
    } catch (error) {
      // The code only (ENOENT, EACCES, ENOSPC): a message could quote the data being written.
      const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.name : 'error');
      ctx.err(t('export-cli-failed', { error: code }));
      return 1;
    }
    ctx.out(
      t('export-cli-written', {
        period: periodCode(period),
        people: data.rekap.people.length,
        file: options.out,
      }),
    );
    return 0;
  },
};
