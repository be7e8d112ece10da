import { decodeButton, encodeButton } from '../../core/conversation/button-codec.js';
import type { Inbound } from '../../core/conversation/types.js';
import { cutText } from '../../core/text/clean-text.js';
import { splitMessage } from '../../core/text/split-message.js';
import { type RenderedButton, renderPrompts } from '../../i18n/render-prompt.js';
import type { Locale, Translator } from '../../i18n/translator.js';
import type { DialogReply } from '../../services/dialogs/dialog-reply.js';
import { slackCommandNames } from './command-names.js';
import type { SlackBlock } from './context.js';

/** Slack's limits: 3,000 characters of section text, 75 of a button label, 50 blocks a message. */
export const SECTION_LIMIT = 3000;
const BUTTON_LABEL_LIMIT = 75;
/** A message's text spread over at most this many sections, leaving room for the button rows. */
const SECTIONS_PER_MESSAGE = 40;
export const MESSAGE_LIMIT = SECTION_LIMIT * SECTIONS_PER_MESSAGE;
/** Dialog buttons' action ids start with this; the codec payload travels in `value`. */
export const DIALOG_ACTION_PREFIX = 'dlg:';

export interface SlackMessage {
  /** The notification and fallback text (plain). */
  text: string;
  blocks?: SlackBlock[];
}

/** mrkdwn treats only these three as control characters; everything else shows as typed. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function sections(text: string): SlackBlock[] {
  if (text === '') return [];
  return splitMessage(escapeMrkdwn(text), SECTION_LIMIT).map((part) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: part },
  }));
}

/** One actions block per button row; each button carries the dialog's codec payload. */
function actions(rows: RenderedButton[][], payload: DialogReply['buttons']): SlackBlock[] {
  if (!payload) return [];
  return rows
    .filter((row) => row.length > 0)
    .map((row) => ({
      type: 'actions',
      elements: row.map((b) => {
        const value = encodeButton({ ...payload, choice: b.id });
        return {
          type: 'button',
          // Unique within the message (Slack refuses duplicates): the choice id is.
          action_id: `${DIALOG_ACTION_PREFIX}${b.id}`,
          text: { type: 'plain_text', text: cutText(b.label, BUTTON_LABEL_LIMIT), emoji: true },
          value,
        };
      }),
    }));
}

/**
 * A reply as Slack messages: the text in sections (split between lines), the buttons under the
 * last one. Most replies are one message; a long rekap becomes several.
 */
export function renderSlackMessages(
  translator: Translator,
  locale: Locale,
  reply: DialogReply,
): SlackMessage[] {
  const rendered = renderPrompts(translator, locale, reply.prompts);
  const buttons = actions(rendered.buttons, reply.buttons);
  const text = slackCommandNames(rendered.text);
  const parts = text === '' ? [] : splitMessage(text, MESSAGE_LIMIT);
  if (parts.length === 0 && buttons.length === 0) return [];
  if (parts.length === 0) parts.push('');
  return parts.map((part, n) => {
    const blocks = [...sections(part), ...(n === parts.length - 1 ? buttons : [])];
    return { text: cutText(part, SECTION_LIMIT), ...(blocks.length > 0 ? { blocks } : {}) };
  });
}

/** A dialog reply short enough for one message (a question, a summary): the first of its messages. */
export function renderSlackMessage(translator: Translator, locale: Locale, reply: DialogReply): SlackMessage {
  const [first, ...rest] = renderSlackMessages(translator, locale, reply);
  if (!first) return { text: '' };
  if (rest.length === 0) return first;
  // A summary longer than 120,000 characters: keep the buttons, shorten the text.
  const last = rest.at(-1)!;
  const buttons = (last.blocks ?? []).filter((b) => b.type === 'actions');
  return {
    text: first.text,
    blocks: [...(first.blocks ?? []).filter((b) => b.type !== 'actions'), ...buttons],
  };
}

/** A pressed dialog button (`value` holds the codec payload), or undefined for anything else. */
export function parseDialogAction(
  value: string | undefined,
): Extract<Inbound, { type: 'choice' }> | undefined {
  const parsed = decodeButton(value);
  if (!parsed) return undefined;
  return { type: 'choice', kind: parsed.kind, nonce: parsed.nonce, seq: parsed.seq, choice: parsed.choice };
}
