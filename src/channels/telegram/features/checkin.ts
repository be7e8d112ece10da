import { Composer } from 'grammy';
import type { Document, PhotoSize } from 'grammy/types';
import type { FileRef, Inbound } from '../../../core/conversation/types.js';
import { renderPrompts } from '../../../i18n/render-prompt.js';
import { answerDialog, cancelCheckin, openCheckin } from '../../../services/checkin-service.js';
import { type Person, personOf } from '../../../services/people/person.js';
import { historyPrompt, statusPrompt } from '../../../services/status-service.js';
import type { DikaContext, TelegramDeps } from '../context.js';
import { pushReply } from '../outbox.js';
import { parseDialogButton, pushDialogReply } from '../render-dialog.js';

const person = (ctx: DikaContext): Person | undefined => (ctx.employee ? personOf(ctx.employee) : undefined);

function documentRef(doc: Document): FileRef {
  return {
    platform: 'telegram',
    kind: 'file',
    fileId: doc.file_id,
    fileUniqueId: doc.file_unique_id,
    ...(doc.file_name ? { fileName: doc.file_name } : {}),
    ...(doc.mime_type ? { mimeType: doc.mime_type } : {}),
    ...(doc.file_size !== undefined ? { sizeBytes: doc.file_size } : {}),
  };
}

/** Telegram sends a photo in several sizes; the largest is the one worth keeping. */
function photoRef(sizes: PhotoSize[]): FileRef {
  const largest = sizes.reduce((a, b) =>
    (b.file_size ?? b.width * b.height) > (a.file_size ?? a.width * a.height) ? b : a,
  );
  return {
    platform: 'telegram',
    kind: 'photo',
    fileId: largest.file_id,
    fileUniqueId: largest.file_unique_id,
    mimeType: 'image/jpeg',
    ...(largest.file_size !== undefined ? { sizeBytes: largest.file_size } : {}),
  };
}

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
    pushDialogReply(ctx, deps.translator, await answerDialog(ctx.tx, deps.dialogs, p, input, deps.clock()));
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

  // Every dialog's buttons (`<kind>|nonce|seq|choice`): the runner routes them by kind. Anything
  // else (settings buttons, forged data) goes on to its own feature or the fallback.
  composer.on('callback_query:data', async (ctx, next) => {
    const input = parseDialogButton(ctx.callbackQuery.data);
    if (!input) return next();
    await answer(ctx, input);
  });

  pm.on('message:document', (ctx) => answer(ctx, { type: 'file', file: documentRef(ctx.message.document) }));
  pm.on('message:photo', (ctx) => answer(ctx, { type: 'file', file: photoRef(ctx.message.photo) }));
  pm.on('message:text', async (ctx, next) => {
    // Unknown commands go on to the fallback; everything else is an answer.
    if (ctx.message.text.startsWith('/')) return next();
    await answer(ctx, { type: 'text', text: ctx.message.text });
  });
  return composer;
}
