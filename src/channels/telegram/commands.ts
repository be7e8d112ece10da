import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { LOCALES, type Locale, type Translator } from '../../i18n/translator.js';

/** The commands Telegram lists in the "/" menu, in this order. */
export const MENU_COMMANDS = [
  'start',
  'checkin',
  'status',
  'riwayat',
  'cuti',
  'bahasa',
  'zona',
  'privasi',
  'rekap',
  'notifikasi',
  'evaluasi',
  'umpanbalik',
  '360',
  'hasil360',
  'bantuan',
  'batal',
] as const;

export function menuCommands(translator: Translator, locale: Locale): BotCommand[] {
  return MENU_COMMANDS.map((command) => ({ command, description: translator.t(locale, `cmd-${command}`) }));
}

/**
 * Sets the command menu for private chats: Indonesian for everyone (no language_code), English
 * for clients set to English. Groups get no menu: check-ins happen in private chats only.
 */
export async function registerCommands(api: Api, translator: Translator): Promise<void> {
  for (const locale of LOCALES) {
    await api.setMyCommands(menuCommands(translator, locale), {
      scope: { type: 'all_private_chats' },
      ...(locale === 'id' ? {} : { language_code: locale }),
    });
  }
}
