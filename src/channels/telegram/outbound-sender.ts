import { type Api, GrammyError, HttpError, InputFile } from 'grammy';
import type { ChannelSender, DeliveryResult, OutboundRow } from '../../services/outbound/delivery.js';
import type { TelegramOp } from './context.js';

/** Button answers are not messages: Telegram's per-chat and per-bot message limits don't count them. */
const RATE_LIMITED = new Set<TelegramOp['op']>([
  'send',
  'edit-text',
  'edit-markup',
  'send-photo',
  'send-document',
]);

async function call(api: Api, op: TelegramOp, paidBroadcast: boolean): Promise<string | undefined> {
  switch (op.op) {
    case 'send': {
      const sent = await api.sendMessage(op.chatId, op.text, {
        ...(op.markup ? { reply_markup: op.markup } : {}),
        ...(paidBroadcast ? { allow_paid_broadcast: true } : {}),
      });
      return String(sent.message_id);
    }
    case 'answer-callback':
      await api.answerCallbackQuery(op.callbackQueryId, {
        ...(op.text ? { text: op.text } : {}),
        ...(op.alert ? { show_alert: true } : {}),
      });
      return undefined;
    case 'edit-markup':
      await api.editMessageReplyMarkup(op.chatId, op.messageId, op.markup ? { reply_markup: op.markup } : {});
      return String(op.messageId);
    case 'edit-text':
      await api.editMessageText(
        op.chatId,
        op.messageId,
        op.text,
        op.markup ? { reply_markup: op.markup } : {},
      );
      return String(op.messageId);
    case 'send-photo': {
      const file = new InputFile(Buffer.from(op.base64, 'base64'), op.fileName);
      const sent = await api.sendPhoto(op.chatId, file, op.caption ? { caption: op.caption } : {});
      return String(sent.message_id);
    }
    case 'send-document': {
      const file = new InputFile(Buffer.from(op.base64, 'base64'), op.fileName);
      const sent = await api.sendDocument(op.chatId, file, op.caption ? { caption: op.caption } : {});
      return String(sent.message_id);
    }
    default: {
      const unknown: never = op; // a new op kind in context.ts must be delivered here
      throw new Error(`unknown Telegram op ${JSON.stringify(unknown)}`);
    }
  }
}

/** Sorts a Bot API failure into what the queue should do about it. */
export function classifyTelegramError(op: TelegramOp['op'], error: unknown): DeliveryResult {
  if (error instanceof HttpError) return { status: 'failed', reason: 'network', permanent: false };
  if (!(error instanceof GrammyError)) return { status: 'failed', reason: 'error', permanent: false };
  const description = error.description;
  if (error.error_code === 429) {
    const seconds = error.parameters.retry_after ?? 1;
    return { status: 'retry-after', ms: seconds * 1000 };
  }
  // Blocked, deactivated, kicked: the person is not reachable here until they write again.
  if (error.error_code === 403) return { status: 'unreachable', reason: `403 ${description}` };
  if (/chat not found|user not found/i.test(description))
    return { status: 'unreachable', reason: `${error.error_code} ${description}` };
  // Re-pressing a button may ask for the markup it already has.
  if ((op === 'edit-markup' || op === 'edit-text') && /message is not modified/i.test(description))
    return { status: 'dropped', reason: 'not modified' };
  // A button answered late (after a slow update or a restart) no longer spins anyway.
  if (op === 'answer-callback' && /query is too old|query id is invalid/i.test(description))
    return { status: 'dropped', reason: 'query expired' };
  if (error.error_code >= 500) return { status: 'failed', reason: `${error.error_code}`, permanent: false };
  return { status: 'failed', reason: `${error.error_code} ${description}`, permanent: true };
}

/**
 * Delivers queued Telegram operations for one bot. `api` must not retry 429s itself (no
 * auto-retry): the queue pauses the whole bot on a 429 instead of one call sleeping while the
 * others keep hitting the limit.
 */
export function telegramSender(
  api: Api,
  botId: number,
  options: { paidBroadcast?: boolean } = {},
): ChannelSender {
  return {
    channel: 'telegram',
    sender: String(botId),
    isRateLimited: (op) => RATE_LIMITED.has(op as TelegramOp['op']),
    async deliver(row: OutboundRow): Promise<DeliveryResult> {
      const op = row.payload as TelegramOp;
      try {
        // Paid broadcast only for bulk rows (scheduled prompts): replies stay within the free limit.
        const externalId = await call(api, op, options.paidBroadcast === true && row.priority === 1);
        return externalId ? { status: 'sent', externalId } : { status: 'sent' };
      } catch (error) {
        return classifyTelegramError(op.op, error);
      }
    },
  };
}
