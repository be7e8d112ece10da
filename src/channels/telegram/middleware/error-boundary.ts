import type { MiddlewareFn } from 'grammy';
import { safeError } from '../../../logging/safe-error.js';
import type { DikaContext, DikaFlavor, TelegramDeps } from '../context.js';
import { resolveLocale } from './identity.js';

/**
 * Outermost middleware. `bot.handleUpdate` (used by webhooks and tests) does not call bot.catch,
 * so failures are handled here: logged once with ids only, and the person is told to try again
 * (the transaction rolled back, so trying again is safe). For a button press the answer also
 * stops the spinner, which otherwise turns until Telegram gives up.
 */
export function errorBoundary(
  deps: TelegramDeps,
  onError?: (error: unknown) => void,
): MiddlewareFn<DikaContext> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const updateId = ctx.update.update_id;
      deps.logger.error(
        { update_id: updateId, user_id: ctx.from?.id, err: safeError(error) },
        'update failed',
      );
      onError?.(error);
      try {
        await tellSomethingWentWrong(ctx, deps);
      } catch (sendError) {
        deps.logger.warn(
          { update_id: updateId, err: safeError(sendError) },
          'could not send the error message',
        );
      }
    }
  };
}

async function tellSomethingWentWrong(ctx: DikaContext, deps: TelegramDeps): Promise<void> {
  const locale =
    (ctx as Partial<DikaFlavor>).locale ??
    resolveLocale(undefined, ctx.from?.language_code, deps.defaultLocale);
  const text = deps.translator.t(locale, 'error-generic');
  if (ctx.callbackQuery) {
    await ctx.api.answerCallbackQuery(ctx.callbackQuery.id, { text });
  } else if (ctx.chat?.type === 'private') {
    await ctx.api.sendMessage(ctx.chat.id, text);
  }
}
