/**
 * The buttons under a 360° invitation (and under `/360`): one per person to rate. They belong to
 * no open dialog (an invitation waits for days), so they carry what they open:
 * `f360|<cycle id, base 36>|0|r<ratee id, base 36>`. Ids are not secrets: whoever presses is
 * checked against the participation record at press time.
 */
export const INVITE_KIND = 'f360';
export const INVITE_SEQ = 0;

const b36 = (n: number) => n.toString(36);
const ID = /^[1-9a-z][0-9a-z]{0,6}$/;
const parseId = (text: string): number | undefined => (ID.test(text) ? Number.parseInt(text, 36) : undefined);

export const inviteNonce = (cycleId: number) => b36(cycleId);
export const inviteChoice = (rateeId: number) => `r${b36(rateeId)}`;

/** The cycle and ratee a pressed invitation button names; undefined for anything else. */
export function readInviteButton(button: {
  nonce: string;
  seq: number;
  choice: string;
}): { cycleId: number; rateeId: number } | undefined {
  if (button.seq !== INVITE_SEQ || !button.choice.startsWith('r')) return undefined;
  const cycleId = parseId(button.nonce);
  const rateeId = parseId(button.choice.slice(1));
  return cycleId === undefined || rateeId === undefined ? undefined : { cycleId, rateeId };
}

/** The appraiser's buttons on a ratee's peer change: `f360|<cycle>|1|y<assignment>` (or `n…`). */
export const REVIEW_SEQ = 1;
export const reviewChoice = (assignmentId: number, accept: boolean) =>
  `${accept ? 'y' : 'n'}${b36(assignmentId)}`;

export function readReviewButton(button: {
  nonce: string;
  seq: number;
  choice: string;
}): { cycleId: number; assignmentId: number; accept: boolean } | undefined {
  if (button.seq !== REVIEW_SEQ) return undefined;
  const cycleId = parseId(button.nonce);
  const assignmentId = parseId(button.choice.slice(1));
  const verb = button.choice[0];
  if (cycleId === undefined || assignmentId === undefined || (verb !== 'y' && verb !== 'n')) return undefined;
  return { cycleId, assignmentId, accept: verb === 'y' };
}
