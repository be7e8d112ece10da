import type { Translator } from '../../i18n/translator.js';
import type { DialogReply } from '../../services/dialogs/dialog-reply.js';
import type { SlackTurn } from './context.js';
import { pushDm, pushPrivate } from './outbox.js';
import { renderSlackMessage } from './render-blocks.js';

/**
 * Queues a dialog reply the way Telegram's pushDialogReply does, in Slack's terms:
 * - a pressed button's message becomes the next question (chat.update: no stale buttons left);
 * - a short note while the dialog stays put (snooze) is an ephemeral answer, the buttons remain;
 * - a stale button gets the same ephemeral refusal as Telegram's toast;
 * - typed answers, files and commands get a new message in the DM.
 */
export function pushSlackDialogReply(turn: SlackTurn, translator: Translator, reply: DialogReply): void {
  if (reply.refusal === 'stale-button') {
    pushPrivate(turn, turn.t('stale-button'));
    return;
  }
  const { text, blocks } = renderSlackMessage(translator, turn.locale, reply);
  if (!text && !blocks) return;
  if (!turn.pressed) {
    pushDm(turn, text, blocks);
    return;
  }
  const hasButtons = blocks?.some((b) => b.type === 'actions') ?? false;
  if (!hasButtons && reply.open) {
    pushPrivate(turn, text);
    return;
  }
  turn.outbox.push({
    op: 'update',
    channel: turn.pressed.channel,
    ts: turn.pressed.ts,
    text,
    // Without blocks, chat.update would keep the old buttons: an empty list removes them.
    blocks: blocks ?? [],
  });
}
