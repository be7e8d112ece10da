import { Composer, type MiddlewareFn } from 'grammy';
import type { DikaContext } from '../context.js';
import { pushReply } from '../outbox.js';

/**
 * Edits that need no answer: one in a group (check-ins are private, and the group guard would
 * otherwise answer an edited mention again) and the position updates of a live location, which
 * Telegram sends as edits every few seconds. They stop before the database.
 */
export const skipSilentEdits: MiddlewareFn<DikaContext> = (ctx, next) => {
  const edit = ctx.editedMessage;
  if (edit && (edit.chat.type !== 'private' || edit.location)) return;
  return next();
};

/**
 * An edited message is not read as an answer: the answer it corrects may already be stored and
 * the dialog moved on. Saying so keeps a correction from vanishing silently. Strangers never get
 * here: the gate before answers them with the linking instructions.
 */
export function editedMessageFeature(): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  composer.on('edited_message', (ctx) => {
    ctx.log.info({ kind: 'edited-message', outcome: 'not-processed' }, 'edited message answered with a note');
    pushReply(ctx, ctx.t('tg-edited-message'));
  });
  return composer;
}
