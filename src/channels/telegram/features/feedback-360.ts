import { Composer } from 'grammy';
import { decodeButton } from '../../../core/conversation/button-codec.js';
import { INVITE_KIND, readInviteButton, readReviewButton } from '../../../core/feedback/invitation-button.js';
import { peerCommand, pressReview } from '../../../services/feedback/peer-service.js';
import {
  cancelQuestionnaire,
  listQuestionnaires,
  pressInvitation,
  REFUSED,
} from '../../../services/feedback/questionnaire-service.js';
import { personOf } from '../../../services/people/person.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushAnswer, pushReply } from '../outbox.js';
import { pushDialogReply, renderDialogMessage } from '../render-dialog.js';

/**
 * The BerAKHLAK 360° questionnaire in Telegram: the buttons under an invitation (one per ratee),
 * /360 to list what is still to fill in, /rekan to propose or decline a peer (and the
 * appraiser's buttons to settle it), and /batal while a questionnaire is open. The
 * questionnaire's own buttons and typed comments reach it through the check-in feature's
 * catch-all, like every dialog's.
 */
export function feedback360Feature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();

  composer.callbackQuery(new RegExp(`^${INVITE_KIND}\\|`), async (ctx) => {
    const button = decodeButton(ctx.callbackQuery.data);
    const review = button && button.kind === INVITE_KIND ? readReviewButton(button) : undefined;
    if (review && ctx.employee) {
      // The appraiser's decision on a peer change: the message keeps its other buttons.
      pushAnswer(ctx);
      const settled = await pressReview(ctx.tx, personOf(ctx.employee), review, deps.clock());
      pushReply(ctx, renderDialogMessage(deps.translator, ctx.locale, settled).text);
      return;
    }
    const pressed = button && button.kind === INVITE_KIND ? readInviteButton(button) : undefined;
    const reply =
      pressed && ctx.employee
        ? await pressInvitation(ctx.tx, deps.dialogs, personOf(ctx.employee), 'telegram', pressed)
        : REFUSED;
    if (reply === REFUSED) {
      ctx.log.info('feedback button refused');
      ctx.outbox.push({
        op: 'answer-callback',
        callbackQueryId: ctx.callbackQuery.id,
        text: ctx.t('fb360-not-allowed'),
        alert: true,
      });
      return;
    }
    // A new message: the invitation keeps its buttons for the next person to rate.
    pushAnswer(ctx);
    const { text, markup } = renderDialogMessage(deps.translator, ctx.locale, reply);
    pushReply(ctx, text, markup);
  });

  const pm = composer.chatType('private');
  pm.command('360', async (ctx) => {
    if (!ctx.employee) return;
    const reply = await listQuestionnaires(ctx.tx, deps.dialogs, personOf(ctx.employee), 'telegram');
    pushDialogReply(ctx, deps.translator, reply);
  });
  pm.command('rekan', async (ctx) => {
    if (!ctx.employee) return;
    pushDialogReply(
      ctx,
      deps.translator,
      await peerCommand(ctx.tx, personOf(ctx.employee), ctx.match, deps.clock()),
    );
  });
  pm.command('batal', async (ctx, next) => {
    if (!ctx.employee) return next();
    const reply = await cancelQuestionnaire(ctx.tx, deps.dialogs, personOf(ctx.employee));
    if (!reply) return next();
    pushDialogReply(ctx, deps.translator, reply);
  });
  return composer;
}
