import type { OutboundDraft } from '../../storage/repositories/outbound.js';
import type { DialogReply } from '../dialogs/dialog-reply.js';
import type { Recipient } from '../people/recipient.js';

/**
 * How a channel turns a dialog reply into queued messages when no update is being answered
 * (prompts, reminders, digests). Telegram: one message with inline buttons.
 */
export interface ReplyRenderer {
  readonly channel: string;
  render(recipient: Recipient, reply: DialogReply, priority: 0 | 1): OutboundDraft[];
}

/** The renderers of the channels this process runs, by channel. */
export class ReplyRenderers {
  private readonly byChannel = new Map<string, ReplyRenderer>();

  register(renderer: ReplyRenderer): void {
    this.byChannel.set(renderer.channel, renderer);
  }

  get channels(): string[] {
    return [...this.byChannel.keys()];
  }

  render(recipient: Recipient, reply: DialogReply, priority: 0 | 1): OutboundDraft[] {
    const renderer = this.byChannel.get(recipient.channel);
    if (!renderer) throw new Error(`no renderer for channel ${recipient.channel}`);
    return renderer.render(recipient, reply, priority);
  }
}
