import type { Inbound, Prompt, Refusal } from './types.js';

/** Every persisted dialog state carries these (buttons echo nonce+seq so stale ones are recognised). */
export interface DialogState {
  kind: string;
  nonce: string;
  seq: number;
}

export interface StepResult<S, E> {
  /** null: the dialog is over and its row can go. */
  state: S | null;
  prompts: Prompt[];
  /** What to store with the new state, in the same transaction. */
  effects: E[];
  refusal?: Refusal;
}

export interface Flow<S extends DialogState, E> {
  /** Also travels in button payloads: /^[a-z][a-z0-9-]{0,11}$/ */
  readonly kind: string;
  step(state: S, input: Inbound, now: Date): StepResult<S, E>;
  /** The question the dialog waits on (re-asked after a restart or hint). */
  currentPrompt(state: S): Prompt;
  /** Re-show where the person was (e.g. the command typed again): bumps seq, returns prompts. */
  resume(state: S): { state: S; prompts: Prompt[] };
}

/**
 * A button drawn for another dialog, another run of this dialog, or an earlier question of
 * this one. Old keyboards stay on screen for days, so pressing one is an everyday event; it
 * must never count as an answer to whatever is being asked now. Parts the channel did not
 * send (a terminal has no nonce) are not held against the input.
 */
export function isStaleButton(state: DialogState, input: Inbound): boolean {
  if (input.type !== 'choice') return false;
  if (input.kind !== undefined && input.kind !== state.kind) return true;
  if (input.nonce !== undefined && input.nonce !== state.nonce) return true;
  return input.seq !== state.seq;
}
