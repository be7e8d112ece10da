import type { Translator } from '../../i18n/translator.js';
import type { ReplyRenderer } from '../../services/outbound/reply-renderer.js';
import { toDraft } from './outbox.js';
import { renderDialogMessage } from './render-dialog.js';

/** Prompts, reminders and digests outside an update: one message with inline buttons. */
export function telegramReplyRenderer(translator: Translator, botId: number): ReplyRenderer {
  return {
    channel: 'telegram',
    render(recipient, reply, priority) {
      const { text, markup } = renderDialogMessage(translator, recipient.locale, reply);
      const chatId = Number(recipient.address);
      return [
        toDraft(
          { op: 'send', chatId, text, ...(markup ? { markup } : {}) },
          { botId, employeeId: recipient.employeeId, priority },
        ),
      ];
    },
  };
}
