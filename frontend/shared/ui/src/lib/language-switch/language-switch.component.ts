import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { Locale, LOCALES } from '@balss/contracts';
import { LOCALE_ENDONYMS } from '@balss/web/shared/i18n';

/**
 * One toggle button per language, each labelled in its own language and marked with `lang` so
 * screen readers pronounce it correctly (WCAG 3.1.2). The pressed state, not colour alone,
 * tells which language is active.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  selector: 'balss-language-switch',
  styleUrl: './language-switch.component.scss',
  templateUrl: './language-switch.component.html',
})
export class LanguageSwitchComponent {
  /** The active language. */
  readonly current = input.required<Locale>();
  /** Accessible name of the group, in the current language ("Valoda", "Язык", "Language"). */
  readonly label = input.required<string>();
  readonly languageSelected = output<Locale>();

  protected readonly endonyms = LOCALE_ENDONYMS;
  protected readonly locales = LOCALES;

  protected selectLanguage(locale: Locale): void {
    if (locale !== this.current()) {
      this.languageSelected.emit(locale);
    }
  }
}
