import { App, LogLevel, type Receiver } from '@slack/bolt';
import { safeError } from '../../logging/safe-error.js';
import type { SlackDeps } from './context.js';
import { registerActions } from './listeners/actions.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';
import { registerHome } from './listeners/home.js';
import { createTracker } from './listeners/track.js';
import { registerViews } from './listeners/views.js';

export interface SlackAppOptions {
  token: string;
  receiver: Receiver;
  /** SLACK_API_URL: the Web API elsewhere (a proxy; the tests' stand-in). */
  apiUrl?: string | undefined;
  /** Called with every error a listener threw (tests turn them back into failures). */
  onError?: (error: unknown) => void;
}

export interface SlackApp {
  app: App;
  /** The deps every listener got, with this app's client and its team id as outbound sender. */
  deps: SlackDeps;
  /** Resolves when the work of every request acknowledged so far is done. */
  settled: () => Promise<void>;
}

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
 * receiver (HTTP or Socket Mode) only carries requests. `auth.test` runs once here, for the team id
 * that keys this app's outbound rows and rate limiter.
 */
export async function createSlackApp(
  base: Omit<SlackDeps, 'client' | 'sender'>,
  options: SlackAppOptions,
): Promise<SlackApp> {
  const app = new App({
    token: options.token,
    receiver: options.receiver,
    logger: boltLogger(base),
    deferInitialization: true,
    // Listener replies go through the durable queue; this client only does users.info and views.open.
    clientOptions: {
      ...(options.apiUrl ? { slackApiUrl: withSlash(options.apiUrl) } : {}),
      retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 },
    },
  });
  await app.init();
  const auth = await app.client.auth.test();
  const deps: SlackDeps = { ...base, client: app.client, sender: String(auth.team_id ?? '') };
  const { track, settled } = createTracker();
  registerCommands(app, deps, track);
  registerActions(app, deps, track);
  registerEvents(app, deps, track);
  registerHome(app, deps, track);
  registerViews(app, deps, track);
  // One boundary for every listener: the request was acknowledged already, so log and move on.
  app.error(async (error) => {
    const cause = (error as { original?: unknown }).original ?? error;
    deps.logger.error({ err: safeError(cause) }, 'Slack request failed');
    options.onError?.(cause);
  });
  return { app, deps, settled };
}

/** The Web API client appends method names to the URL: it must end with a slash. */
export const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
