import { type Api, GrammyError } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Logger } from 'pino';
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

/** Raised when committed work could not be delivered: the person must not be told to retry. */
export class OutboxDeliveryError extends Error {
  constructor(
    readonly op: TelegramOp['op'],
    override readonly cause: unknown,
  ) {
    super(`delivering ${op} failed`);
    this.name = 'OutboxDeliveryError';
  }
}

function isHarmless(op: TelegramOp, error: unknown): boolean {
  if (!(error instanceof GrammyError)) return false;
  // Re-pressing a button may ask for the markup it already has.
  if (op.op === 'edit-markup' || op.op === 'edit-text')
    return /message is not modified/i.test(error.description);
  // A button answered late (after a slow update) no longer spins anyway.
  if (op.op === 'answer-callback') return /query is too old|query id is invalid/i.test(error.description);
  return false;
}

async function deliver(api: Api, op: TelegramOp): Promise<void> {
  switch (op.op) {
    case 'send':
      await api.sendMessage(op.chatId, op.text, op.markup ? { reply_markup: op.markup } : {});
      return;
    case 'answer-callback':
      await api.answerCallbackQuery(op.callbackQueryId, {
        ...(op.text ? { text: op.text } : {}),
        ...(op.alert ? { show_alert: true } : {}),
      });
      return;
    case 'edit-markup':
      await api.editMessageReplyMarkup(op.chatId, op.messageId, op.markup ? { reply_markup: op.markup } : {});
      return;
    case 'edit-text':
      await api.editMessageText(
        op.chatId,
        op.messageId,
        op.text,
        op.markup ? { reply_markup: op.markup } : {},
      );
      return;
    default: {
      const unknown: never = op; // a new op kind in context.ts must be delivered here
      throw new Error(`unknown outbox op ${JSON.stringify(unknown)}`);
    }
  }
}

/** Sends the operations in order; stops at the first real failure (later ones may depend on it). */
export async function flushOutbox(api: Api, ops: readonly TelegramOp[], log: Logger): Promise<void> {
  for (const op of ops) {
    try {
      await deliver(api, op);
    } catch (error) {
      if (isHarmless(op, error)) {
        log.debug({ op: op.op }, 'ignored harmless Bot API error');
        continue;
      }
      throw new OutboxDeliveryError(op.op, error);
    }
  }
}
