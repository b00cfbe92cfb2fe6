import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { DEFAULT_LOCALE, isLocale, Locale, LOCALES } from '@balss/contracts';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** localStorage key holding the reader's chosen language. */
export const LOCALE_STORAGE_KEY = 'balss.locale';

/**
 * The interface language: one signal every component reads (neighbourhood names, number formats)
 * kept in step with Transloco (static texts), `<html lang>` (screen readers, hyphenation) and
 * localStorage (remembered across visits). Latvian, the official language, is the default; we do
 * not guess from the browser language, so a first visit always opens in Latvian.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = signal<Locale>(DEFAULT_LOCALE);
  /** The last language asked for: a slower, older load must not override a newer choice. */
  private requested: Locale = DEFAULT_LOCALE;

  readonly current = this.locale.asReadonly();
  readonly locales = LOCALES;

  /** Boot: the remembered language if its texts load, else Latvian. Never rejects. */
  async restore(): Promise<void> {
    const remembered = this.readRemembered();
    if (remembered && remembered !== DEFAULT_LOCALE && (await this.apply(remembered))) {
      return;
    }
    await this.apply(DEFAULT_LOCALE);
  }

  /**
   * Loads the texts first and switches only then, so static texts and API data (names per locale)
   * change in the same render. Resolves false, leaving the current language, if the texts fail to load.
   */
  async switchTo(locale: Locale): Promise<boolean> {
    if (locale === this.locale() && this.transloco.getActiveLang() === locale) {
      return true;
    }
    const switched = await this.apply(locale);
    if (switched) {
      this.remember(locale);
    }
    return switched;
  }

  private async apply(locale: Locale): Promise<boolean> {
    this.requested = locale;
    try {
      await firstValueFrom(this.transloco.load(locale));
    } catch {
      return false;
    }
    if (this.requested !== locale) {
      return false;
    }
    this.transloco.setActiveLang(locale);
    this.locale.set(locale);
    this.document.documentElement.lang = locale;
    return true;
  }

  private readRemembered(): Locale | undefined {
    try {
      const value = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      return isLocale(value) ? value : undefined;
    } catch {
      // Storage can be disabled (privacy settings, sandboxed frames): fall back to the default.
      return undefined;
    }
  }

  private remember(locale: Locale): void {
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Not remembering is acceptable; switching still works for this visit.
    }
  }
}
