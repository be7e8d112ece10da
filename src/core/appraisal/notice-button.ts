/**
 * The buttons under an appraiser's notice. They belong to no open dialog (the notice may wait
 * for days), so they carry what they act on: `penilai|<check-in id, base 36>|0|<choice>` on a
 * single report, `penilai|0|1|r<check-in id>` on a daily bundle. Ids are not secrets: whoever
 * presses is checked against the check-in's appraiser at press time.
 */
export const NOTICE_KIND = 'penilai';
/** `seq` of a button on one report, and on a daily bundle. */
export const REPORT_SEQ = 0;
export const DIGEST_SEQ = 1;

export type NoticeAction =
  | { type: 'feedback'; keyResultId: number | null }
  | { type: 'propose' }
  /** From a bundle: show that check-in's full report (with its own buttons). */
  | { type: 'open'; checkinId: number };

const b36 = (n: number) => n.toString(36);

export const noticeNonce = (checkinId: number) => b36(checkinId);

export function noticeChoice(action: NoticeAction): string {
  switch (action.type) {
    case 'feedback':
      return action.keyResultId === null ? 'all' : `k${b36(action.keyResultId)}`;
    case 'propose':
      return 'dlg';
    case 'open':
      return `r${b36(action.checkinId)}`;
  }
}

const ID = /^[1-9a-z][0-9a-z]{0,6}$/;
const parseId = (text: string): number | undefined => (ID.test(text) ? Number.parseInt(text, 36) : undefined);

/** What a pressed notice button asks for, on which check-in; undefined for anything else. */
export function readNoticeButton(button: {
  nonce: string;
  seq: number;
  choice: string;
}): { checkinId: number; action: NoticeAction } | undefined {
  if (button.seq === DIGEST_SEQ) {
    const checkinId =
      button.nonce === '0' && button.choice.startsWith('r') ? parseId(button.choice.slice(1)) : undefined;
    return checkinId === undefined ? undefined : { checkinId, action: { type: 'open', checkinId } };
  }
  if (button.seq !== REPORT_SEQ) return undefined;
  const checkinId = parseId(button.nonce);
  if (checkinId === undefined) return undefined;
  if (button.choice === 'all') return { checkinId, action: { type: 'feedback', keyResultId: null } };
  if (button.choice === 'dlg') return { checkinId, action: { type: 'propose' } };
  const keyResultId = button.choice.startsWith('k') ? parseId(button.choice.slice(1)) : undefined;
  return keyResultId === undefined ? undefined : { checkinId, action: { type: 'feedback', keyResultId } };
}
