import { describe, expect, it } from 'vitest';
import { createLinkCode } from '../../src/accounts/link-codes.js';
import { Translator } from '../../src/i18n/translator.js';
import { auditLog, channelIdentities, conversations } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { linkSlack, useSlackHarness } from '../support/slack-harness.js';
import { dmMessage, eventCallback, slashCommand, TEST_SLACK_USER } from '../support/slack-requests.js';
import { linkTelegram, seedEmployee, TEST_SECRET } from '../support/telegram-harness.js';

const h = useSlackHarness();
const translator = new Translator('id');
const t = (key: string, args?: Record<string, string | number>) => translator.t('id', key, args);
const identities = () => h.db.select().from(channelIdentities);
const command = (name: string, text = '', user = TEST_SLACK_USER) =>
  slashCommand(name, text, { user, responseUrl: h.api.responseUrl() });
const texts = () => h.responses().map((r) => String(r.text));

describe('linking a Slack account', () => {
  it('links a stranger by the email of their Slack profile (any case), then runs their command', async () => {
    h.clock.set('2026-03-04T02:00:00Z');
    const sari = await seedEmployee(h.db, { name: 'Sari Wulandari', email: 'Sari.Wulandari@Example.go.id' });
    await seedKeyResults(h.db, sari.id, THREE_KRS);
    h.api.users.set(TEST_SLACK_USER, { email: 'sari.wulandari@example.GO.id' });

    await h.send(command('/checkin', 'chat'));

    expect(h.api.callsOf('users.info')).toEqual([{ user: TEST_SLACK_USER }]);
    expect(await identities()).toMatchObject([
      {
        employeeId: sari.id,
        platform: 'slack',
        workspace: 'T0DIKA',
        externalUserId: TEST_SLACK_USER,
        chatId: TEST_SLACK_USER,
      },
    ]);
    const [audit] = await h.db.select().from(auditLog);
    expect(audit).toMatchObject({ action: 'account.link', after: { method: 'email', platform: 'slack' } });
    expect(texts()[0]).toBe(t('slack-linked-by-email', { name: 'Sari Wulandari' }));
    // The /checkin that linked them opened the check-in in their DM.
    expect(await h.db.select().from(conversations)).toMatchObject([
      { employeeId: sari.id, kind: 'checkin', channel: 'slack' },
    ]);
    expect(String(h.api.callsOf('chat.postMessage')[0]!.text)).toContain('Laporan progres pekan');
  });

  it('tells a stranger without a matching email how to link, and shows no data', async () => {
    await seedEmployee(h.db, { email: 'budi@example.go.id' });
    h.api.users.set(TEST_SLACK_USER, { email: 'orang.lain@contoh.com' });
    await h.send(command('/rekap'));
    await h.send(eventCallback(dmMessage('65')));

    expect(await identities()).toEqual([]);
    expect(texts()).toEqual([t('slack-link-instructions')]);
    // The DM (no response_url) gets the same explanation, nothing else.
    expect(h.api.callsOf('chat.postMessage').map((b) => b.text)).toEqual([t('slack-link-instructions')]);
  });

  it('does not link by an email two active employees share', async () => {
    await seedEmployee(h.db, { email: 'layanan@example.go.id' });
    await seedEmployee(h.db, { email: 'LAYANAN@example.go.id' });
    h.api.users.set(TEST_SLACK_USER, { email: 'layanan@example.go.id' });
    await h.send(command('/checkin'));
    expect(await identities()).toEqual([]);
    expect(texts()).toEqual([t('slack-link-instructions')]);
  });

  it('links with /dika link <code>, the same single-use code as Telegram', async () => {
    const sari = await seedEmployee(h.db, { name: 'Sari Wulandari' });
    const { code } = await createLinkCode(h.db, {
      employeeId: sari.id,
      secret: TEST_SECRET,
      now: h.clock.now(),
    });
    await h.send(command('/dika', `link ${code}`));
    expect(texts()).toEqual([t('slack-linked', { name: 'Sari Wulandari' })]);
    expect(h.api.callsOf('users.info')).toEqual([]); // a code needs no profile lookup
    expect(await identities()).toMatchObject([
      { employeeId: sari.id, platform: 'slack', workspace: 'T0DIKA' },
    ]);

    // Used up: another account cannot take it.
    await h.send(command('/dika', `link ${code}`, 'U0BUDI'));
    expect(texts().at(-1)).toBe(t('link-code-invalid'));
    expect(await identities()).toHaveLength(1);
  });

  it('keeps a Telegram link when the same person links Slack', async () => {
    const sari = await seedEmployee(h.db);
    await linkTelegram(h.db, sari.id);
    const { code } = await createLinkCode(h.db, {
      employeeId: sari.id,
      secret: TEST_SECRET,
      now: h.clock.now(),
    });
    await h.send(command('/dika', `link ${code}`));
    expect((await identities()).map((i) => i.platform).sort()).toEqual(['slack', 'telegram']);
  });

  it('counts wrong codes per Slack account: the sixth within 15 minutes is refused unread', async () => {
    const sari = await seedEmployee(h.db);
    for (let i = 0; i < 5; i++) await h.send(command('/dika', `link salah${i}`));
    const { code } = await createLinkCode(h.db, {
      employeeId: sari.id,
      secret: TEST_SECRET,
      now: h.clock.now(),
    });
    await h.send(command('/dika', `link ${code}`));
    expect(texts().slice(0, 5)).toEqual(Array(5).fill(t('link-code-invalid')));
    expect(texts()[5]).toBe(t('link-code-too-many', { minutes: 15 }));
    expect(await identities()).toEqual([]);
  });

  it('answers /dika help to strangers without looking them up', async () => {
    await h.send(command('/dika', 'help'));
    expect(texts()).toEqual([`${t('slack-help')}\n\n${t('slack-help-not-linked')}`]);
    expect(h.api.callsOf('users.info')).toEqual([]);
  });

  it('keys identities by team and user: the same user id in another workspace is a stranger', async () => {
    const sari = await seedEmployee(h.db);
    await linkSlack(h.db, sari.id, TEST_SLACK_USER, 'T0MITRA');
    await h.send(slashCommand('/cuti', '', { responseUrl: h.api.responseUrl() }));
    expect(texts()).toEqual([t('slack-link-instructions')]);
    // The same user id from the workspace it was linked in is that employee.
    await h.send(slashCommand('/cuti', '', { team: 'T0MITRA', responseUrl: h.api.responseUrl() }));
    expect(texts()[1]).toContain(t('leave-usage'));
  });
});
