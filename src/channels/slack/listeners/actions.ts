import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { DepsOf } from '../app.js';
import { pressButton } from '../features/buttons.js';
import { applyNotification, NOTIFY_ACTION } from '../features/notifications.js';
import { applySetting, SETTINGS_ACTION } from '../features/settings.js';
import { pushPrivate } from '../outbox.js';
import { DIALOG_ACTION_PREFIX, parseDialogAction } from '../render-blocks.js';
import { runTurn, type TurnRequest } from '../run-turn.js';
import type { Track } from './track.js';

/** The workspace an interaction came from (a press, a submitted view). */
export const teamOf = (body: { team: { id: string } | null; user: { team_id?: string } }) =>
  body.team?.id ?? body.user.team_id ?? '';

/**
 * A pressed button as a turn, keyed by the press's own action_ts with team and user: a press is
 * one request (Slack does not resend interactions), and two presses are two turns.
 */
function requestOf(body: BlockAction, action: ButtonAction): TurnRequest {
  const team = teamOf(body);
  const container = body.container as { channel_id?: string; message_ts?: string } | undefined;
  const pressed =
    container?.channel_id && container.message_ts
      ? { channel: container.channel_id, ts: container.message_ts }
      : undefined;
  return {
    eventId: `action:${team}:${body.user.id}:${action.action_ts}`,
    kind: 'button',
    account: { team, user: body.user.id },
    responseUrl: body.response_url,
    pressed,
  };
}

/** Dialog buttons (`dlg:<choice>`, the codec payload in `value`), the settings and notification buttons. */
export function registerActions(app: App, depsOf: DepsOf, track: Track): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: new RegExp(`^${DIALOG_ACTION_PREFIX}`) },
    async ({ ack, body, action }) => {
      await ack();
      const deps = depsOf(teamOf(body));
      const input = parseDialogAction(action.value);
      const request = { ...requestOf(body, action), input };
      await track(
        runTurn(deps, request, async (turn) => {
          if (!input) return pushPrivate(turn, turn.t('stale-button'));
          await pressButton(turn, deps, input);
        }),
      );
    },
  );
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: SETTINGS_ACTION },
    async ({ ack, body, action }) => {
      await ack();
      const deps = depsOf(teamOf(body));
      await track(
        runTurn(deps, requestOf(body, action), (turn) => applySetting(turn, deps, action.action_id)),
      );
    },
  );
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: NOTIFY_ACTION },
    async ({ ack, body, action }) => {
      await ack();
      const deps = depsOf(teamOf(body));
      await track(
        runTurn(deps, requestOf(body, action), (turn) => applyNotification(turn, deps, action.action_id)),
      );
    },
  );
}
