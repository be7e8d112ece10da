/**
 * `backup --out <file>` and `restore --from <file> [--force]` for the embedded database. A
 * PostgreSQL server is backed up with its own tools (pg_dump), which dika does not wrap.
 */
import { parseArgs } from 'node:util';
import { DataDirError } from '../../storage/data-dir-lock.js';
import {
  backupDataDir,
  DataDirNotEmptyError,
  NoDatabaseError,
  restoreDataDir,
} from '../../storage/embedded-backup.js';
import type { CliCommand, CliContext } from '../context.js';

function option(args: string[], name: 'out' | 'from'): { file?: string; force: boolean } | undefined {
  try {
    const { values } = parseArgs({
      args,
      options: { [name]: { type: 'string' }, force: { type: 'boolean' } },
      strict: true,
    });
    const file = (values[name] as string | undefined)?.trim();
    return { ...(file ? { file } : {}), force: (values.force as boolean | undefined) ?? false };
  } catch {
    return undefined;
  }
}

/** The failures an operator fixes (dika running, folder unwritable, file present or missing). */
function reported(ctx: CliContext, error: unknown, file: string): number {
  const t = ctx.translator.forLocale(ctx.locale);
  if (error instanceof DataDirNotEmptyError) ctx.err(t('backup-cli-not-empty', { dir: error.dataDir }));
  else if (error instanceof DataDirError) ctx.err(error.message);
  else {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') ctx.err(t('backup-cli-file-exists', { file }));
    else if (code === 'ENOENT') ctx.err(t('backup-cli-file-missing', { file }));
    else if (error instanceof NoDatabaseError) ctx.err(t('backup-cli-no-database', { dir: error.dataDir }));
    else throw error;
  }
  return 1;
}

export const backupCommand: CliCommand = {
  usage: 'backup --out <file.tar.gz>',
  run: async (args, ctx) => {
    const t = ctx.translator.forLocale(ctx.locale);
    if (ctx.config.DATABASE_URL) {
      ctx.err(t('backup-cli-postgres'));
      return 2;
    }
    const parsed = option(args, 'out');
    if (!parsed?.file || parsed.force) {
      ctx.err(t('backup-cli-usage'));
      return 2;
    }
    try {
      const bytes = await backupDataDir(ctx.config.DIKA_DATA_DIR, parsed.file);
      ctx.out(t('backup-cli-written', { file: parsed.file, size: Math.max(1, Math.round(bytes / 1024)) }));
      return 0;
    } catch (error) {
      return reported(ctx, error, parsed.file);
    }
  },
};

export const restoreCommand: CliCommand = {
  usage: 'restore --from <file.tar.gz> [--force]',
  run: async (args, ctx) => {
    const t = ctx.translator.forLocale(ctx.locale);
    if (ctx.config.DATABASE_URL) {
      ctx.err(t('backup-cli-postgres'));
      return 2;
    }
    const parsed = option(args, 'from');
    if (!parsed?.file) {
      ctx.err(t('backup-cli-usage'));
      return 2;
    }
    try {
      await restoreDataDir(ctx.config.DIKA_DATA_DIR, parsed.file, { force: parsed.force });
      ctx.out(t('backup-cli-restored', { file: parsed.file, dir: ctx.config.DIKA_DATA_DIR }));
      return 0;
    } catch (error) {
      return reported(ctx, error, parsed.file);
    }
  },
};
