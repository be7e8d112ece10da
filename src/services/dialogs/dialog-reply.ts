import type { Prompt, Refusal } from '../../core/conversation/types.js';

/** A dialog's answer to one input, before any channel renders it. */
export interface DialogReply {
  prompts: Prompt[];
  /** When the prompts carry buttons: what each button must echo back (see the button codec). */
  buttons?: { kind: string; nonce: string; seq: number };
  /** Whether a dialog is still waiting for an answer after this reply. */
  open: boolean;
  refusal?: Refusal;
}

/** A reply with no dialog behind it (a status, a note, a refusal). */
export const noteReply = (prompts: Prompt[], refusal?: Refusal): DialogReply => ({
  prompts,
  open: false,
  ...(refusal ? { refusal } : {}),
});
