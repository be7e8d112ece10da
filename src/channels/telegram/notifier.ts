import { and, eq } from 'drizzle-orm';
import type { Api } from 'grammy';
import { isLocale, type Translator } from '../../i18n/translator.js';
import type { Notifier } from '../../scheduler/notifier.js';
import type { DialogReply } from '../../services/checkin-service.js';
import type { Db } from '../../storage/database.js';
import { channelIdentities, employees } from '../../storage/schema.js';
import { renderDialogMessage } from './render-dialog.js';

/** Delivers scheduled messages (reminders, later digests) to a person's private chat with the bot. */
export function telegramNotifier(api: Api, db: Db, translator: Translator): Notifier {
  return {
    channel: 'telegram',
    async deliver(employeeId: number, reply: DialogReply) {
      const [row] = await db
        .select({
          chatId: channelIdentities.chatId,
          externalUserId: channelIdentities.externalUserId,
          locale: employees.locale,
        })
        .from(channelIdentities)
        .innerJoin(employees, eq(employees.id, channelIdentities.employeeId))
        .where(and(eq(channelIdentities.employeeId, employeeId), eq(channelIdentities.platform, 'telegram')));
      if (!row) throw new Error(`employee ${employeeId} has no Telegram account linked`);
      const locale = isLocale(row.locale) ? row.locale : translator.defaultLocale;
      const { text, markup } = renderDialogMessage(translator, locale, reply);
      // In a private chat the chat id equals the user id, so an identity without chat id still works.
      await api.sendMessage(row.chatId ?? row.externalUserId, text, markup ? { reply_markup: markup } : {});
    },
  };
}
