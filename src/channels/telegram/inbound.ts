import type { Document, PhotoSize } from 'grammy/types';
import type { FileRef, Inbound } from '../../core/conversation/types.js';
import type { DikaContext } from './context.js';
import { parseDialogButton } from './render-dialog.js';

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
 * What a person did, as a dialog reads it: a dialog button, typed text (commands are not
 * answers), a document or a photo in the private chat. Undefined for anything else.
 */
export function inboundOf(ctx: DikaContext): Inbound | undefined {
  if (ctx.callbackQuery) return parseDialogButton(ctx.callbackQuery.data);
  const message = ctx.message;
  if (!message || ctx.chat?.type !== 'private') return undefined;
  if (message.text !== undefined)
    return message.text.startsWith('/') ? undefined : { type: 'text', text: message.text };
  if (message.document) return { type: 'file', file: documentRef(message.document) };
  if (message.photo) return { type: 'file', file: photoRef(message.photo) };
  return undefined;
}
