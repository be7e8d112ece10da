import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkByPhone } from '../../src/accounts/link-by-phone.js';
import { createLinkCode, hashLinkCode, redeemLinkCode } from '../../src/accounts/link-codes.js';
import { normalizePhone } from '../../src/accounts/phone.js';
import { linkCodeCommand, linkCodesCommand } from '../../src/cli/commands/link-code.js';
import type { CliContext } from '../../src/cli/context.js';
import { loadConfig } from '../../src/config.js';
import { Translator } from '../../src/i18n/translator.js';
import type { Database } from '../../src/storage/database.js';
import { auditLog, channelIdentities, linkCodeAttempts, linkCodes } from '../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { onPostgres, openPools } from '../support/pools.js';
import { linkTelegram, seedEmployee, seedUnitPath } from '../support/telegram-harness.js';
import { startBotApiStandIn } from '../support/telegram-stand-in.js';

const t = useTestDatabase();
const secret = 'integration-secret-0123456789';
const now = new Date('2026-03-02T02:00:00Z');
const identity = (userId: number) => ({
  platform: 'telegram' as const,
  workspace: '',
  externalUserId: String(userId),
  chatId: String(userId),
});
const redeem = (code: string, userId = 111, at = now) =>
  t.db.transaction((tx) => redeemLinkCode(tx, { code, secret, now: at, identity: identity(userId) }));
const identities = () => t.db.select().from(channelIdentities).orderBy(channelIdentities.employeeId);

let pools: Database[] = [];
beforeEach(() => truncateAll(t.db));
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

describe('link codes', () => {
  it('are random base64url, fit a Telegram start parameter, and only their keyed hash is stored', async () => {
    const sari = await seedEmployee(t.db);
    const { code, expiresAt } = await createLinkCode(t.db, { employeeId: sari.id, secret, now });
    expect(code).toMatch(/^[A-Za-z0-9_-]{16,24}$/);
    expect(expiresAt.getTime() - now.getTime()).toBe(168 * 3_600_000);
    const rows = await t.db.select().from(linkCodes);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.codeHash).toBe(hashLinkCode(secret, code));
    expect(JSON.stringify(rows)).not.toContain(code);
    const other = await createLinkCode(t.db, { employeeId: sari.id, secret, now });
    expect(other.code).not.toBe(code);
  });

  it('work once, bind the account and write the audit log', async () => {
    const sari = await seedEmployee(t.db, { name: 'Sari' });
    const { code } = await createLinkCode(t.db, { employeeId: sari.id, secret, now });
    expect(await redeem(code)).toMatchObject({ ok: true, employee: { id: sari.id, name: 'Sari' } });
    expect(await redeem(code, 222)).toEqual({ ok: false, reason: 'invalid', detail: 'used' });
    expect((await t.db.select().from(linkCodes))[0]!.usedAt).toEqual(now);
    expect(await identities()).toMatchObject([{ employeeId: sari.id, externalUserId: '111' }]);
    expect(await t.db.select().from(auditLog)).toMatchObject([
      { action: 'account.link', actor: 'telegram:111' },
    ]);
  });

  it('expire after their time, and are unknown with another secret or for a former employee', async () => {
    const sari = await seedEmployee(t.db);
    const { code, expiresAt } = await createLinkCode(t.db, { employeeId: sari.id, secret, now, ttlHours: 1 });
    expect(await redeem(code, 111, expiresAt)).toEqual({ ok: false, reason: 'invalid', detail: 'expired' });
    expect(
      await t.db.transaction((tx) =>
        redeemLinkCode(tx, { code, secret: 'another-secret-0123456789', now, identity: identity(111) }),
      ),
    ).toEqual({ ok: false, reason: 'invalid', detail: 'unknown' });
    const former = await seedEmployee(t.db, { active: false });
    const old = await createLinkCode(t.db, { employeeId: former.id, secret, now });
    expect(await redeem(old.code)).toEqual({ ok: false, reason: 'invalid', detail: 'unknown' });
    expect(await identities()).toEqual([]);
  });

  it('rebind: a new phone replaces the old account, a shared account moves to its new owner', async () => {
    const sari = await seedEmployee(t.db);
    const budi = await seedEmployee(t.db);
    await linkTelegram(t.db, sari.id, 111);
    await linkTelegram(t.db, budi.id, 222);
    const { code } = await createLinkCode(t.db, { employeeId: sari.id, secret, now });
    expect(await redeem(code, 222)).toMatchObject({ ok: true });
    expect(await identities()).toMatchObject([{ employeeId: sari.id, externalUserId: '222' }]);
    const [audit] = await t.db.select().from(auditLog);
    expect(audit!.before).toEqual({
      identities: expect.arrayContaining([
        { employeeId: sari.id, externalUserId: '111' },
        { employeeId: budi.id, externalUserId: '222' },
      ]),
    });
  });
});

