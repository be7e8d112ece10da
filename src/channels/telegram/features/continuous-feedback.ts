import { Composer } from 'grammy';
import {
  cancelContinuous,
  isSearching,
  latestOpenDialog,
  openContinuous,
  searchColleague,
} from '../../../services/feedback/continuous-service.js';
import { personOf } from '../../../services/people/person.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushDialogReply } from '../render-dialog.js';

/**
 * Umpan balik berkelanjutan in Telegram: /umpanbalik (or /feedback), a typed name while the
 * dialog asks for a colleague (the search), and /batal while the draft is open. Its buttons and
 * the typed text reach the dialog through the check-in feature's catch-all, like every dialog's.
 */
export function continuousFeedbackFeature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  const pm = composer.chatType('private');

  pm.command(['umpanbalik', 'feedback'], async (ctx) => {
    if (!ctx.employee) return;
    pushDialogReply(
      ctx,
      deps.translator,
      await openContinuous(ctx.tx, deps.dialogs, personOf(ctx.employee), 'telegram'),
    );
  });
  pm.command('batal', async (ctx, next) => {
    if (!ctx.employee) return next();
    const reply = await cancelContinuous(ctx.tx, deps.dialogs, personOf(ctx.employee));
    if (!reply) return next();
    pushDialogReply(ctx, deps.translator, reply);
  });
  // A name typed while the dialog (the one that asked last) waits for a colleague.
  pm.on('message:text', async (ctx, next) => {
    if (!ctx.employee || ctx.message.text.startsWith('/')) return next();
    const open =
      ctx.preloaded?.conversation !== undefined
        ? ctx.preloaded.conversation
        : await latestOpenDialog(ctx.tx, deps.dialogs, ctx.employee.id);
    if (!open || !isSearching(open)) return next();
    const person = personOf(ctx.employee);
    pushDialogReply(
      ctx,
      deps.translator,
      await searchColleague(ctx.tx, deps.dialogs, person, open, ctx.message.text),
    );
  });
  return composer;
}
