/**
 * `npm run dika -- <command> …`: the HR admin's tools (imports, link codes).
 * Messages a person reads come from locales/ in `--lang` or DIKA_LOCALE.
 */
import { userInfo } from 'node:os';
import { ConfigError, loadConfig } from '../config.js';
import { isLocale, Translator } from '../i18n/translator.js';
import { type Database, openDatabase } from '../storage/database.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { exportRekapCommand } from './commands/export-rekap.js';
import { feedbackCommand } from './commands/feedback.js';
import { holidaysCommand } from './commands/holidays.js';
import { importCommand } from './commands/import.js';
import { linkCodeCommand, linkCodesCommand } from './commands/link-code.js';
import { migrateCommand } from './commands/migrate.js';
import { periodCommand } from './commands/period.js';
import { personCommand } from './commands/person.js';
import { pruneCommand } from './commands/prune.js';
import { scheduleCommand } from './commands/schedule.js';
import type { CliCommand, CliContext } from './context.js';

const commands: Record<string, CliCommand> = {
  import: importCommand,
  'link-code': linkCodeCommand,
  'link-codes': linkCodesCommand,
  migrate: migrateCommand,
  person: personCommand,
  backup: backupCommand,
  restore: restoreCommand,
  prune: pruneCommand,
  holidays: holidaysCommand,
  schedule: scheduleCommand,
  period: periodCommand,
  export: exportRekapCommand,
  feedback: feedbackCommand,
};

/** Pulls `--lang xx` / `--lang=xx` out of argv. */
function takeLang(argv: string[]): { lang?: string; rest: string[] } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') lang = argv[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { lang, rest };
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const { lang, rest } = takeLang(argv);
  const translator = new Translator(config.DIKA_LOCALE);
  const locale = isLocale(lang) ? lang : config.DIKA_LOCALE;
  const t = translator.forLocale(locale);
  const [name, ...args] = rest;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(
      t('cli-usage', {
        commands: Object.values(commands)
          .map((c) => `  ${c.usage}`)
          .join('\n'),
      }),
    );
    return name && name !== 'help' ? 2 : 0;
  }

  let database: Database | undefined;
  const ctx: CliContext = {
    config,
    translator,
    locale,
    actor: `cli:${userInfo().username}`,
    database: async () => {
      database ??= await openDatabase(
        config.DATABASE_URL ? { url: config.DATABASE_URL, max: 2 } : { dataDir: config.DIKA_DATA_DIR },
      );
      return database;
    },
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  };
  try {
    return await command.run(args, ctx);
  } finally {
    await database?.close();
  }
}

// Run only when executed, not when a test imports runCli.
if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