describe('link-code attempts', () => {
  const UNKNOWN = 'AAAAAAAAAAAAAAAAAAAAAA';

  it('allow 5 failed attempts per account in 15 minutes, then refuse even a valid code unchecked', async () => {
    const sari = await seedEmployee(t.db);
    const { code } = await createLinkCode(t.db, { employeeId: sari.id, secret, now });
    for (let i = 0; i < 5; i++) {
      expect(await redeem(i === 4 ? '../x' : UNKNOWN, 111)).toMatchObject({ ok: false, reason: 'invalid' });
    }
    const retryAt = new Date(now.getTime() + 15 * 60_000);
    expect(await redeem(code, 111)).toEqual({ ok: false, reason: 'throttled', retryAt });
    expect(await redeem(code, 111, new Date(retryAt.getTime() - 1))).toMatchObject({ reason: 'throttled' });
    expect((await t.db.select().from(linkCodes))[0]!.usedAt).toBeNull();
    expect(await identities()).toEqual([]);
    // Another account has its own count.
    expect(await redeem(UNKNOWN, 222)).toMatchObject({ reason: 'invalid' });
    // The window has passed: the valid code links, and the count starts again.
    expect(await redeem(code, 111, retryAt)).toMatchObject({ ok: true, employee: { id: sari.id } });
    expect(await t.db.select().from(linkCodeAttempts)).toMatchObject([
      { externalUserId: '222', attempts: 1 },
    ]);
  });

  it('count in the database, so another process (or a restart) continues the count', async () => {
    for (let i = 0; i < 3; i++) await redeem(UNKNOWN, 111);
    expect(await t.db.select().from(linkCodeAttempts)).toMatchObject([
      { platform: 'telegram', workspace: '', externalUserId: '111', attempts: 3, windowStartedAt: now },
    ]);
    expect(JSON.stringify(await t.db.select().from(linkCodeAttempts))).not.toContain(UNKNOWN);
  });

  it.skipIf(!onPostgres)('hold the limit when two replicas take one account’s attempts at once', async () => {
    pools = await openPools(t.db, 2, { max: 4 });
    const attempt = (pool: Database) =>
      pool.db.transaction((tx) =>
        redeemLinkCode(tx, { code: UNKNOWN, secret, now, identity: identity(111) }),
      );
    const results = await Promise.all(
      pools.flatMap((pool) => Array.from({ length: 8 }, () => attempt(pool))),
    );
    const checked = results.filter((r) => r.ok || r.reason !== 'throttled');
    expect(checked).toHaveLength(5);
    expect(checked).toMatchObject(Array(5).fill({ reason: 'invalid' }));
  });

  it.skipIf(!onPostgres)('let two replicas racing for one valid code redeem it once', async () => {
    pools = await openPools(t.db, 2);
    const sari = await seedEmployee(t.db);
    for (let round = 0; round < 10; round++) {
      const { code } = await createLinkCode(t.db, { employeeId: sari.id, secret, now });
      const results = await Promise.all(
        pools.map((pool, i) =>
          pool.db.transaction((tx) =>
            redeemLinkCode(tx, { code, secret, now, identity: identity(1000 + round * 2 + i) }),
          ),
        ),
      );
      expect(
        results.filter((r) => r.ok),
        `round ${round}`,
      ).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toMatchObject([{ reason: 'invalid', detail: 'used' }]);
    }
  });
});

describe('phones', () => {
  it('normalise to digits in 62… form', () => {
    expect(normalizePhone('0812-3456-7890')).toBe('6281234567890');
    expect(normalizePhone('+62 812 3456 7890')).toBe('6281234567890');
    expect(normalizePhone('6281234567890')).toBe('6281234567890');
    expect(normalizePhone('0062 812 3456 7890')).toBe('6281234567890');
    expect(normalizePhone('812-3456-7890')).toBe('6281234567890');
    expect(normalizePhone('12')).toBeUndefined();
  });

  it('link exactly one active employee', async () => {
    const sari = await seedEmployee(t.db, { phone: '6281234567890' });
    await seedEmployee(t.db, { phone: '6281111111111' });
    await seedEmployee(t.db, { phone: '6281111111111' });
    const link = (phone: string) =>
      t.db.transaction((tx) => linkByPhone(tx, { phone, now, identity: identity(111) }));
    expect(await link('081111111111')).toEqual({ ok: false, reason: 'ambiguous' });
    expect(await link('081299999999')).toEqual({ ok: false, reason: 'no-match' });
    expect(await link('abc')).toEqual({ ok: false, reason: 'invalid' });
    expect(await link('+62 812-3456-7890')).toMatchObject({ ok: true, employee: { id: sari.id } });
    expect(await identities()).toMatchObject([{ employeeId: sari.id, externalUserId: '111' }]);
  });
});

