import { Composer } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { z } from 'zod';
import { setCheckinNotifications } from '../../../services/appraisal/notification-setting.js';
import { callbackData, parseCallbackData } from '../callback-data.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushAnswer, pushEditMarkup, pushReply } from '../outbox.js';

const MODES = ['each', 'daily'] as const;
/** `nt|each`, `nt|daily`. */
const notificationData = z.tuple([z.literal('nt'), z.enum(MODES)]);

/** /notifikasi: an appraiser hears of check-ins one by one (default) or in one daily bundle. */
export function notificationsFeature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();

  composer.command('notifikasi', (ctx) => {
    if (!ctx.employee) return;
    const markup: InlineKeyboardMarkup = {
      inline_keyboard: [
        MODES.map((mode) => ({
          text: ctx.t(`appraisal-notify-btn-${mode}`),
          callback_data: callbackData('nt', mode),
        })),
      ],
    };
    pushReply(ctx, ctx.t('appraisal-notify-prompt', { mode: ctx.employee.checkinNotifications }), markup);
  });

  composer.callbackQuery(/^nt\|/, async (ctx, next) => {
    const data = parseCallbackData(notificationData, ctx.callbackQuery.data);
    if (!data || !ctx.employee) return next();
    await setCheckinNotifications(ctx.tx, ctx.employee.id, data[1], deps.clock());
    pushAnswer(ctx);
    pushEditMarkup(ctx);
    pushReply(ctx, ctx.t('appraisal-notify-set', { mode: data[1] }));
  });
  return composer;
}
