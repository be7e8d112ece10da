import type { MiddlewareFn } from 'grammy';
import { safeError } from '../../../logging/safe-error.js';
import { isDatabaseUnavailable, RetryLaterError } from '../../../storage/availability.js';
import type { DikaContext, DikaFlavor, TelegramDeps } from '../context.js';
import { resolveLocale } from './identity.js';

/** A person is told at most this often that their messages wait for the database. */
const NOTICE_EVERY_MS = 10 * 60_000;

/**
 * Outermost middleware. `bot.handleUpdate` (used by webhooks and tests) does not call bot.catch,
 * so failures are handled here: logged once with ids only, and the person is told to try again
 * (the transaction rolled back, so trying again is safe). For a button press the answer also
 * stops the spinner, which otherwise turns until Telegram gives up.
 *
 * An unavailable database is different: nothing is wrong with the message, so the person is
 * told once that it will be processed by itself, and a RetryLaterError goes up to the transport
 * (long polling keeps the update; the webhook answers 503 so Telegram sends it again). The same
 * note goes out when an update is still running after `slowNoticeMs` (a database that hangs).
 */
export function errorBoundary(
  deps: TelegramDeps,
  onError?: (error: unknown) => void,
  options: { slowNoticeMs?: number } = {},
): MiddlewareFn<DikaContext> {
  const noticed = new Map<number, number>();
  const notifyOnce = async (ctx: DikaContext) => {
    const user = ctx.from?.id;
    if (user === undefined || ctx.chat?.type !== 'private') return;
    const now = Date.now();
    if ((noticed.get(user) ?? 0) > now - NOTICE_EVERY_MS) return;
    noticed.set(user, now);
    if (noticed.size > 10_000) noticed.clear(); // an outage's worth; never a leak
    try {
      await ctx.api.sendMessage(ctx.chat.id, deps.translator.t(localeOf(ctx, deps), 'db-unavailable-queued'));
    } catch (error) {
      deps.logger.warn(
        { update_id: ctx.update.update_id, err: safeError(error) },
        'could not send the notice',
      );
    }
  };

  return async (ctx, next) => {
    const slow = setTimeout(() => void notifyOnce(ctx), options.slowNoticeMs ?? 5_000);
    try {
      await next();
    } catch (error) {
      const updateId = ctx.update.update_id;
      if (error instanceof RetryLaterError || isDatabaseUnavailable(error)) {
        deps.logger.warn({ update_id: updateId, err: safeError(error) }, 'database unavailable: update kept');
        await notifyOnce(ctx);
        throw error instanceof RetryLaterError ? error : new RetryLaterError(error);
      }
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
    } finally {
      clearTimeout(slow);
    }
  };
}

function localeOf(ctx: DikaContext, deps: TelegramDeps) {
  return (
    (ctx as Partial<DikaFlavor>).locale ??
    resolveLocale(undefined, ctx.from?.language_code, deps.defaultLocale)
  );
}

async function tellSomethingWentWrong(ctx: DikaContext, deps: TelegramDeps): Promise<void> {
  const text = deps.translator.t(localeOf(ctx, deps), 'error-generic');
  if (ctx.callbackQuery) {
    await ctx.api.answerCallbackQuery(ctx.callbackQuery.id, { text });
  } else if (ctx.chat?.type === 'private') {
    await ctx.api.sendMessage(ctx.chat.id, text);
  }
}
