/**
 * Messages to a person other than the one being answered (an appraiser told of a check-in, an
 * employee receiving umpan balik, a reminder from a job), written as outbound rows of the
 * caller's transaction: they commit with the change they report, or not at all.
 *
 * The rows are leased to this process for immediate delivery, and remembered per transaction
 * until whoever runs it (the event pipeline, the job runner) takes them with `takeNotified`
 * and delivers them after the commit. Rows nobody takes are delivered by the sweeper once their
 * lease passes, so a forgotten hand-over delays a message but never loses it.
 */
import type { Locale } from '../../i18n/translator.js';
import type { DbOrTx } from '../../storage/database.js';
import type { OutboundRow } from '../../storage/repositories/outbound.js';
import type { DialogReply } from '../dialogs/dialog-reply.js';
import { type Recipient, recipientOf } from '../people/recipient.js';
import type { OutboundDispatcher } from './dispatcher.js';
import type { ReplyRenderers } from './reply-renderer.js';

export interface Notifier {
  /** How to reach a person now: their reachable chat on a channel this process runs. */
  recipient(tx: DbOrTx, employeeId: number): Promise<Recipient | undefined>;
  /** Queues `reply` to a person inside `tx`; false (and nothing queued) when they cannot be reached. */
  notify(tx: DbOrTx, to: number | Recipient, reply: DialogReply, priority?: 0 | 1): Promise<boolean>;
}

const notifiedIn = new WeakMap<object, OutboundRow[]>();

/** The rows `notify` queued in this transaction since the last call, to deliver after its commit. */
export function takeNotified(tx: DbOrTx): OutboundRow[] {
  const rows = notifiedIn.get(tx) ?? [];
  notifiedIn.delete(tx);
  return rows;
}

export function createNotifier(deps: {
  outbound: Pick<OutboundDispatcher, 'enqueue'>;
  renderers: Pick<ReplyRenderers, 'render' | 'channels'>;
  defaultLocale: Locale;
}): Notifier {
  const recipient = (tx: DbOrTx, employeeId: number) =>
    recipientOf(tx, employeeId, { channels: deps.renderers.channels, defaultLocale: deps.defaultLocale });
  return {
    recipient,
    async notify(tx, to, reply, priority = 1) {
      const target = typeof to === 'number' ? await recipient(tx, to) : to;
      if (!target) return false;
      const rows = await deps.outbound.enqueue(tx, deps.renderers.render(target, reply, priority));
      notifiedIn.set(tx, [...(notifiedIn.get(tx) ?? []), ...rows]);
      return true;
    },
  };
}

/** For runners built without channels (unit tests, the terminal): nobody is reachable. */
export const unreachableNotifier: Notifier = {
  recipient: async () => undefined,
  notify: async () => false,
};
