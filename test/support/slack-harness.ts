/**
 * Everything a Slack test needs: a real database, the Web API stand-in, the real Bolt app built by
 * startSlack behind a loopback HTTP server (as main.ts mounts it on PORT), a test clock and logs.
 * `send(request)` posts a signed request and waits until the work after its ack is done; a
 * listener's error fails the test.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type SlackChannel, startSlack } from '../../src/channels/slack/start.js';
import { loadConfig, slackConfigOf } from '../../src/config.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform, type Platform } from '../../src/services/platform.js';
import type { Db } from '../../src/storage/database.js';
import { channelIdentities } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from './database.js';
import {
  postSigned,
  type RawRequest,
  type SendOptions,
  TEST_BOT_TOKEN,
  TEST_SIGNING_SECRET,
  TEST_SLACK_USER,
  TEST_TEAM,
} from './slack-requests.js';
import { type SlackApiStandIn, startSlackStandIn } from './slack-stand-in.js';
import { createTestClock, TEST_SECRET } from './telegram-harness.js';

export interface SlackHarness {
  readonly db: Db;
  readonly api: SlackApiStandIn;
  readonly platform: Platform;
  readonly channel: SlackChannel;
  readonly clock: ReturnType<typeof createTestClock>;
  /** URL of /slack/events on loopback. */
  readonly url: string;
  readonly logs: Array<Record<string, unknown>>;
  readonly errors: unknown[];
  /** Posts a signed request, waits for the work after its ack; rethrows a listener's error. */
  send: (
    request: RawRequest,
    options?: SendOptions & { allowErrors?: boolean },
  ) => Promise<{ status: number; body: string }>;
  /** Bodies of every response_url post since the last reset. */
  responses: () => Array<Record<string, any>>;
}

export interface SlackHarnessOptions {
  charts?: boolean;
  /** Several workspaces (SLACK_BOT_TOKEN lists them all); default the one test token of TEST_TEAM. */
  workspaces?: Array<{ token: string; team: string }>;
}

export function useSlackHarness(options: SlackHarnessOptions = {}): SlackHarness {
  const database = useTestDatabase();
  const clock = createTestClock();
  const logs: Array<Record<string, unknown>> = [];
  const errors: unknown[] = [];
  let api: SlackApiStandIn | undefined;
  let platform: Platform | undefined;
  let channel: SlackChannel | undefined;
  let server: Server | undefined;
  let url = '';

  beforeAll(async () => {
    api = await startSlackStandIn(TEST_TEAM);
    for (const { token, team } of options.workspaces ?? []) api.teams.set(token, team);
    const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const config = loadConfig({
      SLACK_BOT_TOKEN: options.workspaces?.map((w) => w.token).join(',') ?? TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      DIKA_SECRET: TEST_SECRET,
    });
    const slack = slackConfigOf(config);
    if (slack.mode !== 'http') throw new Error('slack harness: expected HTTP mode');
    platform = createPlatform({ db: database.db, logger, messagesPerSecond: 0 });
    channel = await startSlack({
      config,
      slack,
      database: database.database,
      translator: new Translator('id'),
      logger,
      clock: clock.now,
      charts: options.charts ?? false,
      methodLimits: false,
      onError: (error) => void errors.push(error),
      ...platform,
    });
    const route = channel.route!;
    server = createServer((req, res) => {
      if (!route(req, res)) res.writeHead(404).end();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(async () => {
    await channel?.stop();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await api?.close();
  });
  beforeEach(async () => {
    await truncateAll(database.db);
    api?.reset();
    clock.reset();
    logs.length = 0;
    errors.length = 0;
  });

  const must = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`slack harness: ${name} not ready (use it inside tests)`);
    return value;
  };
  return {
    get db() {
      return database.db;
    },
    get api() {
      return must(api, 'api');
    },
    get platform() {
      return must(platform, 'platform');
    },
    get channel() {
      return must(channel, 'channel');
    },
    get url() {
      return url;
    },
    clock,
    logs,
    errors,
    send: async (request, sendOptions = {}) => {
      const before = errors.length;
      const answer = await postSigned(url, request, sendOptions);
      await must(channel, 'channel').app.settled();
      await must(platform, 'platform').outbound.settled();
      const caught = errors[before];
      if (caught !== undefined && !sendOptions.allowErrors) throw caught;
      return answer;
    },
    responses: () => must(api, 'api').callsOf('response_url'),
  };
}

/** Links an employee to a Slack account (DMs go to the user id), as a redeemed code would. */
export async function linkSlack(
  db: Db,
  employeeId: number,
  user = TEST_SLACK_USER,
  team = TEST_TEAM,
): Promise<void> {
  await db.insert(channelIdentities).values({
    employeeId,
    platform: 'slack',
    workspace: team,
    externalUserId: user,
    chatId: user,
  });
}
