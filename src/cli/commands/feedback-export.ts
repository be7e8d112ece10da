/**
 * `feedback-export <2026-Q4> --out <file.csv|file.xlsx> [--format csv|xlsx]`: a period's 360°
 * results for HR, aggregates only (src/services/feedback/results-export.ts). Audited (who
 * exported which period, never a row of it) before the file exists; a failed export leaves no
 * file. A separate command name beside `feedback open|status|close`. Exit codes: 0 written,
 * 1 refused or failed, 2 usage.
 */
import { parseResultsCommand } from '../../core/feedback/results-command.js';
import {
  loadResultsExport,
  type ResultsExportFormat,
  writeResultsExport,
} from '../../services/feedback/results-export.js';
import { writeFileAtomically } from '../../services/rekap/export/rekap-export.js';
import { writeAdminAudit } from '../../storage/repositories/calendar.js';
import type { CliCommand } from '../context.js';
import { parseArgs } from './flags.js';

const FORMATS: readonly ResultsExportFormat[] = ['csv', 'xlsx'];

export const feedbackExportCommand: CliCommand = {
  usage: 'feedback export <2026-Q4> --out <file.csv|file.xlsx> [--format csv|xlsx]',
  run: async (args, ctx) => {
    const t = ctx.translator.forLocale(ctx.locale);
    const { positional, flags, bad } = parseArgs(args, ['out', 'format']);
    const out = flags.get('out')?.trim();
    const format = (flags.get('format')?.trim().toLowerCase() ??
      (out?.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx')) as ResultsExportFormat;
    if (bad || positional.length !== 1 || !out || !FORMATS.includes(format)) {
      ctx.err(t('hasil360-cli-usage'));
      return 2;
    }
    const parsed = parseResultsCommand(positional[0]!);
    if (!parsed.period || parsed.subject !== null) {
      ctx.err(t('hasil360-cli-bad-period', { period: positional[0]! }));
      return 1;
    }
    const { db } = await ctx.database();
    const data = await loadResultsExport(db, parsed.period, ctx.translator, ctx.locale);
    if (!data) {
      ctx.err(t('hasil360-cli-no-cycle', { period: parsed.period }));
      return 1;
    }
    for (const cycle of data.open)
      ctx.err(
        t('hasil360-cli-open-skipped', {
          period: cycle.periodCode,
          unit: cycle.unitPath ?? '*',
          closes: cycle.closesOn,
        }),
      );
    await writeAdminAudit(db, {
      actor: ctx.actor,
      action: 'feedback-export',
      entity: 'feedback_results',
      key: parsed.period,
      before: null,
      after: { format, ratees: data.ratees, rows: data.rows.length },
    });
    try {
      await writeFileAtomically(out, (stream) =>
        writeResultsExport(data, { translator: ctx.translator, locale: ctx.locale, format }, stream),
      );
    } catch (error) {
      // The code only (ENOENT, EACCES): a message could quote the data being written.
      const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.name : 'error');
      ctx.err(t('hasil360-cli-failed', { error: code }));
      return 1;
    }
    ctx.out(
      t('hasil360-cli-written', {
        period: parsed.period,
        ratees: data.ratees,
        rows: data.rows.length,
        file: out,
      }),
    );
    return 0;
  },
};
