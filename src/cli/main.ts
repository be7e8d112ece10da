/**
 * `npm run dika -- <command> …`: the HR admin's tools (imports, link codes).
 * Messages a person reads come from locales/ in `--lang` or DIKA_LOCALE.
 */
import { userInfo } from 'node:os';
import { ConfigError, loadConfig } from '../config.js';
import { isLocale, Translator } from '../i18n/translator.js';
import { type Database, openDatabase } from '../storage/database.js';
import type { CliCommand, CliContext } from './context.js';

/**
 * Each command's module is loaded when it runs: loading them all (exceljs, the chart renderer, the
 * services) took 1.1 s of a CLI start-up of 2 s, before an import of 100,000 rows had read a line.
 */
const commands: Record<string, () => Promise<CliCommand>> = {
  import: async () => (await import('./commands/import.js')).importCommand,
  'link-code': async () => (await import('./commands/link-code.js')).linkCodeCommand,
  'link-codes': async () => (await import('./commands/link-code.js')).linkCodesCommand,
  migrate: async () => (await import('./commands/migrate.js')).migrateCommand,
  person: async () => (await import('./commands/person.js')).personCommand,
  backup: async () => (await import('./commands/backup.js')).backupCommand,
  restore: async () => (await import('./commands/backup.js')).restoreCommand,
  prune: async () => (await import('./commands/prune.js')).pruneCommand,
  holidays: async () => (await import('./commands/holidays.js')).holidaysCommand,
  schedule: async () => (await import('./commands/schedule.js')).scheduleCommand,
  period: async () => (await import('./commands/period.js')).periodCommand,
  export: async () => (await import('./commands/export-rekap.js')).exportRekapCommand,
  feedback: async () => (await import('./commands/feedback.js')).feedbackCommand,
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
  const load = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    const all = await Promise.all(Object.values(commands).map((loadCommand) => loadCommand()));
    console.error(t('cli-usage', { commands: all.map((c) => `  ${c.usage}`).join('\n') }));
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
    return await (await load()).run(args, ctx);
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
