import type { MiddlewareFn } from 'grammy';
import type { DikaContext } from '../context.js';
import { pushLinkInstructions } from '../link-instructions.js';
import { pushAnswer } from '../outbox.js';

/**
 * The gate between the open features (/start, a shared contact, /bantuan) and everything that
 * shows data. A stranger's command, text, file or button press gets the linking instructions and
 * goes no further, so the features after it can rely on ctx.employee (and still check it).
 */
export function requireLinked(): MiddlewareFn<DikaContext> {
  return async (ctx, next) => {
    if (ctx.employee) return next();
    ctx.log.info({ kind: ctx.callbackQuery ? 'callback' : 'message' }, 'unlinked account sent an update');
    pushAnswer(ctx);
    if (ctx.chat) pushLinkInstructions(ctx);
  };
}
