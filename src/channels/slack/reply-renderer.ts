import { cutText } from '../../core/text/clean-text.js';
import { renderPrompts } from '../../i18n/render-prompt.js';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { DialogReply } from '../../services/dialogs/dialog-reply.js';
import type { ReplyRenderer } from '../../services/outbound/reply-renderer.js';
import type { SlackOp } from './context.js';
import { toDraft } from './outbox.js';
import { renderSlackMessages } from './render-blocks.js';

/** A file's initial comment is a message: keep it well within one. */
const COMMENT_LIMIT = 3000;

/**
 * A reply as Slack operations to one person: its messages (Block Kit, the buttons under the
 * last), then each attachment as a file upload (a chart shows inline, a workbook as a file).
 * `channel` is a user id or a DM channel id.
 */
export function slackOps(
  translator: Translator,
  locale: Locale,
  channel: string,
  reply: DialogReply,
): SlackOp[] {
  const ops: SlackOp[] = renderSlackMessages(translator, locale, reply).map((message) => ({
    op: 'post',
    channel,
    text: message.text,
    ...(message.blocks ? { blocks: message.blocks } : {}),
  }));
  for (const file of reply.attachments ?? []) {
    const comment = file.caption ? renderPrompts(translator, locale, [file.caption]).text : '';
    ops.push({
      op: 'upload',
      channel,
      fileName: file.fileName,
      base64: file.base64,
      title: file.fileName,
      ...(comment ? { comment: cutText(comment, COMMENT_LIMIT) } : {}),
    });
  }
  return ops;
}

/**
 * Prompts, reminders, digests and feedback requests for people whose reachable chat is Slack,
 * sent by the workspace they are linked in (`teams`: the team ids this process has a token for;
 * a workspace without one falls back to the first).
 */
export function slackReplyRenderer(translator: Translator, teams: string | readonly string[]): ReplyRenderer {
  const served = typeof teams === 'string' ? [teams] : teams;
  return {
    channel: 'slack',
    render(recipient, reply, priority) {
      const workspace = recipient.workspace;
      const sender = workspace && served.includes(workspace) ? workspace : served[0]!;
      return slackOps(translator, recipient.locale, recipient.address, reply).map((op) =>
        toDraft(op, { sender, user: recipient.address, employeeId: recipient.employeeId, priority }),
      );
    },
  };
}
