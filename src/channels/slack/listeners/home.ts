import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { DepsOf } from '../app.js';
import { startCheckin } from '../features/checkin.js';
import { HOME_CHECKIN_ACTION, HOME_FORM_ACTION, HOME_REKAP_ACTION } from '../features/home.js';
import { refreshHomeNow } from '../features/home-sender.js';
import { rekapCommand } from '../features/rekap.js';
import { runTurn, type TurnRequest } from '../run-turn.js';
import { teamOf } from './actions.js';
import type { Track } from './track.js';
import { openForm } from './views.js';

/** A Home button as a turn, keyed by the press's own action_ts with team and user. */
function pressOf(body: BlockAction, action: ButtonAction): TurnRequest {
  const team = teamOf(body);
  return {
    eventId: `action:${team}:${body.user.id}:${action.action_ts}`,
    kind: 'button',
    account: { team, user: body.user.id },
  };
}

/**
 * App Home: published on `app_home_opened` and whenever the person's check-in changes (the queue's
 * home refreshes, delivered by this app's home sender). Its buttons: the DM check-in, the form
 * (a press carries a trigger_id, so the modal opens from the tab), and for supervisors the full
 * /rekap in the DM.
 */
export function registerHome(app: App, depsOf: DepsOf, track: Track): void {
  app.event('app_home_opened', async ({ event, body }) => {
    if (event.tab !== 'home') return;
    const deps = depsOf(body.team_id);
    const account = { team: body.team_id, user: event.user };
    const request = {
      eventId: `event:${body.event_id}`,
      kind: 'home',
      account,
      open: true, // a stranger's Home says how to link; nobody is written to for opening a tab
    };
    await track(
      runTurn(deps, request, async (turn) => {
        const employeeId = turn.employee?.id;
        // The Home reads a rekap for supervisors: never inside the request's transaction.
        turn.afterCommit.push(() => refreshHomeNow(deps, account, employeeId));
      }),
    );
  });
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: HOME_CHECKIN_ACTION },
    async ({ ack, body, action }) => {
      await ack();
      const deps = depsOf(teamOf(body));
      await track(runTurn(deps, pressOf(body, action), (turn) => startCheckin(turn, deps, 'D')));
    },
  );
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: HOME_FORM_ACTION },
    async ({ ack, body, action }) => {
      await ack();
      const deps = depsOf(teamOf(body));
      const trigger = { ...pressOf(body, action), triggerId: body.trigger_id };
      await track(openForm(deps, trigger, track));
    },
  );
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: HOME_REKAP_ACTION },
    async ({ ack, body, action }) => {
      await ack();
      const deps = depsOf(teamOf(body));
      await track(runTurn(deps, pressOf(body, action), async (turn) => rekapCommand(turn, deps, '')));
    },
  );
}
