import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { SlackDeps } from '../context.js';
import { startCheckin } from '../features/checkin.js';
import { HOME_CHECKIN_ACTION, publishHome } from '../features/home.js';
import { runTurn } from '../run-turn.js';
import type { Track } from './track.js';

/** App Home: published on `app_home_opened`; its button opens the DM check-in. */
export function registerHome(app: App, deps: SlackDeps, track: Track): void {
  app.event('app_home_opened', async ({ event, body }) => {
    if (event.tab !== 'home') return;
    const request = {
      eventId: `event:${body.event_id}`,
      kind: 'home',
      account: { team: body.team_id, user: event.user },
      open: true, // a stranger's Home says how to link; nobody is written to for opening a tab
    };
    await track(runTurn(deps, request, (turn) => publishHome(turn, deps)));
  });
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: HOME_CHECKIN_ACTION },
    async ({ ack, body, action }) => {
      await ack();
      const team = body.team?.id ?? body.user.team_id ?? '';
      const request = {
        eventId: `action:${team}:${body.user.id}:${action.action_ts}`,
        kind: 'button',
        account: { team, user: body.user.id },
      };
      await track(runTurn(deps, request, (turn) => startCheckin(turn, deps, 'D')));
    },
  );
}
