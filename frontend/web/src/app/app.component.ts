import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Locale } from '@balss/contracts';
import { MunicipalityStore } from '@balss/web/municipality/data-access';
import { LanguageService } from '@balss/web/shared/i18n';
import { LanguageSwitchComponent } from '@balss/web/shared/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, skip } from 'rxjs';

/** The shell: skip link, header (name, language switch, navigation), main, footer. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LanguageSwitchComponent, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  selector: 'balss-root',
  styleUrl: './app.component.scss',
  templateUrl: './app.component.html',
})
export class AppComponent {
  private readonly language = inject(LanguageService);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly store = inject(MunicipalityStore);

  protected readonly locale = this.language.current;
  protected readonly municipalityName = computed(() => this.store.municipality()?.name[this.locale()]);

  constructor() {
    // After an in-app navigation, start screen-reader and keyboard users at the new content, as a
    // full page load would. The first navigation is the page load itself, so it is left alone.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.focusMain());
  }

  /**
   * `href="#main"` alone would resolve against `<base href="/">` and navigate to the home page
   * from any other route, so the skip link moves focus itself.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  protected switchLanguage(locale: Locale): void {
    void this.language.switchTo(locale);
  }

  private focusMain(): void {
    this.main().nativeElement.focus();
  }
}
