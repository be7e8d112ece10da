import { cutText } from '../../core/text/clean-text.js';
import { splitMessage } from '../../core/text/split-message.js';
import { renderPrompts } from '../../i18n/render-prompt.js';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { DialogReply } from '../../services/dialogs/dialog-reply.js';
import type { ReplyRenderer } from '../../services/outbound/reply-renderer.js';
import type { TelegramOp } from './context.js';
import { toDraft } from './outbox.js';
import { renderDialogMessage } from './render-dialog.js';

/** Telegram's limits: 4,096 characters of message text, 1,024 of a photo's or document's caption. */
export const MESSAGE_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/**
 * A reply as Telegram operations to one chat: text longer than one message is split between lines
 * (the buttons go under the last part), then each attachment as a photo or a document.
 */
export function telegramOps(
  translator: Translator,
  locale: Locale,
  chatId: number,
  reply: DialogReply,
): TelegramOp[] {
  const { text, markup } = renderDialogMessage(translator, locale, reply, { cut: false });
  const parts = text === '' ? [] : splitMessage(text, MESSAGE_LIMIT);
  const ops: TelegramOp[] = parts.map((part, n) => ({
    op: 'send',
    chatId,
    text: part,
    ...(markup && n === parts.length - 1 ? { markup } : {}),
  }));
  for (const file of reply.attachments ?? []) {
    const caption = file.caption ? renderPrompts(translator, locale, [file.caption]).text : '';
    ops.push({
      op: file.kind === 'photo' ? 'send-photo' : 'send-document',
      chatId,
      fileName: file.fileName,
      base64: file.base64,
      ...(caption ? { caption: cutText(caption, CAPTION_LIMIT) } : {}),
    });
  }
  return ops;
}

/** Prompts, reminders, digests and rekaps outside an update: messages with inline buttons, then files. */
export function telegramReplyRenderer(translator: Translator, botId: number): ReplyRenderer {
  return {
    channel: 'telegram',
    render(recipient, reply, priority) {
      return telegramOps(translator, recipient.locale, Number(recipient.address), reply).map((op) =>
        toDraft(op, { botId, employeeId: recipient.employeeId, priority }),
      );
    },
  };
}
