/**
 * The 360° invitation and review buttons carry their ids in base 36; a button that is anything
 * else (another seq, another verb, an id with a leading zero, too long or not base 36) is read as
 * nothing, so a forged press opens nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  INVITE_SEQ,
  inviteChoice,
  inviteNonce,
  REVIEW_SEQ,
  readInviteButton,
  readReviewButton,
  reviewChoice,
} from '../../../src/core/feedback/invitation-button.js';

describe('the invitation button', () => {
  it('reads back the cycle and ratee it was written with', () => {
    const button = { nonce: inviteNonce(1295), seq: INVITE_SEQ, choice: inviteChoice(46_656) };
    expect(button).toEqual({ nonce: 'zz', seq: 0, choice: 'r1000' });
    expect(readInviteButton(button)).toEqual({ cycleId: 1295, rateeId: 46_656 });
    expect(readInviteButton({ nonce: 'zzzzzzz', seq: 0, choice: 'r1' })).toEqual({
      cycleId: 36 ** 7 - 1,
      rateeId: 1,
    });
  });

  it('reads nothing from another seq, another verb or a malformed id', () => {
    for (const button of [
      { nonce: 'a', seq: 1, choice: 'r1' },
      { nonce: 'a', seq: 0, choice: 'y1' },
      { nonce: 'a', seq: 0, choice: 'xr1' },
      { nonce: '0a', seq: 0, choice: 'r1' },
      { nonce: 'a', seq: 0, choice: 'r01' },
      { nonce: 'a', seq: 0, choice: 'r' },
      { nonce: '', seq: 0, choice: 'r1' },
      { nonce: 'zzzzzzzz', seq: 0, choice: 'r1' },
      { nonce: 'a', seq: 0, choice: 'r1-' },
      { nonce: 'A', seq: 0, choice: 'r1' },
      { nonce: 'a', seq: 0, choice: 'r 1' },
    ])
      expect(readInviteButton(button), JSON.stringify(button)).toBeUndefined();
  });
});

describe('the review button', () => {
  it('reads back the assignment and the verdict', () => {
    expect(reviewChoice(35, true)).toBe('yz');
    expect(reviewChoice(36, false)).toBe('n10');
    expect(readReviewButton({ nonce: 'b', seq: REVIEW_SEQ, choice: 'yz' })).toEqual({
      cycleId: 11,
      assignmentId: 35,
      accept: true,
    });
    expect(readReviewButton({ nonce: 'b', seq: REVIEW_SEQ, choice: 'n10' })).toEqual({
      cycleId: 11,
      assignmentId: 36,
      accept: false,
    });
  });

  it('reads nothing from another seq, another verb or a malformed id', () => {
    for (const button of [
      { nonce: 'b', seq: 0, choice: 'y1' },
      { nonce: 'b', seq: 1, choice: 'r1' },
      { nonce: 'b', seq: 1, choice: 'x1' },
      { nonce: '0b', seq: 1, choice: 'y1' },
      { nonce: 'b', seq: 1, choice: 'y0' },
      { nonce: 'b', seq: 1, choice: 'y' },
    ])
      expect(readReviewButton(button), JSON.stringify(button)).toBeUndefined();
  });
});
