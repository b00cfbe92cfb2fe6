import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { DEFAULT_LOCALE, LOCALES } from '@balss/contracts';
import { provideTransloco } from '@jsverse/transloco';
import { LanguageService } from './language.service';
import { TranslatedTitleStrategy } from './translated-title.strategy';
import { TranslationHttpLoader } from './translation.loader';

export interface I18nOptions {
  /** Silences Transloco's missing-key warnings in production builds. */
  prodMode: boolean;
}

/**
 * Everything the web app needs for runtime language switching: Transloco over the three locales
 * with texts fetched from `i18n/{lang}.json`, the reader's remembered language restored before the
 * first render (no flash of the wrong language), and translated document titles.
 */
export function provideI18n(options: I18nOptions): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LOCALES],
        defaultLang: DEFAULT_LOCALE,
        missingHandler: { logMissingKey: !options.prodMode },
        prodMode: options.prodMode,
        reRenderOnLangChange: true,
      },
      loader: TranslationHttpLoader,
    }),
    provideAppInitializer(() => inject(LanguageService).restore()),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ]);
}
