import { Composer } from 'grammy';
import { cancelEvaluation, openEvaluation } from '../../../services/evaluation/evaluation-service.js';
import { personOf } from '../../../services/people/person.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushDialogReply } from '../render-dialog.js';

/**
 * /evaluasi [2026-TW4] in Telegram and /batal while it is open. Its buttons and any typed text
 * reach the dialog through the check-in feature's catch-all, like every dialog's.
 */
export function evaluationFeature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  const pm = composer.chatType('private');

  pm.command('evaluasi', async (ctx) => {
    if (!ctx.employee) return;
    const reply = await openEvaluation(
      ctx.tx,
      deps.dialogs,
      personOf(ctx.employee),
      'telegram',
      deps.clock(),
      ctx.match,
    );
    pushDialogReply(ctx, deps.translator, reply);
  });

  pm.command('batal', async (ctx, next) => {
    if (!ctx.employee) return next();
    const reply = await cancelEvaluation(ctx.tx, deps.dialogs, personOf(ctx.employee));
    if (!reply) return next();
    pushDialogReply(ctx, deps.translator, reply);
  });
  return composer;
}
