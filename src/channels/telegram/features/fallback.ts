import { Composer } from 'grammy';
import type { DikaContext } from '../context.js';
import { pushLinkInstructions } from '../link-instructions.js';
import { pushAnswer, pushReply } from '../outbox.js';

/**
 * Whatever no feature took. A button nobody claimed is old (sent before a restart or a finished
 * check-in), forged or malformed: all get the same calm answer, which also stops the spinner.
 */
export function fallbackFeature(): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  composer.on('callback_query', (ctx) => {
    pushAnswer(ctx, ctx.t('stale-button'));
  });
  composer.on('message', (ctx) => {
    if (!ctx.employee) pushLinkInstructions(ctx);
    else pushReply(ctx, ctx.t('tg-not-understood'));
  });
  return composer;
}
