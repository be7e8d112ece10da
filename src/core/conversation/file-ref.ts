import { cleanLine, cutText } from '../text/clean-text.js';
import type { FileRef } from './types.js';

/** Longer names are cut: most file systems stop at 255, and the name is only shown back. */
const MAX_NAME = 255;

/**
 * A file as a dialog may keep it in its state: the name is what the person called the file, free
 * text like any answer (a NUL or half an emoji there fails the jsonb state and the text column).
 */
export function cleanFileRef(file: FileRef): FileRef {
  const clean = (text: string) => cutText(cleanLine(text).trim(), MAX_NAME);
  return {
    ...file,
    ...(file.fileName !== undefined ? { fileName: clean(file.fileName) } : {}),
    ...(file.mimeType !== undefined ? { mimeType: clean(file.mimeType) } : {}),
  };
}
