/**
 * A local stand-in for the Slack Web API (`POST /api/<method>`), the upload URLs that
 * files.uploadV2 posts bytes to, and response_urls, so the real Bolt app and WebClient are
 * exercised without Slack. Every call is recorded in order with its parsed body.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Body = Record<string, any>;
export interface RecordedCall {
  /** A Web API method, `upload` (file bytes) or `response_url`. */
  method: string;
  body: Body;
  /** The bot token of the call (its Authorization header), when it carried one. */
  token?: string;
}
export type SlackFailure = { status: 429; retryAfter: number } | { error: string };

export interface SlackProfile {
  email?: string;
  deleted?: boolean;
  isBot?: boolean;
}

export interface SlackApiStandIn {
  /** Pass as SLACK_API_URL. */
  apiUrl: string;
  /** The origin, for response_urls (`${url}/respond/<n>`). */
  url: string;
  team: string;
  calls: RecordedCall[];
  callsOf: (method: string) => Body[];
  /** A response_url this stand-in answers and records. */
  responseUrl: () => string;
  /** Profiles users.info answers with; unknown users get user_not_found. */
  users: Map<string, SlackProfile>;
  /** Bot tokens of other workspaces: auth.test answers their team (any other token: `team`). */
  teams: Map<string, string>;
  /** The calls one bot token made, in order. */
  callsWith: (token: string) => RecordedCall[];
  /** What apps.connections.open hands out (a Socket Mode stand-in). */
  socketUrl: string;
  failNext: (method: string, failure: SlackFailure) => void;
  reset: () => void;
  close: () => Promise<void>;
}

async function parseBody(req: IncomingMessage): Promise<{ body: Body; bytes: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: {}, bytes: 0 };
  if (type.includes('json')) return { body: JSON.parse(raw.toString('utf8')), bytes: raw.length };
  if (type.includes('x-www-form-urlencoded')) {
    const body: Body = {};
    for (const [key, value] of new URLSearchParams(raw.toString('utf8')))
      body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    return { body, bytes: raw.length };
  }
  return { body: {}, bytes: raw.length };
}

export async function startSlackStandIn(team = 'T0DIKA'): Promise<SlackApiStandIn> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, SlackFailure[]>();
  const users = new Map<string, SlackProfile>();
  let ts = 1_772_000_000;
  let files = 0;
  let responses = 0;
  let origin = '';
  const nextTs = () => `${++ts}.000100`;
  const dmOf = (channel: string) => (/^[UW]/.test(channel) ? `D${channel.slice(1)}` : channel);

  const teams = new Map<string, string>();
  const teamOf = (token: string | undefined) => (token && teams.get(token)) || team;
  const methods: Record<string, (body: Body, token?: string) => Body> = {
    'auth.test': (_b, token) => ({
      team_id: teamOf(token),
      team: 'Dika Test',
      user_id: 'UBOTDIKA',
      bot_id: 'BBOTDIKA',
      url: 'https://dika-test.slack.com/',
    }),
    'users.info': (b, token) => {
      const profile = users.get(b.user);
      if (!profile) return { ok: false, error: 'user_not_found' };
      return {
        user: {
          id: b.user,
          team_id: teamOf(token),
          deleted: profile.deleted ?? false,
          is_bot: profile.isBot ?? false,
          profile: profile.email ? { email: profile.email } : {},
        },
      };
    },
    'chat.postMessage': (b) => {
      b.assignedTs = nextTs(); // recorded with the call, so a test can press this message's buttons
      return { channel: dmOf(b.channel), ts: b.assignedTs, message: { text: b.text } };
    },
    'chat.update': (b) => ({ channel: b.channel, ts: b.ts, text: b.text }),
    'chat.postEphemeral': () => ({ message_ts: nextTs() }),
    'conversations.open': (b) => ({ channel: { id: dmOf(String(b.users)) } }),
    'files.getUploadURLExternal': (b) => {
      files += 1;
      return { upload_url: `${origin}/upload/F${files}`, file_id: `F${files}`, filename: b.filename };
    },
    'files.completeUploadExternal': (b) => ({
      files: (b.files as Body[]).map((f) => ({ id: f.id, title: f.title })),
    }),
    'views.publish': (b) => ({ view: { id: 'VHOME', ...b.view } }),
    'views.open': (b) => ({ view: { id: 'VMODAL', ...b.view } }),
    'views.update': (b) => ({ view: { id: b.view_id ?? 'VMODAL', ...b.view } }),
    'apps.connections.open': () => ({ url: standIn.socketUrl }),
  };

  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
    const { body, bytes } = await parseBody(req);
    if (url.startsWith('/upload/')) {
      calls.push({ method: 'upload', body: { file: url.slice('/upload/'.length), bytes } });
      return res.writeHead(200).end('OK');
    }
    if (url.startsWith('/respond/')) {
      calls.push({ method: 'response_url', body });
      return res.writeHead(200).end('ok');
    }
    const method = /^\/api\/([\w.]+)$/.exec(url)?.[1];
    if (!method) return reply(404, { ok: false, error: 'unknown_method' });
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    calls.push({ method, body, ...(token ? { token } : {}) });
    const failure = failures.get(method)?.shift();
    if (failure && 'status' in failure)
      return reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
    if (failure) return reply(200, { ok: false, error: failure.error });
    const handler = methods[method];
    if (!handler) return reply(200, { ok: false, error: 'unknown_method' });
    reply(200, { ok: true, ...handler(body, token) });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  const standIn: SlackApiStandIn = {
    socketUrl: '',
    apiUrl: `${origin}/api/`,
    url: origin,
    team,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.body),
    teams,
    callsWith: (token) => calls.filter((c) => c.token === token),
    responseUrl: () => `${origin}/respond/${++responses}`,
    users,
    failNext: (method, failure) => failures.set(method, [...(failures.get(method) ?? []), failure]),
    reset: () => {
      calls.length = 0;
      failures.clear();
      users.clear();
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}
