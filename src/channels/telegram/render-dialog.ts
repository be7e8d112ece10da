import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { decodeButton, encodeButton } from '../../core/conversation/button-codec.js';
import type { Inbound } from '../../core/conversation/types.js';
import { cutText } from '../../core/text/clean-text.js';
import { type RenderedButton, renderPrompts } from '../../i18n/render-prompt.js';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { DialogReply } from '../../services/dialogs/dialog-reply.js';
import type { DikaContext } from './context.js';
import { pushAnswer, pushReply } from './outbox.js';

/**
 * Telegram caps a message at 4,096 characters; a long summary is cut rather than refused, between
 * graphemes: half an emoji would make the outbound row's jsonb payload fail (22P02).
 */
const MAX_TEXT = 4096;
/** A callback answer (toast) holds at most 200 characters. */
const MAX_TOAST = 200;

/** A dialog button press (`<kind>|nonce|seq|choice`), or undefined for anything else. */
export function parseDialogButton(
  data: string | undefined,
): Extract<Inbound, { type: 'choice' }> | undefined {
  const parsed = decodeButton(data);
  if (!parsed) return undefined;
  return { type: 'choice', kind: parsed.kind, nonce: parsed.nonce, seq: parsed.seq, choice: parsed.choice };
}

function keyboard(
  buttons: RenderedButton[][],
  payload: DialogReply['buttons'],
): InlineKeyboardMarkup | undefined {
  if (!payload || buttons.length === 0) return undefined;
  const rows: InlineKeyboardButton[][] = buttons.map((row) =>
    row.map((b) => ({ text: b.label, callback_data: encodeButton({ ...payload, choice: b.id }) })),
  );
  return { inline_keyboard: rows };
}

/** A dialog reply as one Telegram message: text and inline keyboard. */
export function renderDialogMessage(
  translator: Translator,
  locale: Locale,
  reply: DialogReply,
  options: { cut?: boolean } = {},
): { text: string; markup?: InlineKeyboardMarkup } {
  const rendered = renderPrompts(translator, locale, reply.prompts);
  const markup = keyboard(rendered.buttons, reply.buttons);
  const text = options.cut === false ? rendered.text : cutText(rendered.text, MAX_TEXT);
  return { text, ...(markup ? { markup } : {}) };
}

/**
 * Queues a dialog reply the way that costs the fewest Bot API calls and leaves no stale keyboards:
 * - a pressed button's message becomes the next question (answer + edit: 2 calls);
 * - a reply that ends the dialog replaces the pressed message's text and drops its buttons;
 * - a short note while the dialog stays put (snooze) is the button's toast (1 call);
 * - typed answers, files and commands get a new message.
 */
export function pushDialogReply(ctx: DikaContext, translator: Translator, reply: DialogReply): void {
  if (reply.refusal === 'stale-button') {
    pushAnswer(ctx, ctx.t('stale-button'));
    return;
  }
  const { text, markup } = renderDialogMessage(translator, ctx.locale, reply);
  const pressed = ctx.callbackQuery?.message;
  if (!ctx.callbackQuery) {
    if (text) pushReply(ctx, text, markup);
    return;
  }
  if (!text) {
    pushAnswer(ctx);
    return;
  }
  if (!markup && reply.open) {
    pushAnswer(ctx, cutText(text, MAX_TOAST));
    return;
  }
  pushAnswer(ctx);
  if (pressed) {
    ctx.outbox.push({
      op: 'edit-text',
      chatId: pressed.chat.id,
      messageId: pressed.message_id,
      text,
      ...(markup ? { markup } : {}),
    });
  } else {
    pushReply(ctx, text, markup);
  }
}
