import type { SlackDeps, SlackTurn } from '../context.js';
import { cancelDialog } from './cancel.js';
import { continuousCommand } from './continuous-feedback.js';
import { evaluationCommand } from './evaluation.js';
import { peerChangeCommand, questionnairesCommand } from './feedback-360.js';
import { resultsCommand } from './feedback-results.js';
import { help } from './help.js';
import { linkWithCode } from './link.js';
import { askNotifications } from './notifications.js';
import { privacyCommand } from './privacy.js';
import { askLanguage, askTimeZone } from './settings.js';
import { historyCommand, statusCommand } from './status.js';

/** What one subcommand gets: the words after it, and the channel the command was typed in. */
interface Invocation {
  turn: SlackTurn;
  deps: SlackDeps;
  rest: string;
  typedIn: string;
}
type Subcommand = (call: Invocation) => void | Promise<void>;

/**
 * `/dika <sub>`: Telegram's commands under one Slack command (an app has at most 25), by their
 * Indonesian word or the English one. Only help and linking run for strangers (see OPEN_WORDS).
 */
const SUBCOMMANDS = new Map<string, Subcommand>(
  (
    [
      [['status'], ({ turn, deps }) => statusCommand(turn, deps)],
      [['riwayat', 'history'], ({ turn, deps }) => historyCommand(turn, deps)],
      [['privasi', 'privacy'], ({ turn, deps }) => privacyCommand(turn, deps)],
      [['notifikasi', 'notifications'], ({ turn }) => askNotifications(turn)],
      [
        ['evaluasi', 'evaluation'],
        ({ turn, deps, rest, typedIn }) => evaluationCommand(turn, deps, rest, typedIn),
      ],
      [['umpanbalik', 'feedback'], ({ turn, deps, typedIn }) => continuousCommand(turn, deps, typedIn)],
      [['360'], ({ turn, deps, typedIn }) => questionnairesCommand(turn, deps, typedIn)],
      [['rekan', 'peer'], ({ turn, deps, rest }) => peerChangeCommand(turn, deps, rest)],
      [['hasil360', 'results360'], ({ turn, deps, rest }) => resultsCommand(turn, deps, rest)],
      [['bahasa', 'language'], ({ turn }) => askLanguage(turn)],
      [['zona', 'zone'], ({ turn }) => askTimeZone(turn)],
      [['batal', 'cancel'], ({ turn, deps }) => cancelDialog(turn, deps)],
      [['bantuan', 'help'], ({ turn }) => help(turn)],
    ] satisfies Array<[string[], Subcommand]>
  ).flatMap(([words, run]) => words.map((word) => [word, run] as const)),
);

const LINK_WORDS = new Set(['link', 'tautkan']);

/** Subcommands any stranger may use: help and linking show no data. */
export const isOpenDikaCommand = (text: string) => /^\s*(|help|bantuan|link|tautkan)(\s|$)/i.test(text);

export async function dikaCommand(
  turn: SlackTurn,
  deps: SlackDeps,
  text: string,
  typedIn: string,
): Promise<void> {
  const typed = text.trim();
  const sub = typed.split(/\s+/)[0] ?? '';
  const word = sub.toLowerCase();
  // The rest as typed: a peer change's reason keeps its line breaks.
  const rest = typed.slice(sub.length).trim();
  if (LINK_WORDS.has(word)) return linkWithCode(turn, deps, rest);
  const run = turn.employee ? SUBCOMMANDS.get(word) : undefined;
  if (!run) return help(turn);
  await run({ turn, deps, rest, typedIn });
}
