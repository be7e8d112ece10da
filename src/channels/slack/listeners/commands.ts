import type { App, SlashCommand } from '@slack/bolt';
import type { DepsOf } from '../app.js';
import { startCheckin } from '../features/checkin.js';
import { continuousCommand } from '../features/continuous-feedback.js';
import { dikaCommand, isOpenDikaCommand } from '../features/dika-command.js';
import { leaveCommand } from '../features/leave.js';
import { rekapCommand } from '../features/rekap.js';
import { runTurn, type TurnRequest } from '../run-turn.js';
import type { Track } from './track.js';
import { openCheckinForm } from './views.js';

/** A slash command as a turn: its trigger_id is unique per invocation (Slack never resends one). */
function requestOf(command: SlashCommand, open = false): TurnRequest {
  return {
    eventId: `command:${command.team_id}:${command.trigger_id}`,
    kind: 'command',
    account: { team: command.team_id, user: command.user_id },
    responseUrl: command.response_url,
    open,
  };
}

/** `/checkin chat` (or `percakapan`): the DM dialog; anything else opens the form. */
const wantsChat = (text: string) => /^\s*(chat|percakapan)\s*$/i.test(text);

/**
 * Every command acks first (Slack shows an error after 3 s), with no body: the answer follows
 * through the queue, privately (response_url) or in the DM. The big surfaces have their own
 * command; everything else is `/dika <sub>`.
 */
export function registerCommands(app: App, depsOf: DepsOf, track: Track): void {
  app.command('/dika', async ({ ack, command }) => {
    await ack();
    const deps = depsOf(command.team_id);
    const request = requestOf(command, isOpenDikaCommand(command.text));
    await track(runTurn(deps, request, (turn) => dikaCommand(turn, deps, command.text, command.channel_id)));
  });
  app.command('/checkin', async ({ ack, command }) => {
    await ack();
    const deps = depsOf(command.team_id);
    // The form's trigger_id expires 3 s after the command: views.open comes before any database work.
    if (!wantsChat(command.text)) return track(openCheckinForm(deps, command, track));
    await track(runTurn(deps, requestOf(command), (turn) => startCheckin(turn, deps, command.channel_id)));
  });
  app.command('/umpanbalik', async ({ ack, command }) => {
    await ack();
    const deps = depsOf(command.team_id);
    await track(
      runTurn(deps, requestOf(command), (turn) => continuousCommand(turn, deps, command.channel_id)),
    );
  });
  app.command('/rekap', async ({ ack, command }) => {
    await ack();
    const deps = depsOf(command.team_id);
    await track(
      runTurn(deps, requestOf(command), async (turn) => rekapCommand(turn, deps, command.text.trim())),
    );
  });
  app.command('/cuti', async ({ ack, command }) => {
    await ack();
    const deps = depsOf(command.team_id);
    await track(runTurn(deps, requestOf(command), (turn) => leaveCommand(turn, command.text, deps.clock())));
  });
}
