/**
 * Requests as Slack sends them to /slack/events: slash commands and interactivity form-encoded,
 * events as JSON, each signed with `v0=` HMAC-SHA256(signing secret, `v0:<timestamp>:<raw body>`).
 */
import { createHmac } from 'node:crypto';

export const TEST_SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const TEST_BOT_TOKEN = 'xoxb-1111111111-2222222222-TestTokenForDika';
export const TEST_TEAM = 'T0DIKA';
export const TEST_SLACK_USER = 'U0SARI';

let counter = 0;
const next = () => ++counter;

export interface RawRequest {
  body: string;
  contentType: string;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Default the test secret; `null` sends no signature at all. */
  secret?: string | null;
  headers?: Record<string, string>;
}

/** Posts a request to Bolt's receiver, signed as Slack would; resolves with the HTTP answer. */
export async function postSigned(
  url: string,
  request: RawRequest,
  options: SendOptions = {},
): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const secret = options.secret === undefined ? TEST_SIGNING_SECRET : options.secret;
  const headers: Record<string, string> = { 'content-type': request.contentType, ...options.headers };
  if (secret !== null) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = sign(secret, timestamp, request.body);
  }
  const response = await fetch(url, { method: 'POST', headers, body: request.body });
  return { status: response.status, body: await response.text() };
}

/** A slash command, as Slack posts it (form-encoded). */
export function slashCommand(
  command: string,
  text: string,
  options: { user?: string; team?: string; channel?: string; responseUrl: string },
): RawRequest {
  const form = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: options.team ?? TEST_TEAM,
    team_domain: 'dika-test',
    channel_id: options.channel ?? `D${(options.user ?? TEST_SLACK_USER).slice(1)}`,
    channel_name: 'directmessage',
    user_id: options.user ?? TEST_SLACK_USER,
    user_name: 'sari',
    command,
    text,
    api_app_id: 'A0DIKA',
    is_enterprise_install: 'false',
    response_url: options.responseUrl,
    trigger_id: `${next()}.1111.trigger${next()}`,
  });
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** A pressed button in a message, as the interactivity payload Slack posts. */
export function blockAction(
  button: { action_id: string; value?: string },
  options: { user?: string; team?: string; channel?: string; messageTs?: string; responseUrl: string },
): RawRequest {
  const user = options.user ?? TEST_SLACK_USER;
  const channel = options.channel ?? `D${user.slice(1)}`;
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'sari', team_id: options.team ?? TEST_TEAM },
    api_app_id: 'A0DIKA',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: options.messageTs ?? '1772000001.000100',
      channel_id: channel,
      is_ephemeral: false,
    },
    trigger_id: `${next()}.1111.trigger`,
    team: { id: options.team ?? TEST_TEAM, domain: 'dika-test' },
    channel: { id: channel, name: 'directmessage' },
    response_url: options.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        ...(button.value !== undefined ? { value: button.value } : {}),
        action_ts: `${1_772_000_000 + next()}.${String(next()).padStart(6, '0')}`,
      },
    ],
  };
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** An Events API envelope (JSON); `eventId` fixed when a test resends the same event. */
export function eventCallback(
  event: Record<string, unknown>,
  options: { eventId?: string; team?: string } = {},
): RawRequest {
  const body = {
    token: 'deprecated-verification-token',
    team_id: options.team ?? TEST_TEAM,
    api_app_id: 'A0DIKA',
    event,
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${next()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: options.team ?? TEST_TEAM, user_id: 'UBOTDIKA', is_bot: true }],
  };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

/** A message typed in the DM with the app. */
export function dmMessage(
  text: string,
  options: { user?: string; team?: string; files?: unknown[] } = {},
): Record<string, unknown> {
  const user = options.user ?? TEST_SLACK_USER;
  return {
    type: 'message',
    channel: `D${user.slice(1)}`,
    channel_type: 'im',
    user,
    team: options.team ?? TEST_TEAM,
    text,
    ts: `${1_772_000_000 + next()}.000200`,
    ...(options.files ? { subtype: 'file_share', files: options.files } : {}),
  };
}

/** A submitted modal; `values` by block id: text for inputs, `{ option }` for selects, `{ options }` for checkboxes. */
export function viewSubmission(
  values: Record<string, string | { option: string } | { options: string[] }>,
  options: {
    user?: string;
    team?: string;
    callbackId?: string;
    /** A page's position, as dika wrote it into the view (a paged form). */
    privateMetadata?: string;
    /** The submitted view, and the first view of its stack (a pushed page's root). */
    viewId?: string;
    rootViewId?: string;
  } = {},
): RawRequest {
  const state: Record<string, Record<string, unknown>> = {};
  for (const [block, value] of Object.entries(values)) {
    if (typeof value === 'string') state[block] = { v: { type: 'plain_text_input', value } };
    else if ('option' in value)
      state[block] = {
        v: {
          type: 'static_select',
          selected_option: { value: value.option, text: { type: 'plain_text', text: value.option } },
        },
      };
    else
      state[block] = {
        v: { type: 'checkboxes', selected_options: value.options.map((o) => ({ value: o })) },
      };
  }
  const team = options.team ?? TEST_TEAM;
  const payload = {
    type: 'view_submission',
    team: { id: team, domain: 'dika-test' },
    user: { id: options.user ?? TEST_SLACK_USER, username: 'sari', name: 'sari', team_id: team },
    api_app_id: 'A0DIKA',
    token: 'deprecated-verification-token',
    trigger_id: `${next()}.1111.trigger${next()}`,
    view: {
      id: options.viewId ?? 'VMODAL',
      ...(options.rootViewId ? { root_view_id: options.rootViewId } : {}),
      team_id: team,
      type: 'modal',
      callback_id: options.callbackId ?? 'checkin-form',
      private_metadata: options.privateMetadata ?? '',
      hash: `h${next()}`,
      title: { type: 'plain_text', text: 'Check-in kinerja' },
      blocks: [],
      state: { values: state },
      app_id: 'A0DIKA',
      bot_id: 'BBOTDIKA',
    },
    response_urls: [],
  };
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** A pressed button on the App Home tab: no message, no response_url, a trigger_id (for a modal). */
export function homeAction(
  button: { action_id: string; value?: string },
  options: { user?: string; team?: string } = {},
): RawRequest {
  const user = options.user ?? TEST_SLACK_USER;
  const team = options.team ?? TEST_TEAM;
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'sari', team_id: team },
    api_app_id: 'A0DIKA',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: 'VHOME' },
    trigger_id: `${next()}.1111.trigger${next()}`,
    team: { id: team, domain: 'dika-test' },
    view: { id: 'VHOME', type: 'home', team_id: team },
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        ...(button.value !== undefined ? { value: button.value } : {}),
        action_ts: `${1_772_000_000 + next()}.${String(next()).padStart(6, '0')}`,
      },
    ],
  };
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}
