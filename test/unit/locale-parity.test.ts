import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFiles, messageKeys, Translator } from '../../src/i18n/translator.js';

const filesOf = (locale: 'id' | 'en') => localeFiles(locale).map((file) => basename(file));
const keysOf = (locale: 'id' | 'en') =>
  localeFiles(locale).flatMap((file) =>
    messageKeys(readFileSync(file, 'utf8')).map((key) => `${basename(file)}: ${key}`),
  );

describe('locales', () => {
  it('locales/id and locales/en hold the same files', () => {
    expect(filesOf('en')).toEqual(filesOf('id'));
  });

  it('each file defines exactly the same keys in both languages', () => {
    const id = keysOf('id');
    const en = keysOf('en');
    expect(
      id.filter((k) => !en.includes(k)),
      'only in locales/id',
    ).toEqual([]);
    expect(
      en.filter((k) => !id.includes(k)),
      'only in locales/en',
    ).toEqual([]);
  });

  it('every file parses, no key is defined twice, and Indonesian is the default', () => {
    const t = new Translator();
    expect(t.defaultLocale).toBe('id');
    expect(t.t(undefined, 'app-name')).toBe('dika');
  });

  it('throws on an unknown key instead of showing it to a person', () => {
    expect(() => new Translator().t('en', 'no-such-message')).toThrow(/no-such-message/);
  });
});
