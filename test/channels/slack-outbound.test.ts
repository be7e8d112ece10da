import { webApi } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifySlackError, ResponseUrlError } from '../../src/channels/slack/outbound-sender.js';
import { runDueJobs } from '../../src/scheduler/job-runner.js';
import { checkinSnoozeJob } from '../../src/scheduler/jobs/checkin-snooze.js';
import { takeNotified } from '../../src/services/outbound/notifier.js';
import { channelIdentities, outboundMessages } from '../../src/storage/schema.js';
import { transaction } from '../../src/storage/transaction.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { lastDmText, press } from '../support/slack-dialog.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { slashCommand, TEST_SLACK_USER } from '../support/slack-requests.js';
import { seedEmployee } from '../support/telegram-harness.js';

const h = useSlackHarness();

async function seedPerson() {
  const me = await seedEmployee(h.db, { name: 'Sari Wulandari', timeZone: 'Asia/Makassar' });
  await linkSlack(h.db, me.id);
  await seedKeyResults(h.db, me.id, THREE_KRS);
  return me;
}

describe('Slack outbound queue', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z');
  });

  it('honours Retry-After: the 429ed message is sent again after the pause', async () => {
    await seedPerson();
    h.api.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await h.send(slashCommand('/checkin', 'chat', { responseUrl: h.api.responseUrl() }));
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(2);
    const rows = await h.db.select().from(outboundMessages);
    expect(rows.map((r) => [r.op, r.status])).toEqual([['post', 'sent']]);
    expect(h.logs.some((l) => l.msg === 'flood control: paused' && l.channel === 'slack')).toBe(true);
  });

  it('marks a person unreachable when Slack refuses their DM for good', async () => {
    const me = await seedPerson();
    h.api.failNext('chat.postMessage', { error: 'user_not_found' });
    await h.send(slashCommand('/checkin', 'chat', { responseUrl: h.api.responseUrl() }));
    const [identity] = await h.db
      .select()
      .from(channelIdentities)
      .where(eq(channelIdentities.employeeId, me.id));
    expect(identity!.unreachableAt).not.toBeNull();
    expect((await h.db.select().from(outboundMessages)).map((r) => r.status)).toEqual(['unreachable']);
  });

  it('delivers a scheduled reminder to a person whose chat is Slack, with working buttons', async () => {
    await seedPerson();
    await h.send(slashCommand('/checkin', 'chat', { responseUrl: h.api.responseUrl() }));
    await h.send(press(h.api, 'later'));
    const deps = {
      ...h.platform,
      db: h.db,
      handlers: [checkinSnoozeJob],
      logger: pino({ level: 'silent' }),
      defaultLocale: 'id' as const,
      worker: 'test',
    };
    const before = h.api.callsOf('chat.postMessage').length;
    expect(await runDueJobs(deps, new Date('2026-03-04T04:00:30Z'), 10_000)).toMatchObject({
      claimed: 1,
      done: 1,
    });
    await h.platform.outbound.settled();
    const reminder = h.api.callsOf('chat.postMessage').slice(before);
    expect(reminder).toHaveLength(1);
    expect(reminder[0]).toMatchObject({ channel: TEST_SLACK_USER });
    expect(String(reminder[0]!.text)).toContain('Pengingat');
    h.clock.set('2026-03-04T04:01:00Z');
    await h.send(press(h.api, 'go'));
    expect(lastDmText(h.api)).toContain('Indikator 1 dari 3');
  });

  it("uploads a reply's attachments with files.uploadV2 into the DM", async () => {
    const me = await seedPerson();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const rows = await transaction(h.db, async (tx) => {
      await h.platform.notifier.notify(tx, me.id, {
        prompts: [{ key: 'checkin-reminder', expects: 'none' }],
        open: false,
        attachments: [
          {
            kind: 'photo',
            fileName: 'rekap.png',
            base64: png,
            caption: { key: 'rekap-chart-axis', expects: 'none' },
          },
        ],
      });
      return takeNotified(tx);
    });
    await h.platform.outbound.deliver(rows);
    await h.platform.outbound.settled();
    const methods = h.api.calls.map((c) => c.method).filter((m) => m !== 'auth.test');
    expect(methods).toEqual([
      'chat.postMessage',
      'conversations.open',
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
    ]);
    expect(h.api.callsOf('upload')[0]!.bytes).toBeGreaterThanOrEqual(16); // the PNG, in a multipart body
    expect(h.api.callsOf('files.completeUploadExternal')[0]).toMatchObject({
      channel_id: 'D0SARI',
      initial_comment: 'Capaian (%)',
    });
  });
});

describe('classifySlackError', () => {
  it('sorts Web API and response_url failures into what the queue does', () => {
    const platform = (error: string) => new webApi.WebAPIPlatformError({ ok: false, error } as never);
    expect(classifySlackError('post', new webApi.WebAPIRateLimitedError(7))).toEqual({
      status: 'retry-after',
      ms: 7000,
    });
    expect(classifySlackError('post', platform('channel_not_found'))).toMatchObject({
      status: 'unreachable',
    });
    expect(classifySlackError('post', platform('invalid_auth'))).toMatchObject({
      status: 'failed',
      permanent: false,
    });
    expect(classifySlackError('post', platform('invalid_blocks'))).toMatchObject({
      status: 'failed',
      permanent: true,
    });
    expect(classifySlackError('respond', new ResponseUrlError(404, 'expired_url'))).toMatchObject({
      status: 'dropped',
    });
    expect(classifySlackError('respond', new ResponseUrlError(429, '', 3))).toEqual({
      status: 'retry-after',
      ms: 3000,
    });
    expect(classifySlackError('post', new Error('boom'))).toMatchObject({
      status: 'failed',
      permanent: false,
    });
  });
});
