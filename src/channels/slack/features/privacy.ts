import { noteReply } from '../../../services/dialogs/dialog-reply.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { pushPrivateReply } from './command-reply.js';

/**
 * `/dika privasi`: what dika stores, who sees it, for how long, and how to ask for a copy or
 * erasure (UU 27/2022), with what a linked Slack account adds to it.
 */
export function privacyCommand(turn: SlackTurn, deps: SlackDeps): void {
  pushPrivateReply(
    turn,
    deps,
    noteReply([
      { key: 'privacy-text', expects: 'none' },
      { key: 'slack-privacy-account', expects: 'none' },
    ]),
  );
}
