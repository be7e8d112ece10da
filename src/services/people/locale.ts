import { isLocale, type Locale } from '../../i18n/translator.js';

/** The employee's saved language, else English for English-speaking clients, else the default. */
export function resolveLocale(
  saved: string | undefined,
  languageCode: string | undefined,
  fallback: Locale,
): Locale {
  if (isLocale(saved)) return saved;
  if (languageCode?.toLowerCase().startsWith('en')) return 'en';
  return fallback;
}
