import { TestBed } from '@angular/core/testing';
import { Locale } from '@balss/contracts';
import { provideTransloco, Translation, TranslocoLoader, TranslocoService } from '@jsverse/transloco';
import { delay, Observable, of, throwError } from 'rxjs';
import { LanguageService, LOCALE_STORAGE_KEY } from './language.service';

const TEXTS: Record<Locale, Translation> = {
  en: { greeting: 'Hello' },
  lv: { greeting: 'Sveiki' },
  ru: { greeting: 'Здравствуйте' },
};

class FakeLoader implements TranslocoLoader {
  static failing = new Set<string>();
  static delayMs: Partial<Record<string, number>> = {};

  getTranslation(lang: string): Observable<Translation> {
    if (FakeLoader.failing.has(lang)) {
      return throwError(() => new Error(`no ${lang}`));
    }
    return of(TEXTS[lang as Locale]).pipe(delay(FakeLoader.delayMs[lang] ?? 0));
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
    FakeLoader.delayMs = {};
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

  it('ends in the last language chosen when an earlier choice loads more slowly', async () => {
    const { service } = setUp();
    await service.restore();
    FakeLoader.delayMs = { ru: 30 };

    const slow = service.switchTo('ru');
    const fast = service.switchTo('en');

    await expect(Promise.all([slow, fast])).resolves.toEqual([false, true]);
    expect(service.current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
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
