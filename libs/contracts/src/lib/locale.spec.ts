import { DEFAULT_LOCALE, isLocale, LOCALES } from './locale';

describe('locale', () => {
  it('offers Latvian, Russian and English with Latvian as the default', () => {
    expect(LOCALES).toEqual(['lv', 'ru', 'en']);
    expect(DEFAULT_LOCALE).toBe('lv');
  });

  it('accepts only the three supported locales', () => {
    expect(isLocale('ru')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
