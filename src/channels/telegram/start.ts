import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Translator } from '../../i18n/translator.js';
import type { Database } from '../../storage/database.js';

export interface TelegramStartDeps {
  config: Config;
  database: Database;
  translator: Translator;
  logger: Logger;
}

/** Starts the Telegram channel (long polling or webhook); returns its stop function. */
export async function startTelegram(deps: TelegramStartDeps): Promise<() => Promise<void>> {
  deps.logger.warn('Telegram channel not built yet');
  return async () => {};
}
