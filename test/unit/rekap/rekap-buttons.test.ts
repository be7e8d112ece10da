/**
 * The rekap's own buttons carry what they act on (a held dialog request, a sub-unit to drill into)
 * in base 36; anything else pressed under the rekap kind (old, forged, malformed) reads as nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../../src/core/conversation/types.js';
import { HELD_PREFIX, UNIT_PREFIX } from '../../../src/core/rekap/rekap-prompts.js';
import {
  REKAP_BUTTON_KIND,
  readRekapButton,
  rekapButtons,
} from '../../../src/services/rekap/rekap-buttons.js';

describe('rekap buttons', () => {
  it('encodes held and unit buttons in base 36, and marks the reply with the rekap kind', () => {
    const prompts: Prompt[] = [
      { key: 'rekap-title', expects: 'none' },
      {
        key: 'rekap-dialogs-title',
        choices: [
          [{ id: `${HELD_PREFIX}36`, label: 'rekap-btn-held' }],
          [{ id: `${UNIT_PREFIX}1295`, label: 'rekap-btn-unit', args: { name: 'Biro A' } }],
        ],
        expects: 'none',
      },
    ];
    expect(rekapButtons(prompts)).toEqual({
      prompts: [
        { key: 'rekap-title', expects: 'none' },
        {
          key: 'rekap-dialogs-title',
          choices: [
            [{ id: 'h10', label: 'rekap-btn-held' }],
            [{ id: 'uzz', label: 'rekap-btn-unit', args: { name: 'Biro A' } }],
          ],
          expects: 'none',
        },
      ],
      open: false,
      buttons: { kind: REKAP_BUTTON_KIND, nonce: '0', seq: 0 },
    });
  });

  it('a reply without choices has no buttons and ends nothing', () => {
    expect(rekapButtons([{ key: 'rekap-title', expects: 'none' }])).toEqual({
      prompts: [{ key: 'rekap-title', expects: 'none' }],
      open: false,
    });
    expect(() =>
      rekapButtons([{ key: 'x', choices: [[{ id: 'other:1', label: 'x' }]], expects: 'none' }]),
    ).toThrow(/unknown rekap button/);
  });

  it('reads back what it wrote, and nothing else', () => {
    expect(readRekapButton('h10')).toEqual({ type: 'held', requestId: 36 });
    expect(readRekapButton('uzz')).toEqual({ type: 'unit', unitId: 1295 });
    for (const forged of ['', 'h', 'u', 'h0', 'u-1', 'x10', 'hzzzzzzzz', 'h1 ', 'H10', '10']) {
      expect(readRekapButton(forged), forged).toBeUndefined();
    }
  });
});
