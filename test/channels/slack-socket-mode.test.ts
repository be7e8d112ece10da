/**
 * Socket Mode end to end on loopback: the real Bolt SocketModeReceiver asks the Web API stand-in
 * for a WebSocket URL (apps.connections.open), connects to the local WebSocket stand-in, and gets
 * envelopes there instead of signed HTTP requests. Acks travel back on the socket.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackChannel, startSlack } from '../../src/channels/slack/start.js';
import { loadConfig, slackConfigOf } from '../../src/config.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform, type Platform } from '../../src/services/platform.js';
import { processedEvents } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { linkSlack } from '../support/slack-harness.js';
import { TEST_BOT_TOKEN, TEST_SLACK_USER, TEST_TEAM } from '../support/slack-requests.js';
import { type SocketStandIn, startSocketStandIn } from '../support/slack-socket-stand-in.js';
import { type SlackApiStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { seedEmployee, TEST_SECRET } from '../support/telegram-harness.js';

const database = useTestDatabase();
let api: SlackApiStandIn;
let socket: SocketStandIn;
let platform: Platform;
let channel: SlackChannel;

beforeAll(async () => {
  await truncateAll(database.db);
  api = await startSlackStandIn(TEST_TEAM);
  socket = await startSocketStandIn();
  api.socketUrl = socket.url;
  const config = loadConfig({
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    SLACK_APP_TOKEN: 'xapp-1-A0DIKA-3333333333-abcdef0123456789',
    SLACK_API_URL: api.apiUrl,
    DIKA_SECRET: TEST_SECRET,
  });
  const slack = slackConfigOf(config);
  if (slack.mode !== 'socket') throw new Error('expected Socket Mode');
  const logger = pino({ level: 'silent' });
  platform = createPlatform({ db: database.db, logger, messagesPerSecond: 0 });
  channel = await startSlack({
    config,
    slack,
    database: database.database,
    translator: new Translator('id'),
    logger,
    charts: false,
    methodLimits: false,
    ...platform,
  });
});
afterAll(async () => {
  await channel?.stop();
  await socket?.close();
  await api?.close();
});

async function settled() {
  await channel.app.settled();
  await platform.outbound.settled();
}

describe('Slack over Socket Mode', () => {
  it('connects through apps.connections.open, acks a slash command on the socket and answers it', async () => {
    await socket.connected();
    expect(api.callsOf('apps.connections.open')).toHaveLength(1);
    const me = await seedEmployee(database.db);
    await linkSlack(database.db, me.id);
    socket.send({
      envelope_id: 'env-command-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        team_id: TEST_TEAM,
        user_id: TEST_SLACK_USER,
        channel_id: 'D0SARI',
        command: '/dika',
        text: 'help',
        response_url: api.responseUrl(),
        trigger_id: '1.1111.socket-trigger',
      },
    });
    const ack = await socket.waitFor((m) => m.envelope_id === 'env-command-1');
    expect(ack).toMatchObject({ envelope_id: 'env-command-1' });
    await settled();
    expect(api.callsOf('response_url').map((b) => b.text)).toEqual([
      new Translator('id').t('id', 'slack-help'),
    ]);
  });

  it('handles an event Slack redelivers (retry_attempt) once', async () => {
    const me = await seedEmployee(database.db);
    await linkSlack(database.db, me.id, 'U0BUDI');
    const event = {
      type: 'event_callback',
      team_id: TEST_TEAM,
      api_app_id: 'A0DIKA',
      event_id: 'Ev0SOCKET1',
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'message',
        channel: 'D0BUDI',
        channel_type: 'im',
        user: 'U0BUDI',
        team: TEST_TEAM,
        text: 'halo',
        ts: '1772000999.000100',
      },
      authorizations: [{ team_id: TEST_TEAM, user_id: 'UBOTDIKA', is_bot: true }],
    };
    for (const [id, attempt] of [
      ['env-event-1', 0],
      ['env-event-2', 1],
    ] as const) {
      socket.send({
        envelope_id: id,
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: attempt,
        retry_reason: attempt ? 'timeout' : '',
        payload: event,
      });
      await socket.waitFor((m) => m.envelope_id === id);
      await settled();
    }
    const rows = await database.db.select().from(processedEvents);
    expect(rows.filter((r) => r.eventId === 'event:Ev0SOCKET1')).toHaveLength(1);
    expect(api.callsOf('chat.postMessage').filter((b) => b.channel === 'U0BUDI')).toHaveLength(1);
  });
});