function cli(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    config: loadConfig({ DIKA_SECRET: secret, DIKA_TIMEZONE: 'WITA', ...env }),
    translator: new Translator('id'),
    locale: 'id',
    database: async () => t.database,
    actor: 'cli:hr-admin',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { ctx, out, err };
}

describe('CLI', () => {
  it('link-code prints a working deep link with its expiry, or explains what is missing', async () => {
    const sari = await seedEmployee(t.db, { nip: '199001012015031001', name: 'Sari' });
    const withName = cli({ TELEGRAM_BOT_USERNAME: '@dika_bot' });
    expect(await linkCodeCommand.run(['199001012015031001'], withName.ctx)).toBe(0);
    const code = /https:\/\/t\.me\/dika_bot\?start=([\w-]+)/.exec(withName.out[0]!)![1]!;
    expect(withName.out[0]).toMatch(/WITA/);
    expect(await redeem(code)).toMatchObject({ ok: true, employee: { id: sari.id } });

    const bare = cli();
    expect(await linkCodeCommand.run(['199001012015031001'], bare.ctx)).toBe(0);
    expect(bare.out[0]).toMatch(/\/start [\w-]{22}/);
    expect(bare.out[0]).not.toContain('https://');

    const api = await startBotApiStandIn();
    try {
      const viaGetMe = cli({
        TELEGRAM_BOT_TOKEN: '123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1',
        TELEGRAM_API_ROOT: api.url,
      });
      expect(await linkCodeCommand.run(['199001012015031001'], viaGetMe.ctx)).toBe(0);
      expect(viaGetMe.out[0]).toContain('https://t.me/dika_test_bot?start=');
      expect(api.callsOf('getMe')).toHaveLength(1);
    } finally {
      await api.close();
    }

    const unknown = cli();
    expect(await linkCodeCommand.run(['000'], unknown.ctx)).toBe(1);
    expect(unknown.err).toEqual([unknown.ctx.translator.t('id', 'link-cli-unknown-nip', { nip: '000' })]);
  });

  it('link-codes writes a CSV for a unit and its sub-units', async () => {
    const biro = await seedUnitPath(t.db, 'Deputi A/Biro SDM');
    const bagian = await seedUnitPath(t.db, 'Deputi A/Biro SDM/Bagian Mutasi');
    const lookalike = await seedUnitPath(t.db, 'Deputi A/Biro SDMX');
    await seedEmployee(t.db, { name: 'Wulandari, S.E.', unitId: biro });
    await seedEmployee(t.db, { name: 'Budi', unitId: bagian });
    await seedEmployee(t.db, { name: 'Pensiun', unitId: bagian, active: false });
    await seedEmployee(t.db, { name: 'Lain', unitId: lookalike });
    const dir = mkdtempSync(join(tmpdir(), 'dika-links-'));
    try {
      const file = join(dir, 'links.csv');
      const run = cli({ TELEGRAM_BOT_USERNAME: 'dika_bot' });
      expect(await linkCodesCommand.run(['--unit', 'Deputi A/Biro SDM', '--out', file], run.ctx)).toBe(0);
      expect(run.out).toEqual([run.ctx.translator.t('id', 'link-cli-written', { count: 2, file })]);
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('nip,nama,unit,link,berlaku_sampai');
      expect(lines[1]).toMatch(
        /^\d{18},"Wulandari, S\.E\.",Deputi A\/Biro SDM,https:\/\/t\.me\/dika_bot\?start=[\w-]{22},2026-\d\d-\d\d \d\d:\d\d WITA$/,
      );
      expect(lines[2]).toContain(',Budi,Deputi A/Biro SDM/Bagian Mutasi,');
      expect(lines).toHaveLength(3);
      expect(await linkCodesCommand.run(['--unit', 'Deputi Z', '--out', file], run.ctx)).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
