import type { OutboundDraft } from '../../services/events/handle-event.js';
import type { SlackBlock, SlackOp, SlackTurn } from './context.js';

/** A Slack operation as a row of the durable outbound queue, addressed to the person it concerns. */
export function toDraft(
  op: SlackOp,
  context: { sender: string; user: string; employeeId?: number | undefined; priority?: 0 | 1 },
): OutboundDraft {
  return {
    channel: 'slack',
    sender: context.sender,
    address: context.user,
    employeeId: context.employeeId ?? null,
    op: op.op,
    payload: op,
    priority: context.priority ?? 0,
  };
}

/** A message in the person's DM with the app (their user id opens it). */
export function pushDm(turn: SlackTurn, text: string, blocks?: SlackBlock[]): void {
  turn.outbox.push({ op: 'post', channel: turn.account.user, text, ...(blocks ? { blocks } : {}) });
}

/**
 * An answer only the person sees: ephemeral through the response_url when the request carried one
 * (slash commands, buttons), else in their DM (which only they read).
 */
export function pushPrivate(turn: SlackTurn, text: string, blocks?: SlackBlock[]): void {
  if (turn.responseUrl)
    turn.outbox.push({ op: 'respond', url: turn.responseUrl, text, ...(blocks ? { blocks } : {}) });
  else pushDm(turn, text, blocks);
}
