/** The appraiser's digest prompt whole: one line and one "open" button per check-in, digest buttons. */
import { describe, expect, it } from 'vitest';
import { digestPrompt } from '../../src/core/appraisal/digest.js';
import { DIGEST_SEQ, NOTICE_KIND, noticeChoice } from '../../src/core/appraisal/notice-button.js';

const item = (checkinId: number, employeeName: string, wantsDialog: boolean) => ({
  checkinId,
  employeeName,
  weekStart: '2026-11-30',
  revision: 1,
  indicatorsReported: 2,
  blockers: 0,
  wantsDialog,
});

describe('digestPrompt', () => {
  it('lists each check-in with its own open button, under the digest’s button kind and seq', () => {
    const { prompt, buttons } = digestPrompt([item(7, 'Sari', true), item(8, 'Budi', false)], 1, 2);
    const week = { start: { date: '2026-11-30' }, end: { date: '2026-12-04' } };
    expect(prompt).toEqual({
      key: 'appraisal-digest',
      args: { count: 2, part: 1, parts: 2 },
      lines: [
        {
          key: 'appraisal-digest-item',
          args: { name: 'Sari', ...week, revision: 1, indicators: 2, blockers: 0, dialog: 'yes' },
        },
        {
          key: 'appraisal-digest-item',
          args: { name: 'Budi', ...week, revision: 1, indicators: 2, blockers: 0, dialog: 'no' },
        },
      ],
      choices: [
        [
          {
            id: noticeChoice({ type: 'open', checkinId: 7 }),
            label: 'appraisal-btn-open',
            args: { name: 'Sari' },
          },
        ],
        [
          {
            id: noticeChoice({ type: 'open', checkinId: 8 }),
            label: 'appraisal-btn-open',
            args: { name: 'Budi' },
          },
        ],
      ],
      expects: 'none',
    });
    expect(noticeChoice({ type: 'open', checkinId: 7 })).not.toBe('');
    expect(buttons).toEqual({ kind: NOTICE_KIND, nonce: '0', seq: DIGEST_SEQ });
    expect([NOTICE_KIND, DIGEST_SEQ]).toEqual(['penilai', 1]);
  });
});
