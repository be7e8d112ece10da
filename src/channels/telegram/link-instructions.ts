import type { ReplyKeyboardMarkup } from 'grammy/types';
import type { DikaContext } from './context.js';
import { pushReply } from './outbox.js';

/** A reply keyboard whose one button shares the person's own phone number (Telegram fills user_id). */
export function shareContactKeyboard(ctx: DikaContext): ReplyKeyboardMarkup {
  return {
    keyboard: [[{ text: ctx.t('link-share-contact-button'), request_contact: true }]],
    resize_keyboard: true,
    one_time_keyboard: true,
  };
}

/** What a stranger gets instead of data: how to get linked (HR link, or share the phone number). */
export function pushLinkInstructions(ctx: DikaContext): void {
  pushReply(ctx, ctx.t('link-instructions'), shareContactKeyboard(ctx));
}
