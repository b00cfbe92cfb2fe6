import { TestBed } from '@angular/core/testing';
import { Locale } from '@balss/contracts';
import { provideTransloco, Translation, TranslocoLoader, TranslocoService } from '@jsverse/transloco';
import { Observable, of, throwError } from 'rxjs';
import { LanguageService, LOCALE_STORAGE_KEY } from './language.service';

const TEXTS: Record<Locale, Translation> = {
  en: { greeting: 'Hello' },
  lv: { greeting: 'Sveiki' },
  ru: { greeting: 'Здравствуйте' },
};

class FakeLoader implements TranslocoLoader {
  static failing = new Set<string>();

  getTranslation(lang: string): Observable<Translation> {
    return FakeLoader.failing.has(lang) ? throwError(() => new Error(`no ${lang}`)) : of(TEXTS[lang as Locale]);
  }
}

function setUp(): { service: LanguageService; transloco: TranslocoService } {
  TestBed.configureTestingModule({
    providers: [
      provideTransloco({
        config: { availableLangs: ['lv', 'ru', 'en'], defaultLang: 'lv', failedRetries: 0, prodMode: true },
        loader: FakeLoader,
      }),
    ],
  });
  return { service: TestBed.inject(LanguageService), transloco: TestBed.inject(TranslocoService) };
}

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
    FakeLoader.failing.clear();
  });

  afterEach(() => jest.restoreAllMocks());

  /** Transloco logs failed loads itself; the tests below fail loads on purpose. */
  function silenceLoadErrors(): void {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  }

  it('starts in Latvian when nothing is remembered', async () => {
    const { service, transloco } = setUp();

    await service.restore();

    expect(service.current()).toBe('lv');
    expect(transloco.translate('greeting')).toBe('Sveiki');
    expect(document.documentElement.lang).toBe('lv');
  });

  it('switches texts, <html lang> and the remembered choice together', async () => {
    const { service, transloco } = setUp();
    await service.restore();

    await expect(service.switchTo('ru')).resolves.toBe(true);

    expect(service.current()).toBe('ru');
    expect(transloco.getActiveLang()).toBe('ru');
    expect(transloco.translate('greeting')).toBe('Здравствуйте');
    expect(document.documentElement.lang).toBe('ru');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ru');
  });

  it('restores the remembered language on the next visit', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    const { service, transloco } = setUp();

    await service.restore();

    expect(service.current()).toBe('en');
    expect(transloco.translate('greeting')).toBe('Hello');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a remembered value that is not a supported language', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
    const { service } = setUp();

    await service.restore();

    expect(service.current()).toBe('lv');
  });

  it('falls back to Latvian when the remembered language cannot be loaded', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'ru');
    FakeLoader.failing.add('ru');
    silenceLoadErrors();
    const { service } = setUp();

    await service.restore();

    expect(service.current()).toBe('lv');
    expect(document.documentElement.lang).toBe('lv');
  });

  it('keeps the current language when the new one cannot be loaded', async () => {
    const { service } = setUp();
    await service.restore();
    FakeLoader.failing.add('en');
    silenceLoadErrors();

    await expect(service.switchTo('en')).resolves.toBe(false);

    expect(service.current()).toBe('lv');
    expect(document.documentElement.lang).toBe('lv');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });

  it('still switches when storage is unavailable', async () => {
    const { service } = setUp();
    await service.restore();
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });

    await expect(service.switchTo('en')).resolves.toBe(true);

    expect(service.current()).toBe('en');
    expect(setItem).toHaveBeenCalled();
  });
});
