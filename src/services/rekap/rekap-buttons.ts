/**
 * The rekap's buttons belong to no dialog (a rekap may be read days later), so like the appraiser's
 * notice buttons they carry what they act on: `rekap|0|0|h<request id, base 36>` marks a dialog
 * held, `rekap|0|0|u<unit id, base 36>` drills down into a sub-unit. Ids are not secrets: the
 * presser's rights are checked at press time.
 */
import type { Prompt } from '../../core/conversation/types.js';
import { HELD_PREFIX, UNIT_PREFIX } from '../../core/rekap/rekap-prompts.js';
import type { DialogReply } from '../dialogs/dialog-reply.js';

export const REKAP_BUTTON_KIND = 'rekap';
const b36 = (n: number) => n.toString(36);
const ID = /^[1-9a-z][0-9a-z]{0,6}$/;

export type RekapButton = { type: 'held'; requestId: number } | { type: 'unit'; unitId: number };

function encode(id: string): string {
  if (id.startsWith(HELD_PREFIX)) return `h${b36(Number(id.slice(HELD_PREFIX.length)))}`;
  if (id.startsWith(UNIT_PREFIX)) return `u${b36(Number(id.slice(UNIT_PREFIX.length)))}`;
  throw new Error(`unknown rekap button ${id}`);
}

/** A pressed rekap button's choice, decoded; undefined for anything else (old or forged). */
export function readRekapButton(choice: string): RekapButton | undefined {
  const id = ID.test(choice.slice(1)) ? Number.parseInt(choice.slice(1), 36) : undefined;
  if (id === undefined) return undefined;
  if (choice.startsWith('h')) return { type: 'held', requestId: id };
  if (choice.startsWith('u')) return { type: 'unit', unitId: id };
  return undefined;
}

/** The views' prompts as a reply whose buttons the channel encodes with the rekap kind. */
export function rekapButtons(prompts: Prompt[]): DialogReply {
  const encoded = prompts.map((p) =>
    p.choices ? { ...p, choices: p.choices.map((row) => row.map((c) => ({ ...c, id: encode(c.id) }))) } : p,
  );
  const withButtons = encoded.some((p) => p.choices?.length);
  return {
    prompts: encoded,
    open: false,
    ...(withButtons ? { buttons: { kind: REKAP_BUTTON_KIND, nonce: '0', seq: 0 } } : {}),
  };
}
