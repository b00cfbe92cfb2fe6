import type { Locale } from '@balss/contracts';

/**
 * Each language's name in that language itself ("endonym"), so a reader who does not understand the
 * current interface language still recognises their own. These are data, not translations: they are
 * the same in every interface language.
 */
export const LOCALE_ENDONYMS: Readonly<Record<Locale, string>> = {
  en: 'English',
  lv: 'Latviešu',
  ru: 'Русский',
};
