import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, viewChild } from '@angular/core';
import { LoadErrorKind, MunicipalityStore } from '@balss/web/municipality/data-access';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { NeighbourhoodCardComponent } from '../neighbourhood-card/neighbourhood-card.component';

const ERROR_MESSAGE_KEYS: Record<LoadErrorKind, string> = {
  network: 'home.error.network',
  'not-found': 'home.error.notFound',
  server: 'home.error.server',
  unavailable: 'home.error.unavailable',
};

/** The public home page: the municipality and its neighbourhoods, in the reader's language. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NeighbourhoodCardComponent, TranslocoPipe],
  selector: 'balss-home-page',
  styleUrl: './home-page.component.scss',
  templateUrl: './home-page.component.html',
})
export class HomePageComponent {
  protected readonly locale = inject(LanguageService).current;
  protected readonly store = inject(MunicipalityStore);

  /** Per-bank totals only when every bank is known: a partial count would understate one side. */
  protected readonly bankCounts = computed(() => {
    const neighbourhoods = this.store.neighbourhoods();
    if (neighbourhoods.length === 0 || neighbourhoods.some((n) => n.bank === null)) {
      return undefined;
    }
    return {
      left: neighbourhoods.filter((n) => n.bank === 'left').length,
      right: neighbourhoods.filter((n) => n.bank === 'right').length,
    };
  });
  protected readonly errorMessageKey = computed(() => {
    const error = this.store.error();
    return error ? ERROR_MESSAGE_KEYS[error.kind] : undefined;
  });
  protected readonly municipalityName = computed(() => this.store.municipality()?.name[this.locale()]);
  /** Alphabetical in the reader's language (Latvian collation puts Č after C, Ž after Z). */
  protected readonly neighbourhoods = computed(() => {
    const locale = this.locale();
    const collator = new Intl.Collator(locale);
    return [...this.store.neighbourhoods()].sort((a, b) => collator.compare(a.name[locale], b.name[locale]));
  });

  private readonly sectionHeading = viewChild.required<ElementRef<HTMLElement>>('sectionHeading');

  /** The retry button disappears while loading, so focus moves to the section it reloads. */
  protected reload(): void {
    this.sectionHeading().nativeElement.focus();
    this.store.reload();
  }
}
