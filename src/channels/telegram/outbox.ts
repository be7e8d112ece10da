import type { InlineKeyboardMarkup } from 'grammy/types';
import type { OutboundDraft } from '../../services/events/handle-event.js';
import type { DikaContext, ReplyMarkup, TelegramOp } from './context.js';

/** Queues a message to the chat this update came from. */
export function pushReply(ctx: DikaContext, text: string, markup?: ReplyMarkup): void {
  const chatId = ctx.chat?.id ?? ctx.from?.id;
  if (chatId === undefined) return;
  ctx.outbox.push({ op: 'send', chatId, text, ...(markup ? { markup } : {}) });
}

/** Queues the answer that stops a pressed button's spinner (Telegram expects one per press). */
export function pushAnswer(ctx: DikaContext, text?: string): void {
  const id = ctx.callbackQuery?.id;
  if (id) ctx.outbox.push({ op: 'answer-callback', callbackQueryId: id, ...(text ? { text } : {}) });
}

/** Queues new (or no) buttons for the message whose button was pressed, so old buttons go away. */
export function pushEditMarkup(ctx: DikaContext, markup?: InlineKeyboardMarkup): void {
  const message = ctx.callbackQuery?.message;
  if (message) {
    ctx.outbox.push({ op: 'edit-markup', chatId: message.chat.id, messageId: message.message_id, markup });
  }
}

/**
 * A Telegram operation as a row of the durable outbound queue. Answering a button press belongs
 * to the presser's chat, so every operation of one update shares an address and keeps its order.
 */
export function toDraft(
  op: TelegramOp,
  context: { botId: number; fromId?: number | undefined; employeeId?: number | undefined; priority?: 0 | 1 },
): OutboundDraft {
  const address = op.op === 'answer-callback' ? context.fromId : op.chatId;
  return {
    channel: 'telegram',
    sender: String(context.botId),
    address: String(address ?? ''),
    employeeId: context.employeeId ?? null,
    op: op.op,
    payload: op,
    priority: context.priority ?? 0,
  };
}
