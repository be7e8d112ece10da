import { describe, expect, it } from 'vitest';
import { createLinkCode } from '../../src/accounts/link-codes.js';
import { auditLog, channelIdentities } from '../../src/storage/schema.js';
import { linkTelegram, seedEmployee, TEST_SECRET, useTelegramHarness } from '../support/telegram-harness.js';
import {
  callbackQuery,
  commandMessage,
  contactMessage,
  documentMessage,
  TEST_USER,
  testUser,
  textMessage,
} from '../support/telegram-updates.js';

const h = useTelegramHarness();
const t = (key: string, args?: Record<string, string | number>) => h.deps.translator.t('id', key, args);
const identities = () => h.db.select().from(channelIdentities);

async function codeFor(employeeId: number) {
  return (await createLinkCode(h.db, { employeeId, secret: TEST_SECRET, now: h.clock.now() })).code;
}

describe('linking with a deep-link code', () => {
  it('links the account; /start then welcomes the person by name', async () => {
    const sari = await seedEmployee(h.db, { name: 'Sari Wulandari' });
    await h.send(commandMessage('start', await codeFor(sari.id)));

    expect(h.sentTexts()).toEqual([t('link-success', { name: 'Sari Wulandari' })]);
    expect(h.api.callsOf('sendMessage')[0]!.reply_markup).toEqual({ remove_keyboard: true });
    expect(await identities()).toMatchObject([
      {
        employeeId: sari.id,
        platform: 'telegram',
        workspace: '',
        externalUserId: String(TEST_USER.id),
        chatId: String(TEST_USER.id),
      },
    ]);
    expect(await h.db.select().from(auditLog)).toMatchObject([
      { action: 'account.link', actor: `telegram:${TEST_USER.id}`, entityKey: String(sari.id) },
    ]);

    h.api.reset();
    await h.send(commandMessage('start'));
    expect(h.sentTexts()).toEqual([t('tg-welcome', { name: 'Sari Wulandari' })]);
  });

  it('refuses a code that was already used, and keeps the first link', async () => {
    const sari = await seedEmployee(h.db);
    const code = await codeFor(sari.id);
    await h.send(commandMessage('start', code));
    h.api.reset();
    const intruder = testUser();
    await h.send(commandMessage('start', code, { from: intruder }));
    expect(h.sentTexts()).toEqual([t('link-code-invalid')]);
    expect((await identities()).map((i) => i.externalUserId)).toEqual([String(TEST_USER.id)]);
  });

  it('refuses an expired code', async () => {
    const sari = await seedEmployee(h.db);
    const code = await codeFor(sari.id);
    h.clock.advance({ hours: 168, minutes: 1 });
    await h.send(commandMessage('start', code));
    expect(h.sentTexts()).toEqual([t('link-code-invalid')]);
    expect(await identities()).toEqual([]);
  });

  it('refuses an unknown or malformed code without logging it', async () => {
    await seedEmployee(h.db);
    await h.send(commandMessage('start', 'AAAAAAAAAAAAAAAAAAAAAA'));
    await h.send(commandMessage('start', '../../etc/passwd'));
    expect(h.sentTexts()).toEqual([t('link-code-invalid'), t('link-code-invalid')]);
    expect(await identities()).toEqual([]);
    expect(JSON.stringify(h.logs)).not.toContain('AAAAAAAAAAAAAAAAAAAAAA');
  });

  it('answers an unknown, a used and an expired code alike, so a guesser learns nothing', async () => {
    const sari = await seedEmployee(h.db);
    const used = await codeFor(sari.id);
    await h.send(commandMessage('start', used, { from: testUser({ id: 555_000_333 }) }));
    const expired = await codeFor(sari.id);
    h.clock.advance({ hours: 169 });
    h.api.reset();
    for (const code of ['AAAAAAAAAAAAAAAAAAAAAA', used, expired]) await h.send(commandMessage('start', code));
    const [unknownText, usedText, expiredText] = h.sentTexts();
    expect(usedText).toBe(unknownText);
    expect(expiredText).toBe(unknownText);
    // The log keeps why (for HR's questions), never the code.
    expect(h.logs.filter((l) => l.kind === 'link-code').map((l) => l.outcome)).toEqual([
      'linked',
      'unknown',
      'used',
      'expired',
    ]);
    expect(JSON.stringify(h.logs)).not.toContain(used);
  });

  it('after 5 failed codes refuses more for 15 minutes, unchecked, saying when to try again', async () => {
    const sari = await seedEmployee(h.db, { name: 'Sari' });
    const valid = await codeFor(sari.id);
    for (let i = 0; i < 5; i++) await h.send(commandMessage('start', `AAAAAAAAAAAAAAAAAAAAA${i}`));
    await h.send(commandMessage('start', valid));
    h.clock.advance({ minutes: 10, ms: 1 });
    await h.send(commandMessage('start', valid));
    expect(h.sentTexts()).toEqual([
      ...Array(5).fill(t('link-code-invalid')),
      t('link-code-too-many', { minutes: 15 }),
      t('link-code-too-many', { minutes: 5 }),
    ]);
    expect(await identities()).toEqual([]);
    expect(h.logs.filter((l) => l.outcome === 'throttled')).toHaveLength(2);
    expect(JSON.stringify(h.logs)).not.toContain(valid);

    h.api.reset();
    h.clock.advance({ minutes: 5 });
    await h.send(commandMessage('start', valid));
    expect(h.sentTexts()).toEqual([t('link-success', { name: 'Sari' })]);
  });

  it('says "one minute" in English when that is what is left', async () => {
    for (let i = 0; i < 5; i++) await h.send(commandMessage('start', 'AAAAAAAAAAAAAAAAAAAAAA'));
    h.clock.advance({ minutes: 14, ms: 1 });
    h.api.reset();
    await h.send(
      commandMessage('start', 'AAAAAAAAAAAAAAAAAAAAAA', { from: { ...TEST_USER, language_code: 'en' } }),
    );
    expect(h.sentTexts()).toEqual([h.deps.translator.t('en', 'link-code-too-many', { minutes: 1 })]);
    expect(h.sentTexts()[0]).toContain('in one minute,');
  });
});

