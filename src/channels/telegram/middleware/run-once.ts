import type { MiddlewareFn } from 'grammy';
import { handleOnce } from '../../../storage/inbound-events.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { flushOutbox } from '../outbox.js';

/**
 * Each update runs once, in one transaction with its processed_events row. Telegram redelivers
 * (webhook retries, the runner confirming offsets early before a crash): a redelivered update
 * finds the row and does nothing. Replies queued in ctx.outbox leave only after the commit, so
 * nobody is told "saved" about work that rolled back, and a duplicate sends nothing twice.
 */
export function runOnce(deps: TelegramDeps): MiddlewareFn<DikaContext> {
  return async (ctx, next) => {
    const updateId = ctx.update.update_id;
    const outcome = await handleOnce(
      deps.db,
      // update_id counts per bot: with the bot id in front, a new bot token cannot collide with old ids.
      { platform: 'telegram', eventId: `${ctx.me.id}:${updateId}` },
      async (tx) => {
        ctx.tx = tx;
        ctx.outbox = [];
        await next();
        return ctx.outbox;
      },
    );
    if (outcome.duplicate) {
      deps.logger.debug({ update_id: updateId }, 'duplicate Telegram update ignored');
      return;
    }
    await flushOutbox(ctx.api, outcome.result, ctx.log ?? deps.logger);
  };
}
