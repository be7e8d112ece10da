import type { Choice } from '../conversation/types.js';

/**
 * Button ids of the check-in. Short on purpose: they travel inside Telegram's 64-byte callback
 * data (see button-codec.ts: [a-z0-9]{1,8}). Their own module so the tail questions and the
 * prompts can both use them without importing each other.
 */
export const C = {
  start: 'go',
  later: 'later',
  leave: 'leave',
  revise: 'revise',
  keep: 'keep',
  same: 'same',
  skip: 'skip',
  yes: 'y',
  no: 'n',
  none: 'none',
  submit: 'submit',
  edit: 'edit',
  back: 'back',
  editBlockers: 'bl',
  editSupport: 'sp',
  editActions: 'na',
  editDialog: 'dl',
} as const;

export const choice = (id: string, label: string, args?: Choice['args']): Choice =>
  args ? { id, label, args } : { id, label };
