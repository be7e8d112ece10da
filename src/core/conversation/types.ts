/**
 * The platform-neutral vocabulary of a dialog. Channels (Telegram, Slack, terminal) turn what a
 * person did into an `Inbound` and render each `Prompt` as a message with buttons, a modal
 * block, or numbered lines. Nothing here knows a platform or a database.
 */

/**
 * Values a message may interpolate. Numbers are formatted by the person's locale (1.500.000 in
 * Indonesian); `{ date: 'yyyy-MM-dd' }` is a calendar date the channel formats the same way;
 * `{ amount, unit }` is a quantity written the local way (`Rp 1.500.000`, `65%`, `3 dokumen`).
 */
export type PromptArg = string | number | { date: string } | { amount: number; unit: string };
export type PromptArgs = Record<string, PromptArg>;

/** One more line under a prompt's text (summaries list one line per key result). */
export interface PromptLine {
  key: string;
  args?: PromptArgs;
}

/** What a question expects, so a channel can pick a widget (keyboard, input block, file picker). */
export type QuestionKind = 'choice' | 'number' | 'scale' | 'text' | 'link-or-file' | 'none';

export interface Choice {
  /** Short, stable id that travels in button payloads (Telegram: ≤ 64 bytes in all). */
  id: string;
  /** Locale key of the label. */
  label: string;
  args?: PromptArgs;
}

export interface Prompt {
  /** Locale key of the text. */
  key: string;
  args?: PromptArgs;
  /** Lines rendered under the text, each its own locale key. */
  lines?: PromptLine[];
  /** Rows of buttons. */
  choices?: Choice[][];
  expects: QuestionKind;
}

/** A file kept by the platform: we store its id and metadata, never the bytes. */
export interface FileRef {
  platform: string;
  fileId: string;
  fileUniqueId?: string;
  fileName?: string;
  mimeType?: string;
  sizeBytes?: number;
  kind: 'file' | 'photo';
}

export type Inbound =
  | { type: 'text'; text: string }
  /**
   * A button press; `seq` is the step the button was drawn for, so old buttons are recognised.
   * `kind` names the dialog the button belongs to (see button-codec.ts) when the channel knows it.
   */
  | { type: 'choice'; kind?: string; choice: string; seq: number; nonce?: string }
  | { type: 'file'; file: FileRef };

/** Why an input could not be taken, when the dialog itself does not ask again. */
export type Refusal = 'stale-button' | 'week-closed';
