import { Composer } from 'grammy';
import type { Inbound } from '../../../core/conversation/types.js';
import { renderPrompts } from '../../../i18n/render-prompt.js';
import { answerDialog, cancelCheckin, openCheckin } from '../../../services/checkin-service.js';
import { type Person, personOf } from '../../../services/people/person.js';
import { historyPrompt, statusPrompt } from '../../../services/status-service.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { inboundOf } from '../inbound.js';
import { pushReply } from '../outbox.js';
import { pushDialogReply } from '../render-dialog.js';

const person = (ctx: DikaContext): Person | undefined => (ctx.employee ? personOf(ctx.employee) : undefined);

/**
 * The weekly check-in in Telegram: /checkin /status /riwayat /batal, every dialog's buttons, and
 * the answers typed or sent while a dialog is open (the runner picks which dialog gets them). Translation only: what a check-in means
 * lives in src/core/checkin and src/services.
 */
export function checkinFeature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  const pm = composer.chatType('private');

  const answer = async (ctx: DikaContext, input: Inbound) => {
    const p = person(ctx);
    if (!p) return;
    pushDialogReply(
      ctx,
      deps.translator,
      await answerDialog(ctx.tx, deps.dialogs, p, input, deps.clock(), ctx.preloaded?.conversation),
    );
  };

  pm.command('checkin', async (ctx) => {
    const p = person(ctx);
    if (p)
      pushDialogReply(
        ctx,
        deps.translator,
        await openCheckin(ctx.tx, deps.dialogs, p, 'telegram', deps.clock()),
      );
  });
  pm.command('batal', async (ctx) => {
    const p = person(ctx);
    if (p) pushDialogReply(ctx, deps.translator, await cancelCheckin(ctx.tx, deps.dialogs, p));
  });
  pm.command('status', async (ctx) => {
    const p = person(ctx);
    if (!p) return;
    pushReply(
      ctx,
      renderPrompts(deps.translator, ctx.locale, [await statusPrompt(ctx.tx, p, deps.clock())]).text,
    );
  });
  pm.command('riwayat', async (ctx) => {
    const p = person(ctx);
    if (!p) return;
    pushReply(ctx, renderPrompts(deps.translator, ctx.locale, [await historyPrompt(ctx.tx, p)]).text);
  });

  // Every dialog's buttons (`<kind>|nonce|seq|choice`, routed by kind) and every typed answer,
  // document or photo (routed to the dialog that asked last). Anything else (settings buttons,
  // forged data, unknown commands) goes on to its own feature or the fallback.
  composer.on(['callback_query:data', 'message'], async (ctx, next) => {
    const input = inboundOf(ctx);
    if (!input) return next();
    await answer(ctx, input);
  });
  return composer;
}
