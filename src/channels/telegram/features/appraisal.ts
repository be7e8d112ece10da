import { Composer } from 'grammy';
import { z } from 'zod';
import { NOTICE_KIND, readNoticeButton } from '../../../core/appraisal/notice-button.js';
import {
  cancelAppraisalDialog,
  pressNoticeButton,
  REFUSED,
} from '../../../services/appraisal/feedback-service.js';
import { personOf } from '../../../services/people/person.js';
import { parseCallbackData } from '../callback-data.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushAnswer, pushReply } from '../outbox.js';
import { pushDialogReply, renderDialogMessage } from '../render-dialog.js';

/** `penilai|<check-in id, base 36>|<0 report, 1 bundle>|<all, k<indicator>, dlg, r<check-in>>`. */
const noticeData = z.tuple([
  z.literal(NOTICE_KIND),
  z.string().regex(/^[0-9a-z]{1,8}$/),
  z.enum(['0', '1']),
  z.string().regex(/^[a-z0-9]{1,8}$/),
]);

/**
 * The appraiser's side of a check-in in Telegram: the buttons under a report or a daily bundle
 * (umpan balik, ajukan waktu dialog, open a report) and /batal while such a dialog is open. The
 * typed umpan balik reaches its dialog through the check-in feature's catch-all, like every answer.
 */
export function appraisalFeature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();

  composer.callbackQuery(new RegExp(`^${NOTICE_KIND}\\|`), async (ctx) => {
    const data = parseCallbackData(noticeData, ctx.callbackQuery.data);
    const pressed = data && readNoticeButton({ nonce: data[1], seq: Number(data[2]), choice: data[3] });
    const reply =
      pressed && ctx.employee
        ? await pressNoticeButton(
            ctx.tx,
            deps.dialogs,
            personOf(ctx.employee),
            'telegram',
            pressed,
            deps.clock(),
          )
        : REFUSED;
    if (reply === REFUSED) {
      ctx.log.info('appraisal button refused');
      const id = ctx.callbackQuery.id;
      ctx.outbox.push({
        op: 'answer-callback',
        callbackQueryId: id,
        text: ctx.t('appraisal-not-allowed'),
        alert: true,
      });
      return;
    }
    // A new message: the report keeps its buttons for the next umpan balik.
    pushAnswer(ctx);
    const { text, markup } = renderDialogMessage(deps.translator, ctx.locale, reply);
    pushReply(ctx, text, markup);
  });

  composer.chatType('private').command('batal', async (ctx, next) => {
    if (!ctx.employee) return next();
    const reply = await cancelAppraisalDialog(ctx.tx, deps.dialogs, personOf(ctx.employee));
    if (!reply) return next();
    pushDialogReply(ctx, deps.translator, reply);
  });
  return composer;
}
