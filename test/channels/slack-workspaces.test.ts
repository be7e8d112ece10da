/**
 * Issue 12: one dika serving several Slack workspaces (an agency's own and a partner's), each
 * with its own bot token in SLACK_BOT_TOKEN. Every request is answered, and every message to a
 * person sent, with the token of the workspace they are in.
 */
import { asc } from 'drizzle-orm';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp } from '../../src/channels/slack/app.js';
import { ConfigError } from '../../src/config.js';
import { takeNotified } from '../../src/services/outbound/notifier.js';
import { channelIdentities, conversations, outboundMessages } from '../../src/storage/schema.js';
import { transaction } from '../../src/storage/transaction.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { eventCallback, slashCommand, TEST_BOT_TOKEN, TEST_SLACK_USER } from '../support/slack-requests.js';
import { seedEmployee } from '../support/telegram-harness.js';

const AGENCY = { token: TEST_BOT_TOKEN, team: 'T0DIKA' };
const PARTNER = { token: 'xoxb-4444444444-5555555555-PartnerTokenForDika', team: 'T0MITRA' };

const h = useSlackHarness({ workspaces: [AGENCY, PARTNER] });

const checkinChat = (team: string) =>
  slashCommand('/checkin', 'chat', { team, responseUrl: h.api.responseUrl() });
const tokensOf = (method: string) => h.api.calls.filter((c) => c.method === method).map((c) => c.token);
const outboundRows = () => h.db.select().from(outboundMessages).orderBy(asc(outboundMessages.id));

async function seedLinked(name: string, team: string, user = TEST_SLACK_USER) {
  const person = await seedEmployee(h.db, { name, timeZone: 'Asia/Makassar' });
  await linkSlack(h.db, person.id, user, team);
  // KR codes are unique across people.
  const krs = THREE_KRS.map((kr) => ({ ...kr, code: `${kr.code}-${person.id}` }));
  await seedKeyResults(h.db, person.id, krs);
  return person;
}

describe('several Slack workspaces on one dika', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z');
  });

  it("answers a partner's /checkin chat with the partner's token, its rows sent by the partner", async () => {
    const dewi = await seedLinked('Dewi Lestari', PARTNER.team);
    await h.send(checkinChat(PARTNER.team));
    const posts = h.api.callsOf('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain('Dewi');
    expect(tokensOf('chat.postMessage')).toEqual([PARTNER.token]);
    expect(h.api.callsWith(AGENCY.token)).toEqual([]);
    const rows = await outboundRows();
    expect(rows.map((r) => [r.channel, r.sender, r.employeeId, r.status])).toEqual([
      ['slack', PARTNER.team, dewi.id, 'sent'],
    ]);
  });

  it("sends a notifier message to a partner-linked person with the partner's token", async () => {
    const dewi = await seedLinked('Dewi Lestari', PARTNER.team);
    const sari = await seedLinked('Sari Wulandari', AGENCY.team, 'U0SARI2');
    const rows = await transaction(h.db, async (tx) => {
      for (const to of [dewi.id, sari.id])
        await h.platform.notifier.notify(tx, to, {
          prompts: [{ key: 'checkin-reminder', expects: 'none' }],
          open: false,
        });
      return takeNotified(tx);
    });
    expect(rows.map((r) => [r.employeeId, r.sender])).toEqual([
      [dewi.id, PARTNER.team],
      [sari.id, AGENCY.team],
    ]);
    await h.platform.outbound.deliver(rows);
    await h.platform.outbound.settled();
    const posts = h.api.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => [c.body.channel, c.token])).toEqual([
      [TEST_SLACK_USER, PARTNER.token],
      ['U0SARI2', AGENCY.token],
    ]);
  });

  it("publishes a partner person's App Home with the partner's token", async () => {
    await seedLinked('Dewi Lestari', PARTNER.team);
    await h.send(
      eventCallback(
        { type: 'app_home_opened', user: TEST_SLACK_USER, channel: 'D0SARI', tab: 'home' },
        { team: PARTNER.team },
      ),
    );
    expect(tokensOf('views.publish')).toEqual([PARTNER.token]);
  });

  it("links a partner's stranger by email through the partner's token, in the partner's workspace", async () => {
    const dewi = await seedEmployee(h.db, { name: 'Dewi Lestari', email: 'dewi@mitra.go.id' });
    h.api.users.set(TEST_SLACK_USER, { email: 'dewi@mitra.go.id' });
    await h.send(slashCommand('/cuti', '', { team: PARTNER.team, responseUrl: h.api.responseUrl() }));
    expect(tokensOf('users.info')).toEqual([PARTNER.token]);
    const identities = await h.db.select().from(channelIdentities);
    expect(identities.map((i) => [i.employeeId, i.workspace, i.externalUserId])).toEqual([
      [dewi.id, PARTNER.team, TEST_SLACK_USER],
    ]);
  });

  it('refuses a request from a workspace it has no token for, with no effect', async () => {
    await seedLinked('Dewi Lestari', 'T0ASING');
    const answer = await h.send(checkinChat('T0ASING'), { allowErrors: true });
    expect(answer.status).toBe(200);
    expect(h.api.calls).toEqual([]);
    expect(await outboundRows()).toEqual([]);
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(h.errors).toEqual([]);
    const refused = h.logs.find(
      (l) => l.msg === 'Slack request from a workspace without a bot token refused',
    );
    expect(String(refused?.reason)).toContain('T0ASING');
  });

  it('stops at start when two tokens belong to one workspace, naming the variable, never a token', async () => {
    const twin = 'xoxb-6666666666-7777777777-SecondAgencyToken';
    const base = { logger: pino({ level: 'silent' }) } as unknown as Parameters<typeof createSlackApp>[0];
    const receiver = { init: () => {}, start: async () => {}, stop: async () => {} };
    const started = createSlackApp(base, { tokens: [AGENCY.token, twin], receiver, apiUrl: h.api.apiUrl });
    const error = await started.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([
      'SLACK_BOT_TOKEN: two tokens belong to Slack workspace T0DIKA; list each once',
    ]);
    expect(String((error as Error).message)).not.toContain('xoxb-');
  });

  it('keeps the same user id in two workspaces as two people, each answered by their own bot', async () => {
    const sari = await seedLinked('Sari Wulandari', AGENCY.team);
    const dewi = await seedLinked('Dewi Lestari', PARTNER.team);
    await h.send(checkinChat(AGENCY.team));
    await h.send(checkinChat(PARTNER.team));
    const posts = h.api.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => [c.token, /Sari|Dewi/.exec(String(c.body.text))?.[0]])).toEqual([
      [AGENCY.token, 'Sari'],
      [PARTNER.token, 'Dewi'],
    ]);
    const rows = await outboundRows();
    expect(rows.map((r) => [r.employeeId, r.sender, r.address])).toEqual([
      [sari.id, AGENCY.team, TEST_SLACK_USER],
      [dewi.id, PARTNER.team, TEST_SLACK_USER],
    ]);
  });
});
