import type { App } from '@slack/bolt';
import type { FileRef, Inbound } from '../../../core/conversation/types.js';
import type { DepsOf } from '../app.js';
import { answerMessage } from '../features/continuous-feedback.js';
import { runTurn } from '../run-turn.js';
import type { Track } from './track.js';

interface SlackFile {
  id: string;
  name?: string;
  mimetype?: string;
  size?: number;
}

/** A file shared in the DM is kept by Slack: its id and metadata are the bukti dukung. */
function fileRef(file: SlackFile): FileRef {
  return {
    platform: 'slack',
    kind: file.mimetype?.startsWith('image/') ? 'photo' : 'file',
    fileId: file.id,
    ...(file.name ? { fileName: file.name } : {}),
    ...(file.mimetype ? { mimeType: file.mimetype } : {}),
    ...(file.size !== undefined ? { sizeBytes: file.size } : {}),
  };
}

/**
 * Slack writes links as `<https://…|label>` and escapes `&`, `<`, `>` in message text; a dialog
 * reads what the person typed (a link as bukti dukung, "< 5" as text).
 */
export function plainText(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/g, (_m, url: string) => url.replace(/^mailto:/, ''))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What a DM message says to a dialog: text, else its first file; edits, joins and bots say nothing. */
function inboundOf(message: Record<string, unknown>): Inbound | undefined {
  if (message.bot_id || (message.subtype !== undefined && message.subtype !== 'file_share')) return undefined;
  const files = message.files as SlackFile[] | undefined;
  const text = typeof message.text === 'string' ? plainText(message.text).trim() : '';
  if (files?.[0]) return { type: 'file', file: fileRef(files[0]) };
  return text ? { type: 'text', text } : undefined;
}

/**
 * Messages in the DM with the app (scope im:history). Slack retries an event it got no 200 for
 * within 3 s (X-Slack-Retry-Num); its event_id is the dedupe key, so a retry changes nothing twice.
 */
export function registerEvents(app: App, depsOf: DepsOf, track: Track): void {
  app.event('message', async ({ event, body }) => {
    const message = event as unknown as Record<string, unknown>;
    if (message.channel_type !== 'im' || typeof message.user !== 'string') return;
    const input = inboundOf(message);
    if (!input) return;
    // The token is the installation's (body.team_id); the person may be of a Slack Connect team.
    const deps = depsOf(body.team_id);
    const team = (message.team as string | undefined) ?? body.team_id;
    const request = {
      eventId: `event:${body.event_id}`,
      kind: input.type,
      account: { team, user: message.user },
      input,
    };
    await track(runTurn(deps, request, (turn) => answerMessage(turn, deps, input)));
  });
}
