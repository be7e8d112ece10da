/**
 * `npm run chat -- --nip <nip> [--lang en]`: the check-in dialog in this terminal, on the
 * embedded database by default (or DATABASE_URL), through the same engine as Telegram.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { runTerminalChat } from '../channels/terminal/terminal-chat.js';
import { loadConfigOrExit } from '../config.js';
import { isLocale, Translator } from '../i18n/translator.js';
import { createLogger } from '../logging/logger.js';
import { createPlatform } from '../services/platform.js';
import { openDatabase } from '../storage/database.js';

async function main(): Promise<number> {
  const config = loadConfigOrExit();
  const translator = new Translator(config.DIKA_LOCALE);
  const { values } = parseArgs({
    options: { nip: { type: 'string' }, lang: { type: 'string' } },
    strict: false,
  });
  const nip = typeof values.nip === 'string' ? values.nip : undefined;
  if (!nip) {
    console.error(translator.t(config.DIKA_LOCALE, 'terminal-usage'));
    return 2;
  }
  const database = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL, max: 2 } : { dataDir: config.DIKA_DATA_DIR },
  );
  const logger = createLogger({ level: 'warn', pretty: false });
  const platform = createPlatform({ db: database.db, logger });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  try {
    return await runTerminalChat({
      db: database.db,
      logger,
      ...platform,
      translator,
      nip,
      ...(isLocale(values.lang) ? { locale: values.lang } : {}),
      lines: rl,
      write: (text) => console.log(`\n${text}`),
    });
  } finally {
    rl.close();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
