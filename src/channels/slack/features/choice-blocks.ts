import type { SlackBlock } from '../context.js';
import { escapeMrkdwn } from '../render-blocks.js';

/** A question with one row of buttons whose action id is also its value (settings-like answers). */
export function choiceBlocks(text: string, buttons: Array<{ id: string; label: string }>): SlackBlock[] {
  return [
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text) } },
    {
      type: 'actions',
      elements: buttons.map((b) => ({
        type: 'button',
        action_id: b.id,
        value: b.id,
        text: { type: 'plain_text', text: b.label },
      })),
    },
  ];
}
