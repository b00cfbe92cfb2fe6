/** Languages every user-facing string exists in. Latvian is the official language and the default. */
export const LOCALES = ['lv', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'lv';

/** A text held in all three languages (names of places, proposal titles, …). */
export type LocalizedText = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
