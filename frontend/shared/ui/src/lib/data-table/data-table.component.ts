import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  Directive,
  inject,
  input,
  TemplateRef,
  ViewEncapsulation,
} from '@angular/core';

/**
 * The rows of a `balss-data-table` and how one row is drawn: an `<ng-template>` with the row's cells,
 * the first of them its header, `<th scope="row">`. Binding the rows here (not on the table) lets
 * `let-row` carry their type into the template. Rows are tracked by `id`, so a reloaded page keeps
 * the row — and the keyboard focus in it — of an unchanged id.
 */
@Directive({ selector: 'ng-template[balssTableRows]' })
export class TableRowsDirective<Row extends { readonly id: string }> {
  readonly balssTableRows = input.required<readonly Row[]>();
  readonly template = inject<TemplateRef<{ $implicit: Row }>>(TemplateRef);

  static ngTemplateContextGuard<Row extends { readonly id: string }>(_dir: TableRowsDirective<Row>, _context: unknown): _context is { $implicit: Row } {
    return true;
  }
}

/**
 * A data table people can read with a screen reader (WCAG 1.3.1): a caption, column headers with
 * `scope="col"`, a row header per row (from the rows template), a keyboard-focusable scrolling region
 * named like the caption for narrow screens (WCAG 1.4.10, 2.1.1), and a sentence instead of an empty
 * table. Pagination goes in the `balssTablePagination` slot and shows only with rows.
 *
 * ```html
 * <balss-data-table [caption]="…" [columns]="[…]" [emptyText]="…">
 *   <ng-template [balssTableRows]="page.items" let-user>
 *     <th scope="row">{{ user.name }}</th>
 *     <td>{{ user.email }}</td>
 *   </ng-template>
 *   <balss-pager balssTablePagination … />
 * </balss-data-table>
 * ```
 * A cell of long unbroken text (an e-mail address, a file name) takes `class="balss-table__long-text"`
 * so that it wraps instead of widening the table.
 * Styles are global (no encapsulation) because the cells come from the page's template; every
 * selector is namespaced with `.balss-table`.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [NgTemplateOutlet],
  selector: 'balss-data-table',
  styleUrl: './data-table.component.scss',
  templateUrl: './data-table.component.html',
})
export class DataTableComponent {
  /** Names the table and its scrolling region ("Users of Daugavpils"); read by screen readers only. */
  readonly caption = input.required<string>();
  /** Column header texts, in order; the first is the row headers' column. */
  readonly columns = input.required<readonly string[]>();
  /** Shown instead of the table when there are no rows ("No users to show."). */
  readonly emptyText = input.required<string>();

  protected readonly rows = contentChild.required(TableRowsDirective);
  protected readonly items = computed(() => this.rows().balssTableRows());
}
