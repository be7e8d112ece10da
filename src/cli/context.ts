import type { Config } from '../config.js';
import type { Locale, Translator } from '../i18n/translator.js';
import type { Database } from '../storage/database.js';

/** What every `npm run dika -- <command>` gets. The database opens only when a command asks. */
export interface CliContext {
  config: Config;
  translator: Translator;
  /** `--lang`, else DIKA_LOCALE. */
  locale: Locale;
  /** Opens (and migrates) the configured database once; closed by the dispatcher. */
  database: () => Promise<Database>;
  /** Who ran it, for the audit log. */
  actor: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliCommand {
  /** One line shown by `npm run dika -- help`. */
  usage: string;
  /** Returns the process exit code. `args` excludes the command name and `--lang`. */
  run: (args: string[], ctx: CliContext) => Promise<number>;
}
