import { Composer } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { z } from 'zod';
import { INDONESIAN_ZONES, zoneLabel } from '../../../core/time/time-zone.js';
import { LOCALES } from '../../../i18n/translator.js';
import { setLanguage, setTimeZone } from '../../../services/people/identity-service.js';
import { callbackData, parseCallbackData } from '../callback-data.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushLinkInstructions } from '../link-instructions.js';
import { setPerson } from '../middleware/identity.js';
import { pushAnswer, pushEditMarkup, pushReply } from '../outbox.js';

const ZONES = ['WIB', 'WITA', 'WIT'] as const;

/** `st|lang|en`, `st|tz|WITA`: short on purpose, Telegram allows 64 bytes of callback data. */
const settingsData = z.union([
  z.tuple([z.literal('st'), z.literal('lang'), z.enum(LOCALES)]),
  z.tuple([z.literal('st'), z.literal('tz'), z.enum(ZONES)]),
]);

/** /bahasa and /zona: a person's language and working time zone (reminders follow the zone). */
export function settingsFeature(deps: TelegramDeps): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();

  composer.command('bahasa', (ctx) => {
    if (!ctx.employee) return pushLinkInstructions(ctx);
    const markup: InlineKeyboardMarkup = {
      inline_keyboard: [
        LOCALES.map((locale) => ({
          text: ctx.t(`settings-language-button-${locale}`),
          callback_data: callbackData('st', 'lang', locale),
        })),
      ],
    };
    pushReply(ctx, ctx.t('settings-language-prompt'), markup);
  });

  composer.command('zona', (ctx) => {
    if (!ctx.employee) return pushLinkInstructions(ctx);
    const markup: InlineKeyboardMarkup = {
      inline_keyboard: [ZONES.map((zone) => ({ text: zone, callback_data: callbackData('st', 'tz', zone) }))],
    };
    pushReply(ctx, ctx.t('settings-timezone-prompt', { zone: zoneLabel(ctx.employee.timeZone) }), markup);
  });

  composer.callbackQuery(/^st\|/, async (ctx, next) => {
    const data = parseCallbackData(settingsData, ctx.callbackQuery.data);
    // Unparseable: leave it to the fallback's "button no longer valid".
    if (!data || !ctx.employee) return next();
    const now = deps.clock();
    if (data[1] === 'lang') {
      const updated = await setLanguage(ctx.tx, ctx.employee.id, data[2], now);
      setPerson(ctx, deps, updated); // the confirmation already speaks the new language
      pushAnswer(ctx);
      pushEditMarkup(ctx);
      pushReply(ctx, ctx.t('settings-language-set'));
      return;
    }
    const zone = INDONESIAN_ZONES[data[2]];
    const updated = await setTimeZone(ctx.tx, ctx.employee.id, zone, now);
    setPerson(ctx, deps, updated);
    pushAnswer(ctx);
    pushEditMarkup(ctx);
    pushReply(ctx, ctx.t('settings-timezone-set', { zone: data[2] }));
  });

  return composer;
}
