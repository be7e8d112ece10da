import type { MiddlewareFn } from 'grammy';
import type { DikaContext, TelegramDeps } from '../context.js';
import { resolveLocale } from './identity.js';

/** A command or mention meant for this bot (not `/start@otherbot`, not a chat among people). */
function addressesBot(ctx: DikaContext): boolean {
  const username = ctx.me.username.toLowerCase();
  const message = ctx.msg;
  if (!message) return false;
  if (message.reply_to_message?.from?.id === ctx.me.id) return true;
  for (const entity of ctx.entities()) {
    if (entity.type === 'bot_command' && entity.offset === 0) {
      const target = entity.text.split('@')[1];
      if (target === undefined || target.toLowerCase() === username) return true;
    }
    if (entity.type === 'mention' && entity.text.toLowerCase() === `@${username}`) return true;
    if (entity.type === 'text_mention' && entity.user.id === ctx.me.id) return true;
  }
  return false;
}

/**
 * Check-ins are personal (targets, blockers, confidence), so they happen in private chats only.
 * In a group the bot answers a command or mention once with a link to a private chat and
 * otherwise stays silent. Group updates never reach the database, so this replies directly.
 */
export function groupGuard(deps: TelegramDeps): MiddlewareFn<DikaContext> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (!chat || chat.type === 'private') return next();
    const link = `https://t.me/${ctx.me.username}`;
    const locale = resolveLocale(undefined, ctx.from?.language_code, deps.defaultLocale);
    const text = deps.translator.t(locale, 'tg-group-private-only', { link });
    if (ctx.callbackQuery) {
      await ctx.api.answerCallbackQuery(ctx.callbackQuery.id, { text });
    } else if (addressesBot(ctx)) {
      deps.logger.debug(
        { update_id: ctx.update.update_id, chat_type: chat.type },
        'group request redirected',
      );
      await ctx.api.sendMessage(chat.id, text, {
        reply_parameters: { message_id: ctx.msg!.message_id, allow_sending_without_reply: true },
      });
    }
  };
}
