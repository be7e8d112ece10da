import type { MiddlewareFn } from 'grammy';
import { handleEvent } from '../../../services/events/handle-event.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { inboundOf } from '../inbound.js';
import { toDraft } from '../outbox.js';

/** What kind of update this is, for metrics. */
function kindOf(ctx: DikaContext): string {
  if (ctx.callbackQuery) return 'button';
  if (ctx.editedMessage) return 'edited';
  const message = ctx.message;
  if (message?.text !== undefined) return message.text.startsWith('/') ? 'command' : 'text';
  if (message?.document || message?.photo) return 'file';
  return 'other';
}

/** The sender's account, and the dialog their input is for: fetched with the dedupe row. */
function preloadOf(ctx: DikaContext, deps: TelegramDeps) {
  const input = inboundOf(ctx);
  return {
    account: { platform: 'telegram' as const, workspace: '', externalUserId: String(ctx.from!.id) },
    dialog: input ? deps.dialogs.targetOf(input) : undefined,
  };
}

/**
 * Each update runs once, through the platform-neutral event pipeline: one transaction with its
 * processed_events row, and every reply queued in ctx.outbox written as an outbound row of that
 * transaction. Delivery follows the commit; a crash in between leaves the rows for the sweeper,
 * so a reply is neither lost nor sent twice.
 */
export function runOnce(deps: TelegramDeps): MiddlewareFn<DikaContext> {
  return async (ctx, next) => {
    const outcome = await handleEvent(
      deps,
      // update_id counts per bot: with the bot id in front, a new bot token cannot collide with old ids.
      {
        source: 'telegram',
        eventId: `${ctx.me.id}:${ctx.update.update_id}`,
        kind: kindOf(ctx),
        ...(ctx.from ? { preload: preloadOf(ctx, deps) } : {}),
      },
      async (scope) => {
        ctx.tx = scope.tx;
        ctx.preloaded = scope.preloaded;
        ctx.outbox = [];
        ctx.afterCommit = [];
        await next();
        const context = { botId: ctx.me.id, fromId: ctx.from?.id, employeeId: ctx.employee?.id };
        for (const op of ctx.outbox) scope.send(toDraft(op, context));
      },
    );
    if (outcome.duplicate) return;
    await outcome.delivered;
    for (const work of ctx.afterCommit) await work();
  };
}
