/**
 * How a person is found and reached (src/services/people, src/services/outbound/notifier.ts and
 * reply-renderer.ts): the chat a message goes to, its language, rows queued per transaction and
 * handed over once, and the settings a person changes. Storage is real. Written against mutants
 * `npm run mutate` left alive, every value built inside its test.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DialogReply } from '../../src/services/dialogs/dialog-reply.js';
import { createNotifier, takeNotified, unreachableNotifier } from '../../src/services/outbound/notifier.js';
import { ReplyRenderers } from '../../src/services/outbound/reply-renderer.js';
import {
  employeeByNip,
  identifyAccount,
  setLanguage,
  setTimeZone,
} from '../../src/services/people/identity-service.js';
import { resolveLocale } from '../../src/services/people/locale.js';
import { personOf } from '../../src/services/people/person.js';
import { type Recipient, recipientOf } from '../../src/services/people/recipient.js';
import type { OutboundDraft } from '../../src/storage/repositories/outbound.js';
import { channelIdentities } from '../../src/storage/schema.js';
import { transaction } from '../../src/storage/transaction.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedEmployee } from '../support/telegram-harness.js';

const t = useTestDatabase();
const now = new Date('2026-03-02T02:00:00Z');

beforeEach(() => truncateAll(t.db));

describe('resolveLocale', () => {
  it('the saved language first, then English clients, then the default', () => {
    expect(resolveLocale('id', 'en-GB', 'en')).toBe('id');
    expect(resolveLocale('en', undefined, 'id')).toBe('en');
    expect(resolveLocale('fr', 'EN-us', 'id')).toBe('en');
    expect(resolveLocale(undefined, 'en', 'id')).toBe('en');
    expect(resolveLocale(undefined, 'de', 'id')).toBe('id');
    expect(resolveLocale(undefined, 'ten', 'id')).toBe('id');
    expect(resolveLocale(undefined, undefined, 'en')).toBe('en');
  });
});

describe('personOf', () => {
  it('keeps a known sapaan only', () => {
    const base = { id: 7, supervisorId: 3, timeZone: 'Asia/Jakarta', name: 'Sari' };
    expect(personOf({ ...base, salutation: 'Ibu' })).toEqual({ ...base, salutation: 'Ibu' });
    expect(personOf({ ...base, salutation: 'Sdr.' })).toEqual({ ...base, salutation: null });
    expect(personOf(base)).toEqual({ ...base, salutation: null });
  });
});

describe('recipientOf', () => {
  it('the newest reachable account on a channel this process runs, in the person’s language', async () => {
    const sari = await seedEmployee(t.db, { locale: 'en', timeZone: 'Asia/Makassar' });
    await t.db.insert(channelIdentities).values([
      {
        employeeId: sari.id,
        platform: 'telegram',
        externalUserId: '11',
        chatId: '11',
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
    ]);
    const options = (channels: string[]) => ({ channels, defaultLocale: 'id' as const });
    expect(await recipientOf(t.db, sari.id, options(['telegram', 'slack']))).toEqual({
      employeeId: sari.id,
      channel: 'slack',
      address: 'D1',
      workspace: 'T1',
      locale: 'en',
      timeZone: 'Asia/Makassar',
    });
    expect(await recipientOf(t.db, sari.id, options(['telegram']))).toMatchObject({
      channel: 'telegram',
      address: '11',
    });
    expect(await recipientOf(t.db, sari.id, options(['terminal']))).toBeUndefined();
  });

  it('a chat id missing means the user id; the saved language beats the default; a former employee is not reached', async () => {
    const sari = await seedEmployee(t.db, { locale: 'id' });
    const former = await seedEmployee(t.db, { active: false });
    await t.db.insert(channelIdentities).values([
      { employeeId: sari.id, platform: 'telegram', externalUserId: '21' },
      { employeeId: former.id, platform: 'telegram', externalUserId: '22', chatId: '22' },
    ]);
    const options = { channels: ['telegram'], defaultLocale: 'en' as const };
    expect(await recipientOf(t.db, sari.id, options)).toMatchObject({ address: '21', locale: 'id' });
    expect(await recipientOf(t.db, former.id, options)).toBeUndefined();
  });
});

describe('createNotifier', () => {
  function rig() {
    const enqueued: OutboundDraft[][] = [];
    const rendered: Array<{ recipient: Recipient; reply: DialogReply; priority: 0 | 1 }> = [];
    const notifier = createNotifier({
      outbound: {
        enqueue: async (_tx, drafts) => {
          enqueued.push([...drafts]);
          return drafts.map((d, i) => ({ id: enqueued.length * 100 + i, ...d }) as never);
        },
      },
      renderers: {
        channels: ['telegram'],
        render: (recipient, reply, priority) => {
          rendered.push({ recipient, reply, priority });
          return [
            {
              channel: 'telegram',
              sender: 'bot',
              address: recipient.address,
              op: 'send',
              payload: {},
              priority,
            },
          ];
        },
      },
      defaultLocale: 'id',
    });
    return { notifier, enqueued, rendered };
  }
  const reply: DialogReply = { prompts: [{ key: 'x', expects: 'none' }], open: false };

  it('queues to a person by id in bulk priority, and hands the rows over once per transaction', async () => {
    const sari = await seedEmployee(t.db);
    await t.db
      .insert(channelIdentities)
      .values({ employeeId: sari.id, platform: 'telegram', externalUserId: '31', chatId: '31' });
    const r = rig();
    await transaction(t.db, async (tx) => {
      expect(await r.notifier.notify(tx, sari.id, reply)).toBe(true);
      expect(await r.notifier.notify(tx, sari.id, reply, 0)).toBe(true);
      expect(takeNotified(tx).map((row) => row.id)).toEqual([100, 200]);
      expect(takeNotified(tx)).toEqual([]);
    });
    expect(r.rendered.map((x) => [x.recipient.address, x.priority])).toEqual([
      ['31', 1],
      ['31', 0],
    ]);
    expect(r.rendered[0]!.reply).toBe(reply);
  });

  it('nobody to reach: false, nothing rendered or queued; a recipient given is used as is', async () => {
    const sari = await seedEmployee(t.db);
    const r = rig();
    expect(await r.notifier.recipient(t.db, sari.id)).toBeUndefined();
    expect(await r.notifier.notify(t.db, sari.id, reply)).toBe(false);
    expect(r.enqueued).toEqual([]);
    expect(takeNotified(t.db)).toEqual([]);
    const given: Recipient = {
      employeeId: sari.id,
      channel: 'telegram',
      address: '99',
      locale: 'en',
      timeZone: 'UTC',
    };
    expect(await r.notifier.notify(t.db, given, reply)).toBe(true);
    expect(r.rendered[0]!.recipient).toBe(given);
  });

  it('the unreachable notifier reaches nobody', async () => {
    expect(await unreachableNotifier.recipient(t.db, 1)).toBeUndefined();
    expect(await unreachableNotifier.notify(t.db, 1, reply)).toBe(false);
  });
});

describe('ReplyRenderers', () => {
  it('renders with the recipient’s channel, and refuses a channel it does not run', () => {
    const renderers = new ReplyRenderers();
    expect(renderers.channels).toEqual([]);
    const draft = (channel: string): OutboundDraft => ({
      channel,
      sender: 's',
      address: 'a',
      op: 'send',
      payload: {},
      priority: 1,
    });
    renderers.register({ channel: 'telegram', render: () => [draft('telegram')] });
    renderers.register({ channel: 'slack', render: () => [draft('slack')] });
    expect(renderers.channels).toEqual(['telegram', 'slack']);
    const to = (channel: string): Recipient => ({
      employeeId: 1,
      channel,
      address: 'a',
      locale: 'id',
      timeZone: 'UTC',
    });
    const reply: DialogReply = { prompts: [], open: false };
    expect(renderers.render(to('slack'), reply, 1)).toEqual([draft('slack')]);
    expect(() => renderers.render(to('terminal'), reply, 1)).toThrow('no renderer for channel terminal');
  });
});

describe('identity service', () => {
  it('finds the account’s employee and by NIP, and stores language and zone with the time', async () => {
    const sari = await seedEmployee(t.db, { nip: '199001012015031777' });
    await t.db
      .insert(channelIdentities)
      .values({ employeeId: sari.id, platform: 'telegram', externalUserId: '41', chatId: '41' });
    expect(
      await identifyAccount(t.db, { platform: 'telegram', workspace: '', externalUserId: '41' }),
    ).toMatchObject({
      id: sari.id,
    });
    expect(
      await identifyAccount(t.db, { platform: 'telegram', workspace: '', externalUserId: '42' }),
    ).toBeUndefined();
    expect(await employeeByNip(t.db, '199001012015031777')).toMatchObject({ id: sari.id });
    expect(await setLanguage(t.db, sari.id, 'en', now)).toMatchObject({ locale: 'en', updatedAt: now });
    const later = new Date(now.getTime() + 1000);
    expect(await setTimeZone(t.db, sari.id, 'Asia/Jayapura', later)).toMatchObject({
      locale: 'en',
      timeZone: 'Asia/Jayapura',
      updatedAt: later,
    });
  });
});
