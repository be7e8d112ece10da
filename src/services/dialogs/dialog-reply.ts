import type { Prompt, Refusal } from '../../core/conversation/types.js';

/**
 * A file sent with a reply: a chart (PNG, sent as a photo where the channel shows photos) or an
 * export (XLSX, a document). The bytes travel base64 so the reply fits a queued row.
 */
export interface ReplyAttachment {
  kind: 'photo' | 'document';
  fileName: string;
  base64: string;
  caption?: Prompt;
}

/** A dialog's answer to one input, before any channel renders it. */
export interface DialogReply {
  prompts: Prompt[];
  /** When the prompts carry buttons: what each button must echo back (see the button codec). */
  buttons?: { kind: string; nonce: string; seq: number };
  /** Whether a dialog is still waiting for an answer after this reply. */
  open: boolean;
  refusal?: Refusal;
  /** Sent after the text, in order. */
  attachments?: ReplyAttachment[];
}

/** A reply with no dialog behind it (a status, a note, a refusal). */
export const noteReply = (prompts: Prompt[], refusal?: Refusal): DialogReply => ({
  prompts,
  open: false,
  ...(refusal ? { refusal } : {}),
});
