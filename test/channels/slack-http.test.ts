import { describe, expect, it } from 'vitest';
import { outboundMessages, processedEvents } from '../../src/storage/schema.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import {
  dmMessage,
  eventCallback,
  postSigned,
  slashCommand,
  TEST_SIGNING_SECRET,
} from '../support/slack-requests.js';
import { seedEmployee } from '../support/telegram-harness.js';

const h = useSlackHarness();

describe('Slack over HTTP: signatures, acks and retries', () => {
  it('refuses unsigned, wrongly signed and stale requests, with no effect', async () => {
    const me = await seedEmployee(h.db, { email: 'sari@example.go.id' });
    await linkSlack(h.db, me.id);
    const command = () => slashCommand('/dika', 'help', { responseUrl: h.api.responseUrl() });

    const unsigned = await h.send(command(), { secret: null });
    const wrong = await h.send(command(), { secret: 'b1b2c3d4e5f60718293a4b5c6d7e8f90' });
    const stale = await h.send(command(), { timestamp: Math.floor(Date.now() / 1000) - 5 * 60 - 10 });
    // A signature over another body (a replayed signature with a tampered text).
    const request = command();
    const timestamp = Math.floor(Date.now() / 1000);
    const { sign } = await import('../support/slack-requests.js');
    const tampered = await postSigned(
      h.url,
      { ...request, body: `${request.body}&x=1` },
      {
        secret: null,
        headers: {
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': sign(TEST_SIGNING_SECRET, timestamp, request.body),
        },
      },
    );

    for (const answer of [unsigned, wrong, stale, tampered]) expect(answer.status).toBe(401);
    expect(await h.db.select().from(processedEvents)).toEqual([]);
    expect(await h.db.select().from(outboundMessages)).toEqual([]);
    expect(h.api.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);

    const signed = await h.send(command());
    expect(signed.status).toBe(200);
    expect(h.responses()).toHaveLength(1);
  });

  it('answers url_verification with the challenge', async () => {
    const answer = await h.send({
      body: JSON.stringify({ type: 'url_verification', token: 't', challenge: 'tantangan-123' }),
      contentType: 'application/json',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('tantangan-123');
  });

  it('handles a retried event once (X-Slack-Retry-Num)', async () => {
    const me = await seedEmployee(h.db);
    await linkSlack(h.db, me.id);
    const event = eventCallback(dmMessage('halo'), { eventId: 'Ev0RETRY1' });
    expect((await h.send(event)).status).toBe(200);
    const retried = await h.send(event, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retried.status).toBe(200);

    expect(await h.db.select().from(processedEvents)).toMatchObject([
      { platform: 'slack', eventId: 'event:Ev0RETRY1' },
    ]);
    const posts = h.api.callsOf('chat.postMessage');
    expect(posts).toHaveLength(1); // "no check-in running" once, not twice
    expect(posts[0]!.channel).toBe('U0SARI');
    expect(h.logs.some((l) => l.msg === 'duplicate event ignored')).toBe(true);
  });

  it("ignores the app's own messages and messages outside its DM", async () => {
    const me = await seedEmployee(h.db);
    await linkSlack(h.db, me.id);
    await h.send(eventCallback({ ...dmMessage('saya bot'), bot_id: 'BBOTDIKA' }));
    await h.send(eventCallback({ ...dmMessage('di kanal'), channel_type: 'channel', channel: 'C0UMUM' }));
    expect(h.api.callsOf('chat.postMessage')).toEqual([]);
    expect(await h.db.select().from(processedEvents)).toEqual([]);
  });
});
