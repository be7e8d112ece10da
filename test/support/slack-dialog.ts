/** Pressing the buttons of the newest Slack message the way a person would, for dialog tests. */

import { blockAction, type RawRequest, TEST_SLACK_USER } from './slack-requests.js';
import type { SlackApiStandIn } from './slack-stand-in.js';

interface ButtonElement {
  type: string;
  action_id: string;
  value?: string;
  text: { text: string };
}

/** The newest posted or updated message with buttons, with the ts a press refers to. */
export function lastButtons(api: SlackApiStandIn): { ts: string; channel: string; buttons: ButtonElement[] } {
  const call = api.calls
    .filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update')
    .filter((c) => (c.body.blocks as Array<{ type: string }> | undefined)?.some((b) => b.type === 'actions'))
    .at(-1);
  if (!call) throw new Error('no message with buttons');
  const buttons = (call.body.blocks as Array<{ type: string; elements?: ButtonElement[] }>)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
  const ts = String(call.method === 'chat.update' ? call.body.ts : call.body.assignedTs);
  const channel = String(call.body.channel).replace(/^U/, 'D');
  return { ts, channel, buttons };
}

/** A press of the dialog button whose choice id is `choice` on the newest keyboard. */
export function press(api: SlackApiStandIn, choice: string, user = TEST_SLACK_USER): RawRequest {
  const { ts, channel, buttons } = lastButtons(api);
  const button = buttons.find((b) => b.action_id === `dlg:${choice}`);
  if (!button) throw new Error(`no button ${choice} in ${JSON.stringify(buttons.map((b) => b.action_id))}`);
  return blockAction(
    { action_id: button.action_id, ...(button.value !== undefined ? { value: button.value } : {}) },
    { user, channel, messageTs: ts, responseUrl: api.responseUrl() },
  );
}

/** The newest text dika wrote in the DM (posted or a pressed message turned into the next question). */
export function lastDmText(api: SlackApiStandIn): string {
  const call = api.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update').at(-1);
  return String(call?.body.text ?? '');
}
