import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Previous / next through a paged list, with "page 2 of 7" between; buttons, not links (no URL state). */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
  selector: 'balss-pager',
  styleUrl: './pager.component.scss',
  templateUrl: './pager.component.html',
})
export class PagerComponent {
  /** Accessible name of the navigation landmark ("Pages of the user list"). */
  readonly label = input.required<string>();
  readonly page = input.required<number>();
  readonly pageCount = input.required<number>();
  readonly pageChange = output<number>();

  // Comparisons live here: the template check of literal text cannot tell `<` in a binding from a tag.
  protected readonly isFirst = computed(() => this.page() <= 1);
  protected readonly isLast = computed(() => this.page() >= this.pageCount());

  protected go(page: number): void {
    if (page >= 1 && page <= this.pageCount() && page !== this.page()) {
      this.pageChange.emit(page);
    }
  }
}