describe('linking with a shared contact', () => {
  it('accepts the sender’s own contact, binds it and removes the keyboard', async () => {
    const sari = await seedEmployee(h.db, { name: 'Sari', phone: '6281234567890' });
    await h.send(contactMessage({ phone: '+62 812-3456-7890' }));
    expect(h.sentTexts()).toEqual([t('link-success', { name: 'Sari' })]);
    expect(h.api.callsOf('sendMessage')[0]!.reply_markup).toEqual({ remove_keyboard: true });
    expect(await identities()).toMatchObject([{ employeeId: sari.id, externalUserId: String(TEST_USER.id) }]);
    expect(JSON.stringify(h.logs)).not.toMatch(/812/);
  });

  it('refuses a contact of someone else (spoofed user_id) and binds nothing', async () => {
    await seedEmployee(h.db, { phone: '6281234567890' });
    await h.send(contactMessage({ phone: '6281234567890', userId: testUser().id }));
    await h.send(contactMessage({ phone: '6281234567890', userId: null }));
    expect(h.sentTexts()).toEqual([t('link-contact-not-yours'), t('link-contact-not-yours')]);
    expect(h.api.callsOf('sendMessage')[0]!.reply_markup.keyboard[0][0].request_contact).toBe(true);
    expect(await identities()).toEqual([]);
  });

  it('refuses a phone that matches no employee, two employees, or only a former one', async () => {
    await seedEmployee(h.db, { phone: '6281111111111' });
    await seedEmployee(h.db, { phone: '6281111111111' });
    await seedEmployee(h.db, { phone: '6282222222222', active: false });
    for (const phone of ['6289999999999', '081111111111', '6282222222222']) {
      await h.send(contactMessage({ phone }));
    }
    expect(h.sentTexts()).toEqual(Array(3).fill(t('link-contact-no-match')));
    expect(await identities()).toEqual([]);
  });
});

describe('an unlinked person', () => {
  it('gets the linking instructions, never data, whatever they send', async () => {
    const sari = await seedEmployee(h.db);
    await linkTelegram(h.db, sari.id); // someone else is linked; the stranger must not see them
    const stranger = testUser();
    const updates = [
      textMessage('berapa capaian saya?', { from: stranger }),
      commandMessage('status', undefined, { from: stranger }),
      commandMessage('checkin', undefined, { from: stranger }),
      commandMessage('bahasa', undefined, { from: stranger }),
      documentMessage({ from: stranger }),
    ];
    for (const update of updates) await h.send(update);
    expect(h.sentTexts()).toEqual(Array(updates.length).fill(t('link-instructions')));
    const markup = h.api.callsOf('sendMessage')[0]!.reply_markup;
    expect(markup.keyboard[0][0]).toMatchObject({
      text: t('link-share-contact-button'),
      request_contact: true,
    });
    expect(JSON.stringify(h.logs)).not.toContain('berapa capaian');
  });

  it('pressing an old button gets it answered and the instructions', async () => {
    await h.send(callbackQuery('ck|1|2'));
    expect(h.api.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(h.sentTexts()).toEqual([t('link-instructions')]);
  });

  it('may read /bantuan, which tells how to link', async () => {
    await h.send(commandMessage('bantuan'));
    expect(h.sentTexts()).toEqual([`${t('help-text')}\n\n${t('help-not-linked')}`]);
  });
});
