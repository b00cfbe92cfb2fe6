import { HttpClient } from '@angular/common/http';
import { inject, Injectable, InjectionToken } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { Observable } from 'rxjs';

/**
 * Where the `{lang}.json` files are served from. Relative on purpose: it resolves against
 * `<base href>`, so the app keeps working when it is mounted under a sub-path.
 */
export const TRANSLATIONS_BASE_URL = new InjectionToken<string>('TRANSLATIONS_BASE_URL', {
  factory: () => 'i18n/',
});

@Injectable()
export class TranslationHttpLoader implements TranslocoLoader {
  private readonly baseUrl = inject(TRANSLATIONS_BASE_URL);
  private readonly http = inject(HttpClient);

  getTranslation(lang: string): Observable<Translation> {
    return this.http.get<Translation>(`${this.baseUrl}${lang}.json`);
  }
}
