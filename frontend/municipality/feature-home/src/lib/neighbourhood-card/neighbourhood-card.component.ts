import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DEFAULT_LOCALE, Locale, NeighbourhoodDto } from '@balss/contracts';
import { TranslocoPipe } from '@jsverse/transloco';

const BANK_KEYS = {
  left: 'home.neighbourhoods.bank.left',
  right: 'home.neighbourhoods.bank.right',
  unknown: 'home.neighbourhoods.bank.unknown',
} as const;

/**
 * One apkaime. Unknown facts (bank, population) are said to be unknown, never guessed. Outside
 * Latvian the official Latvian name is shown too: it is the one on street signs and documents.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
  selector: 'balss-neighbourhood-card',
  styleUrl: './neighbourhood-card.component.scss',
  templateUrl: './neighbourhood-card.component.html',
})
export class NeighbourhoodCardComponent {
  readonly locale = input.required<Locale>();
  readonly neighbourhood = input.required<NeighbourhoodDto>();

  protected readonly bankKey = computed(() => BANK_KEYS[this.neighbourhood().bank ?? 'unknown']);
  protected readonly name = computed(() => this.neighbourhood().name[this.locale()]);
  protected readonly officialName = computed(() => {
    const official = this.neighbourhood().name[DEFAULT_LOCALE];
    return official === this.name() ? undefined : official;
  });
  protected readonly population = computed(() => {
    const population = this.neighbourhood().population;
    return population === null ? undefined : new Intl.NumberFormat(this.locale()).format(population);
  });
}
