import type { App, SlashCommand } from '@slack/bolt';
import type { SlackDeps, SlackTurn } from '../context.js';
import { cancelDialog } from '../features/cancel.js';
import { startCheckin } from '../features/checkin.js';
import { help } from '../features/help.js';
import { leaveCommand } from '../features/leave.js';
import { linkWithCode } from '../features/link.js';
import { rekapCommand } from '../features/rekap.js';
import { askLanguage, askTimeZone } from '../features/settings.js';
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

/** `/dika help | link <code> | bahasa | zona | batal`: one command with subcommands (Slack allows 25 per app). */
async function dika(turn: SlackTurn, deps: SlackDeps, text: string): Promise<void> {
  const [sub = '', ...rest] = text.trim().split(/\s+/);
  const word = sub.toLowerCase();
  if (word === 'link' || word === 'tautkan') return linkWithCode(turn, deps, rest.join(' ').trim());
  if (!turn.employee || word === '' || word === 'help' || word === 'bantuan') return help(turn);
  if (word === 'bahasa' || word === 'language') return askLanguage(turn);
  if (word === 'zona' || word === 'zone') return askTimeZone(turn);
  if (word === 'batal' || word === 'cancel') return cancelDialog(turn, deps);
  return help(turn);
}

/** Subcommands any stranger may use: help and linking show no data. */
const isOpen = (text: string) => /^\s*(|help|bantuan|link|tautkan)(\s|$)/i.test(text);

/**
 * Every command acks first (Slack shows an error after 3 s), with no body: the answer follows
 * through the queue, privately (response_url) or in the DM.
 */
export function registerCommands(app: App, deps: SlackDeps, track: Track): void {
  app.command('/dika', async ({ ack, command }) => {
    await ack();
    await track(
      runTurn(deps, requestOf(command, isOpen(command.text)), (turn) => dika(turn, deps, command.text)),
    );
  });
  app.command('/checkin', async ({ ack, command }) => {
    await ack();
    if (/^\s*(form|formulir)\s*$/i.test(command.text)) return track(openCheckinForm(deps, command, track));
    await track(runTurn(deps, requestOf(command), (turn) => startCheckin(turn, deps, command.channel_id)));
  });
  app.command('/rekap', async ({ ack, command }) => {
    await ack();
    await track(
      runTurn(deps, requestOf(command), async (turn) => rekapCommand(turn, deps, command.text.trim())),
    );
  });
  app.command('/cuti', async ({ ack, command }) => {
    await ack();
    await track(runTurn(deps, requestOf(command), (turn) => leaveCommand(turn, command.text, deps.clock())));
  });
}
