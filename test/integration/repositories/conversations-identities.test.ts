/**
 * Dialog rows and chat identities as the repositories read and write them
 * (src/storage/repositories/conversations.ts, identities.ts): which dialog text goes to, what a save
 * bumps, and which accounts lead to a person. Written against mutants `npm run mutate` left alive.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteConversation,
  lockConversation,
  lockLatestConversation,
  saveConversation,
} from '../../../src/storage/repositories/conversations.js';
import {
  findEmployeeById,
  findEmployeeByIdentity,
  findEmployeeByNip,
  reachableIdentities,
  updateEmployeePreferences,
} from '../../../src/storage/repositories/identities.js';
import { channelIdentities, conversations } from '../../../src/storage/schema.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';
import { seedEmployee } from '../../support/telegram-harness.js';

const t = useTestDatabase();
const now = new Date('2026-03-02T02:00:00Z');

beforeEach(() => truncateAll(t.db));

describe('conversations', () => {
  it('save creates, then replaces state and channel with the version bumped', async () => {
    const sari = await seedEmployee(t.db);
    await saveConversation(t.db, {
      employeeId: sari.id,
      kind: 'checkin',
      channel: 'telegram',
      state: { step: 1 },
    });
    expect(await lockConversation(t.db, sari.id, 'checkin')).toMatchObject({
      kind: 'checkin',
      channel: 'telegram',
      state: { step: 1 },
      version: 1,
    });
    await saveConversation(t.db, {
      employeeId: sari.id,
      kind: 'checkin',
      channel: 'slack',
      state: { step: 2 },
    });
    const stored = await lockConversation(t.db, sari.id, 'checkin');
    expect(stored).toEqual({
      id: expect.any(Number),
      kind: 'checkin',
      channel: 'slack',
      state: { step: 2 },
      version: 2,
    });
    expect(await lockConversation(t.db, sari.id, 'survey')).toBeUndefined();
  });

  it('give text to the dialog that asked last, of the kinds asked about, and only the person’s own', async () => {
    const sari = await seedEmployee(t.db);
    const budi = await seedEmployee(t.db);
    const save = (employeeId: number, kind: string) =>
      saveConversation(t.db, { employeeId, kind, channel: 'telegram', state: { kind } });
    await t.db.transaction(async (tx) => {
      // One transaction: clock_timestamp() still orders them.
      await saveConversation(tx, {
        employeeId: sari.id,
        kind: 'checkin',
        channel: 'telegram',
        state: { kind: 'checkin' },
      });
      await saveConversation(tx, {
        employeeId: sari.id,
        kind: 'survey',
        channel: 'telegram',
        state: { kind: 'survey' },
      });
    });
    await save(budi.id, 'feedback');
    expect((await lockLatestConversation(t.db, sari.id, ['checkin', 'survey']))?.kind).toBe('survey');
    expect((await lockLatestConversation(t.db, sari.id, ['checkin', 'feedback']))?.kind).toBe('checkin');
    expect(await lockLatestConversation(t.db, sari.id, [])).toBeUndefined();
    expect(await lockLatestConversation(t.db, sari.id, ['feedback'])).toBeUndefined();
    // Asking again moves the check-in to the front.
    await save(sari.id, 'checkin');
    expect((await lockLatestConversation(t.db, sari.id, ['checkin', 'survey']))?.kind).toBe('checkin');
    // Equal times go to the newer row.
    await t.db.update(conversations).set({ promptedAt: now }).where(eq(conversations.employeeId, sari.id));
    expect((await lockLatestConversation(t.db, sari.id, ['checkin', 'survey']))?.kind).toBe('survey');
  });

  it('delete says whether there was one, and removes only that kind of that person', async () => {
    const sari = await seedEmployee(t.db);
    const budi = await seedEmployee(t.db);
    for (const [employeeId, kind] of [
      [sari.id, 'checkin'],
      [sari.id, 'survey'],
      [budi.id, 'checkin'],
    ] as const) {
      await saveConversation(t.db, { employeeId, kind, channel: 'telegram', state: {} });
    }
    expect(await deleteConversation(t.db, sari.id, 'checkin')).toBe(true);
    expect(await deleteConversation(t.db, sari.id, 'checkin')).toBe(false);
    const left = await t.db
      .select({ e: conversations.employeeId, k: conversations.kind })
      .from(conversations);
    expect(left).toEqual(
      expect.arrayContaining([
        { e: sari.id, k: 'survey' },
        { e: budi.id, k: 'checkin' },
      ]),
    );
    expect(left).toHaveLength(2);
  });
});

describe('identities', () => {
  it('find the active employee behind an account on that platform and workspace only', async () => {
    const sari = await seedEmployee(t.db);
    const former = await seedEmployee(t.db, { active: false });
    await t.db.insert(channelIdentities).values([
      { employeeId: sari.id, platform: 'slack', workspace: 'T1', externalUserId: 'U1', chatId: 'D1' },
      { employeeId: former.id, platform: 'telegram', externalUserId: '9', chatId: '9' },
    ]);
    const find = (platform: 'telegram' | 'slack', workspace: string, externalUserId: string) =>
      findEmployeeByIdentity(t.db, { platform, workspace, externalUserId });
    expect(await find('slack', 'T1', 'U1')).toMatchObject({ id: sari.id });
    expect(await find('slack', 'T2', 'U1')).toBeUndefined();
    expect(await find('telegram', 'T1', 'U1')).toBeUndefined();
    expect(await find('slack', 'T1', 'U2')).toBeUndefined();
    expect(await find('telegram', '', '9')).toBeUndefined();
  });

  it('find by NIP and id, and update preferences with the time of the change', async () => {
    const sari = await seedEmployee(t.db, { nip: '199001012015031001' });
    await seedEmployee(t.db);
    expect(await findEmployeeByNip(t.db, '199001012015031001')).toMatchObject({ id: sari.id });
    expect(await findEmployeeByNip(t.db, '199001012015031999')).toBeUndefined();
    expect(await findEmployeeById(t.db, sari.id)).toMatchObject({ nip: '199001012015031001' });
    const updated = await updateEmployeePreferences(
      t.db,
      sari.id,
      { locale: 'en', timeZone: 'Asia/Jayapura' },
      now,
    );
    expect(updated).toMatchObject({ id: sari.id, locale: 'en', timeZone: 'Asia/Jayapura', updatedAt: now });
    expect(await updateEmployeePreferences(t.db, sari.id + 100, { locale: 'en' }, now)).toBeUndefined();
  });

  it('reach a person on their newest link first, never on a refused chat or another person’s', async () => {
    const sari = await seedEmployee(t.db, { locale: 'en', timeZone: 'Asia/Makassar' });
    const budi = await seedEmployee(t.db);
    await t.db.insert(channelIdentities).values([
      {
        employeeId: sari.id,
        platform: 'telegram',
        externalUserId: '1',
        chatId: '1',
        linkedAt: new Date('2026-01-01T00:00:00Z'),
      },
      {
        employeeId: sari.id,
        platform: 'slack',
        workspace: 'T1',
        externalUserId: 'U1',
        chatId: 'D1',
        linkedAt: new Date('2026-02-01T00:00:00Z'),
      },
      {
        employeeId: sari.id,
        platform: 'slack',
        workspace: 'T2',
        externalUserId: 'U1',
        chatId: 'D2',
        unreachableAt: now,
      },
      { employeeId: budi.id, platform: 'telegram', externalUserId: '2', chatId: '2' },
    ]);
    expect(await reachableIdentities(t.db, sari.id)).toEqual([
      {
        platform: 'slack',
        workspace: 'T1',
        externalUserId: 'U1',
        chatId: 'D1',
        locale: 'en',
        timeZone: 'Asia/Makassar',
        active: true,
      },
      {
        platform: 'telegram',
        workspace: '',
        externalUserId: '1',
        chatId: '1',
        locale: 'en',
        timeZone: 'Asia/Makassar',
        active: true,
      },
    ]);
  });
});
