import { describe, expect, it } from 'vitest';
import { linkTelegram, seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import { commandMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();
const t = (locale: 'id' | 'en', key: string) => h.deps.translator.t(locale, key);

describe('/privasi', () => {
  it('tells a linked person what is stored, who sees it, how long, and whom to ask', async () => {
    const sari = await seedEmployee(h.db, { name: 'Sari' });
    await linkTelegram(h.db, sari.id);
    await h.send(commandMessage('privasi'));
    const [text] = h.sentTexts();
    expect(text).toBe(t('id', 'privacy-text'));
    for (const part of [
      'Yang disimpan',
      'pejabat penilai kinerja Anda menerima laporan progres Anda',
      'umpan balik dari pejabat penilai kinerja',
      'dihapus otomatis',
      'dapat mengekspor',
      'Berapa lama',
      'UU Nomor 27 Tahun 2022',
      'pengelola kinerja',
    ])
      expect(text).toContain(part);
  });

  it('answers /privacy in the person’s language', async () => {
    const sari = await seedEmployee(h.db, { name: 'Sari', locale: 'en' });
    await linkTelegram(h.db, sari.id);
    await h.send(commandMessage('privacy'));
    expect(h.sentTexts()).toEqual([t('en', 'privacy-text')]);
  });

  it('is for linked people only: a stranger gets the linking instructions', async () => {
    await h.send(commandMessage('privasi'));
    expect(h.sentTexts()).toHaveLength(1);
    expect(h.sentTexts()[0]).not.toBe(t('id', 'privacy-text'));
    expect(h.sentTexts()[0]).toContain('belum terhubung');
  });
});
