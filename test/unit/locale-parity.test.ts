import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localesFolder, messageKeys, Translator } from '../../src/i18n/translator.js';

const keysOf = (locale: string) => messageKeys(readFileSync(resolve(localesFolder, `${locale}.ftl`), 'utf8'));

describe('locales', () => {
  it('id.ftl and en.ftl define exactly the same keys', () => {
    const id = keysOf('id');
    const en = keysOf('en');
    expect(
      id.filter((k) => !en.includes(k)),
      'only in id.ftl',
    ).toEqual([]);
    expect(
      en.filter((k) => !id.includes(k)),
      'only in en.ftl',
    ).toEqual([]);
  });

  it('both files parse without errors and Indonesian is the default', () => {
    const t = new Translator();
    expect(t.defaultLocale).toBe('id');
    expect(t.t(undefined, 'app-name')).toBe('dika');
  });

  it('throws on an unknown key instead of showing it to a person', () => {
    expect(() => new Translator().t('en', 'no-such-message')).toThrow(/no-such-message/);
  });
});
