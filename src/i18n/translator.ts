import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageArgs = Record<string, FluentVariable>;

export const localesFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../locales');

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export class MissingMessageError extends Error {
  constructor(key: string, locale: string) {
    super(`Message "${key}" is missing in locales/${locale}/`);
  }
}

/**
 * One translator for every channel (Telegram, Slack, terminal, CLI). Fluent keeps plural and
 * gender rules in the .ftl files where translators can see them. Each locale is a folder with one
 * file per concern (`locales/id/checkin.ftl`, …); a key defined twice is an error.
 */
export class Translator {
  private readonly bundles = new Map<Locale, FluentBundle>();

  constructor(
    readonly defaultLocale: Locale = 'id',
    folder: string = localesFolder,
  ) {
    for (const locale of LOCALES) {
      // useIsolating off: otherwise invisible Unicode isolation marks surround every argument.
      const bundle = new FluentBundle(locale === 'id' ? 'id-ID' : 'en-GB', { useIsolating: false });
      for (const file of localeFiles(locale, folder)) {
        const errors = bundle.addResource(new FluentResource(readFileSync(file, 'utf8')));
        if (errors.length > 0) throw new Error(`${file}: ${errors.map(String).join('; ')}`);
      }
      this.bundles.set(locale, bundle);
    }
  }

  has(key: string, locale: Locale = this.defaultLocale): boolean {
    return this.bundles.get(locale)!.hasMessage(key);
  }

  /** Formats a message; throws on a missing key so a typo fails its test instead of reaching a user. */
  t(locale: Locale | undefined, key: string, args?: MessageArgs): string {
    const loc = locale ?? this.defaultLocale;
    const bundle = this.bundles.get(loc)!;
    const message = bundle.getMessage(key);
    if (!message?.value) throw new MissingMessageError(key, loc);
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args, errors);
    if (errors.length > 0) throw new Error(`locales/${loc} ${key}: ${errors.map(String).join('; ')}`);
    return text;
  }

  /** A translator bound to one locale, for code that speaks to one person. */
  forLocale(locale: Locale | undefined): (key: string, args?: MessageArgs) => string {
    return (key, args) => this.t(locale, key, args);
  }
}

/** The .ftl files of one locale, in a stable order. */
export function localeFiles(locale: Locale, folder: string = localesFolder): string[] {
  const dir = resolve(folder, locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ftl'))
    .sort()
    .map((name) => resolve(dir, name));
}

/** Keys defined in an .ftl file, for the parity test. */
export function messageKeys(source: string): string[] {
  const resource = new FluentResource(source);
  return resource.body.map((m) => m.id).sort();
}
