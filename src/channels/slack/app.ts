import { App, ErrorCode, LogLevel, type Receiver, webApi } from '@slack/bolt';
import { ConfigError } from '../../config.js';
import { safeError } from '../../logging/safe-error.js';
import type { SlackDeps } from './context.js';
import { slackHomeSender } from './features/home-sender.js';
import { registerActions } from './listeners/actions.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';
import { registerHome } from './listeners/home.js';
import { createTracker } from './listeners/track.js';
import { registerViews } from './listeners/views.js';

export interface SlackAppOptions {
  /** SLACK_BOT_TOKEN: one bot token per workspace the app is installed in. */
  tokens: string[];
  receiver: Receiver;
  /** SLACK_API_URL: the Web API elsewhere (a proxy; the tests' stand-in). */
  apiUrl?: string | undefined;
  /** Called with every error a listener threw (tests turn them back into failures). */
  onError?: (error: unknown) => void;
}

/** One workspace this app serves: its bot token, and the deps its requests are handled with. */
export interface SlackWorkspace {
  team: string;
  token: string;
  botId?: string | undefined;
  botUserId?: string | undefined;
  deps: SlackDeps;
}

export interface SlackApp {
  app: App;
  /** The first workspace's deps (the only one with one token). */
  deps: SlackDeps;
  /** Every workspace, by team id, in SLACK_BOT_TOKEN's order. */
  workspaces: ReadonlyMap<string, SlackWorkspace>;
  /** The workspace a request from `team` is answered by; undefined: refused. */
  workspaceOf: (team: string | undefined) => SlackWorkspace | undefined;
  /** Resolves when the work of every request acknowledged so far is done. */
  settled: () => Promise<void>;
}

/** The deps of the workspace a request came from (Bolt's `authorize` refused any other). */
export type DepsOf = (team: string | undefined) => SlackDeps;

/** Bolt's own logs go through dika's logger at warn and above (Bolt logs request bodies at debug). */
export function boltLogger(deps: Pick<SlackDeps, 'logger'>) {
  const log = deps.logger.child({ part: 'bolt' });
  return {
    debug: () => {},
    info: () => {},
    warn: (...messages: unknown[]) => log.warn(messages.map(String).join(' ')),
    error: (...messages: unknown[]) => log.error(messages.map(String).join(' ')),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
}

/**
 * The Bolt app: listeners grouped by Slack surface, each registered with `register…(app)`; the
 * receiver (HTTP or Socket Mode) only carries requests. `auth.test` runs once per bot token here,
 * for the team id that keys that workspace's outbound rows and rate limiter; Bolt's `authorize`
 * then hands each request its workspace's token, and every listener takes that workspace's deps.
 */
export async function createSlackApp(
  base: Omit<SlackDeps, 'client' | 'sender'>,
  options: SlackAppOptions,
): Promise<SlackApp> {
  const workspaces = await workspacesOf(base, options);
  const first = [...workspaces.values()][0]!;
  // One token answers every request as before (a Slack Connect or org-wide team id included);
  // with several, a team none of them belongs to is refused.
  const workspaceOf = (team: string | undefined) =>
    (team ? workspaces.get(team) : undefined) ?? (workspaces.size === 1 ? first : undefined);
  const depsOf: DepsOf = (team) => {
    const workspace = workspaceOf(team);
    if (!workspace) throw new Error(`no bot token for Slack workspace ${team ?? '(none)'}`);
    return workspace.deps;
  };
  const app = new App({
    authorize: async ({ teamId }) => {
      const workspace = workspaceOf(teamId);
      if (!workspace) throw new Error(`no bot token for Slack workspace ${teamId ?? '(none)'}`);
      return {
        botToken: workspace.token,
        botId: workspace.botId,
        botUserId: workspace.botUserId,
        teamId: workspace.team,
      };
    },
    receiver: options.receiver,
    logger: boltLogger(base),
    deferInitialization: true,
    clientOptions: clientOptionsOf(options.apiUrl),
  });
  await app.init();
  const { track, settled } = createTracker();
  registerCommands(app, depsOf, track);
  registerActions(app, depsOf, track);
  registerEvents(app, depsOf, track);
  registerHome(app, depsOf, track);
  registerViews(app, depsOf, track);
  for (const workspace of workspaces.values()) base.outbound.register(slackHomeSender(workspace.deps));
  // One boundary for every listener: the request was acknowledged already, so log and move on.
  app.error(async (error) => {
    if ((error as { code?: string }).code === ErrorCode.AuthorizationError) {
      // The message names the team id Bolt saw (never a token): what an operator needs to add one.
      base.logger.warn(
        { reason: error.message },
        'Slack request from a workspace without a bot token refused',
      );
      return;
    }
    const cause = (error as { original?: unknown }).original ?? error;
    base.logger.error({ err: safeError(cause) }, 'Slack request failed');
    options.onError?.(cause);
  });
  return { app, deps: first.deps, workspaces, workspaceOf, settled };
}

// Listener replies go through the durable queue; these clients only do users.info and views.
const clientOptionsOf = (apiUrl: string | undefined) => ({
  ...(apiUrl ? { slackApiUrl: withSlash(apiUrl) } : {}),
  retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 },
});

/**
 * Each token's workspace, asked from auth.test. Two tokens of one workspace would make its rows'
 * sender ambiguous: that stops the start, naming the variable and the team, never the token.
 */
async function workspacesOf(
  base: Omit<SlackDeps, 'client' | 'sender'>,
  options: SlackAppOptions,
): Promise<Map<string, SlackWorkspace>> {
  if (options.tokens.length === 0) throw new ConfigError(['SLACK_BOT_TOKEN: no bot token given']);
  const workspaces = new Map<string, SlackWorkspace>();
  for (const token of options.tokens) {
    const client = new webApi.WebClient(token, {
      ...clientOptionsOf(options.apiUrl),
      logger: boltLogger(base),
    });
    const auth = await client.auth.test();
    const team = String(auth.team_id ?? '');
    if (workspaces.has(team))
      throw new ConfigError([
        `SLACK_BOT_TOKEN: two tokens belong to Slack workspace ${team}; list each once`,
      ]);
    workspaces.set(team, {
      team,
      token,
      botId: auth.bot_id,
      botUserId: auth.user_id,
      deps: { ...base, client, sender: team },
    });
  }
  return workspaces;
}

/** The Web API client appends method names to the URL: it must end with a slash. */
export const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
