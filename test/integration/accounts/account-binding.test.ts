/**
 * What linking leaves behind (src/accounts): the audit entry's fields, which accounts a new link
 * replaces (only this platform and workspace), the attempt window's exact edges, the default
 * lifetime of a code, and linking by a verified email (each reason it links no one). Written
 * against mutants `npm run mutate` left alive in src/accounts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { bindIdentity, type ChatIdentity } from '../../../src/accounts/bind-identity.js';
import { linkByEmail } from '../../../src/accounts/link-by-email.js';
import { linkByPhone } from '../../../src/accounts/link-by-phone.js';
import {
  clearLinkCodeAttempts,
  LINK_CODE_ATTEMPT_LIMIT,
  LINK_CODE_ATTEMPT_WINDOW_MS,
  takeLinkCodeAttempt,
} from '../../../src/accounts/link-code-attempts.js';
import { createLinkCode, redeemLinkCode } from '../../../src/accounts/link-codes.js';
import { auditLog, channelIdentities, linkCodeAttempts, linkCodes } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { seedEmployee } from '../../support/telegram-harness.js';

const t = useTestDatabase();
const secret = 'binding-secret-0123456789';
const now = new Date('2026-03-02T02:00:00Z');
const telegram = (userId: number): ChatIdentity => ({
  platform: 'telegram',
  workspace: '',
  externalUserId: String(userId),
  chatId: String(userId),
});
const slack = (userId: string, workspace = 'T1'): ChatIdentity => ({
  platform: 'slack',
  workspace,
  externalUserId: userId,
  chatId: `D${userId}`,
});
const bind = (employeeId: number, identity: ChatIdentity, method: 'link-code' | 'phone' = 'link-code') =>
  t.db.transaction((tx) => bindIdentity(tx, { employeeId, identity, method, now }));
const accounts = () =>
  t.db
    .select({
      employeeId: channelIdentities.employeeId,
      platform: channelIdentities.platform,
      workspace: channelIdentities.workspace,
      externalUserId: channelIdentities.externalUserId,
      chatId: channelIdentities.chatId,
    })
    .from(channelIdentities)
    .orderBy(channelIdentities.platform, channelIdentities.workspace, channelIdentities.externalUserId);

beforeEach(() => truncateAll(t.db));

describe('bindIdentity', () => {
  it('records who linked what, how, and that nothing was replaced', async () => {
    const sari = await seedEmployee(t.db);
    await bind(sari.id, slack('U7', 'T9'), 'phone');
    expect(await accounts()).toEqual([
      { employeeId: sari.id, platform: 'slack', workspace: 'T9', externalUserId: 'U7', chatId: 'DU7' },
    ]);
    const [linked] = await t.db.select().from(channelIdentities);
    expect(linked!.linkedAt).toEqual(now);
    expect(await t.db.select().from(auditLog)).toMatchObject([
      {
        at: now,
        actor: 'slack:U7',
        action: 'account.link',
        entity: 'employee',
        entityKey: String(sari.id),
        before: null,
        after: { platform: 'slack', workspace: 'T9', externalUserId: 'U7', method: 'phone' },
      },
    ]);
  });

  it('replaces only this platform’s and workspace’s accounts', async () => {
    const sari = await seedEmployee(t.db);
    const budi = await seedEmployee(t.db);
    await bind(sari.id, telegram(111));
    await bind(sari.id, slack('U1', 'T1'));
    await bind(sari.id, slack('U1', 'T2'));
    await bind(budi.id, slack('U2', 'T1'));
    // Sari's new Telegram account replaces her old one; her Slack accounts and Budi's stay.
    await bind(sari.id, telegram(333));
    // The same Slack user id in another workspace is another person's account.
    await bind(budi.id, slack('U1', 'T3'));
    expect(await accounts()).toEqual([
      { employeeId: sari.id, platform: 'slack', workspace: 'T1', externalUserId: 'U1', chatId: 'DU1' },
      { employeeId: budi.id, platform: 'slack', workspace: 'T1', externalUserId: 'U2', chatId: 'DU2' },
      { employeeId: sari.id, platform: 'slack', workspace: 'T2', externalUserId: 'U1', chatId: 'DU1' },
      { employeeId: budi.id, platform: 'slack', workspace: 'T3', externalUserId: 'U1', chatId: 'DU1' },
      { employeeId: sari.id, platform: 'telegram', workspace: '', externalUserId: '333', chatId: '333' },
    ]);
    const entries = await t.db.select().from(auditLog).orderBy(auditLog.id);
    expect(entries[4]!.before).toEqual({ identities: [{ employeeId: sari.id, externalUserId: '111' }] });
    expect(entries[5]!.before).toBeNull();
  });
});

describe('linkByPhone', () => {
  it('does not count a former employee with the same number, and says how it linked', async () => {
    await seedEmployee(t.db, { phone: '6281234567890', active: false });
    const sari = await seedEmployee(t.db, { phone: '6281234567890' });
    const result = await t.db.transaction((tx) =>
      linkByPhone(tx, { phone: '0812 3456 7890', now, identity: telegram(111) }),
    );
    expect(result).toMatchObject({ ok: true, employee: { id: sari.id } });
    expect(await accounts()).toMatchObject([{ employeeId: sari.id, externalUserId: '111' }]);
    expect(await t.db.select().from(auditLog)).toMatchObject([{ after: { method: 'phone' } }]);
  });

  it('finds nobody for a number only a former employee had', async () => {
    await seedEmployee(t.db, { phone: '6281234567890', active: false });
    const result = await t.db.transaction((tx) =>
      linkByPhone(tx, { phone: '081234567890', now, identity: telegram(111) }),
    );
    expect(result).toEqual({ ok: false, reason: 'no-match' });
    expect(await accounts()).toEqual([]);
  });
});

describe('link-code attempts', () => {
  const take = (account: ChatIdentity, at: Date) =>
    t.db.transaction((tx) => takeLinkCodeAttempt(tx, account, at));

  it('allow exactly the limit within a window, and start again when the window ends', async () => {
    const account = telegram(111);
    for (let i = 1; i <= LINK_CODE_ATTEMPT_LIMIT; i++) {
      expect(await take(account, new Date(now.getTime() + i * 1000)), `attempt ${i}`).toEqual({
        allowed: true,
      });
    }
    const windowEnd = new Date(now.getTime() + 1000 + LINK_CODE_ATTEMPT_WINDOW_MS);
    expect(await take(account, new Date(windowEnd.getTime() - 1))).toEqual({
      allowed: false,
      retryAt: windowEnd,
    });
    // The window starts with the first attempt and lasts exactly LINK_CODE_ATTEMPT_WINDOW_MS.
    expect(await take(account, windowEnd)).toEqual({ allowed: true });
    expect(await t.db.select().from(linkCodeAttempts)).toMatchObject([
      { externalUserId: '111', attempts: 1, windowStartedAt: windowEnd },
    ]);
  });

  it('are cleared for the one account only', async () => {
    await take(telegram(111), now);
    await take(telegram(222), now);
    await take(slack('111', 'T1'), now);
    await take(slack('111', 'T2'), now);
    await t.db.transaction((tx) => clearLinkCodeAttempts(tx, slack('111', 'T1')));
    const left = await t.db
      .select({
        platform: linkCodeAttempts.platform,
        workspace: linkCodeAttempts.workspace,
        user: linkCodeAttempts.externalUserId,
      })
      .from(linkCodeAttempts)
      .orderBy(linkCodeAttempts.platform, linkCodeAttempts.workspace, linkCodeAttempts.externalUserId);
    expect(left).toEqual([
      { platform: 'slack', workspace: 'T2', user: '111' },
      { platform: 'telegram', workspace: '', user: '111' },
      { platform: 'telegram', workspace: '', user: '222' },
    ]);
  });
});

describe('link codes', () => {
  it('last a week by default, and a used code is still refused after the attempts were cleared', async () => {
    const sari = await seedEmployee(t.db);
    const { code, expiresAt } = await createLinkCode(t.db, { employeeId: sari.id, secret, now });
    expect(expiresAt).toEqual(new Date('2026-03-09T02:00:00Z'));
    const [row] = await t.db.select().from(linkCodes);
    expect(row).toMatchObject({ employeeId: sari.id, expiresAt, createdAt: now, usedAt: null });
    const redeem = (userId: number, at: Date) =>
      t.db.transaction((tx) => redeemLinkCode(tx, { code, secret, now: at, identity: telegram(userId) }));
    // One millisecond before the end it still works.
    expect(await redeem(111, new Date(expiresAt.getTime() - 1))).toMatchObject({ ok: true });
    // The successful link cleared the account's failed attempts.
    expect(await t.db.select().from(linkCodeAttempts)).toEqual([]);
    expect(await redeem(111, now)).toEqual({ ok: false, reason: 'invalid', detail: 'used' });
  });

  it('say "used" for a used code even after it expired, and record that a code linked', async () => {
    const sari = await seedEmployee(t.db);
    const { code, expiresAt } = await createLinkCode(t.db, { employeeId: sari.id, secret, now, ttlHours: 1 });
    const redeem = (userId: number, at: Date) =>
      t.db.transaction((tx) => redeemLinkCode(tx, { code, secret, now: at, identity: telegram(userId) }));
    expect(await redeem(111, now)).toMatchObject({ ok: true });
    expect(await t.db.select().from(auditLog)).toMatchObject([{ after: { method: 'link-code' } }]);
    expect(await redeem(222, expiresAt)).toEqual({ ok: false, reason: 'invalid', detail: 'used' });
  });

  it('refuse a code that is not a start parameter without looking it up', async () => {
    const result = await t.db.transaction((tx) =>
      redeemLinkCode(tx, { code: 'a b', secret, now, identity: telegram(111) }),
    );
    expect(result).toEqual({ ok: false, reason: 'invalid', detail: 'unknown' });
    expect(
      await t.db.transaction((tx) =>
        redeemLinkCode(tx, { code: 'x'.repeat(65), secret, now, identity: telegram(111) }),
      ),
    ).toEqual({ ok: false, reason: 'invalid', detail: 'unknown' });
  });
});

describe('linkByEmail', () => {
  const link = (email: string, userId = 'U1') =>
    t.db.transaction((tx) => linkByEmail(tx, { email, now, identity: slack(userId) }));

  it('links the one active employee with that address, whatever its case and spaces', async () => {
    const sari = await seedEmployee(t.db, { email: 'Sari.Wulandari@Example.go.id' });
    const result = await link('  sari.wulandari@EXAMPLE.go.id ');
    expect(result).toMatchObject({ ok: true, employee: { id: sari.id } });
    expect(await accounts()).toMatchObject([{ employeeId: sari.id, externalUserId: 'U1' }]);
  });

  it('says why it links no one: not an address, nobody active with it, or more than one', async () => {
    await seedEmployee(t.db, { email: 'tim@example.go.id' });
    await seedEmployee(t.db, { email: 'TIM@example.go.id' });
    await seedEmployee(t.db, { email: 'pensiun@example.go.id', active: false });
    expect(await link('bukan alamat')).toEqual({ ok: false, reason: 'invalid' });
    expect(await link('a b@example.go.id')).toEqual({ ok: false, reason: 'invalid' });
    expect(await link('')).toEqual({ ok: false, reason: 'invalid' });
    expect(await link('siapa@example.go.id')).toEqual({ ok: false, reason: 'no-match' });
    expect(await link('pensiun@example.go.id')).toEqual({ ok: false, reason: 'no-match' });
    expect(await link('tim@example.go.id')).toEqual({ ok: false, reason: 'ambiguous' });
    expect(await accounts()).toEqual([]);
  });
});
