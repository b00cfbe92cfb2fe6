import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DataTableComponent, TableRowsDirective } from './data-table.component';

interface Person {
  id: string;
  name: string;
  city: string;
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, TableRowsDirective],
  template: `
    <balss-data-table caption="People" emptyText="Nobody here." [columns]="['Name', 'City']">
      <ng-template let-person [balssTableRows]="people()">
        <th scope="row">{{ person.name }}</th>
        <td>{{ person.city }}</td>
      </ng-template>
      <nav balssTablePagination>pages</nav>
    </balss-data-table>
  `,
})
class HostComponent {
  readonly people = signal<Person[]>([
    { id: 'a', name: 'Anna', city: 'Daugavpils' },
    { id: 'b', name: 'Boris', city: 'Rēzekne' },
  ]);
}

describe('DataTableComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const texts = (selector: string) => Array.from(element.querySelectorAll(selector), (node) => node.textContent?.trim());
    return { element, fixture, texts };
  }

  it('names the table and its focusable scrolling region, with column and row headers', async () => {
    const { element, texts } = await render();
    const region = element.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('People');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(texts('table > caption')).toEqual(['People']);
    expect(texts('thead th[scope="col"]')).toEqual(['Name', 'City']);
    expect(texts('tbody tr > th[scope="row"]')).toEqual(['Anna', 'Boris']);
    expect(texts('tbody tr > td')).toEqual(['Daugavpils', 'Rēzekne']);
    expect(texts('nav')).toEqual(['pages']);
  });

  it('keeps the row of an unchanged id when the rows are replaced', async () => {
    const { element, fixture } = await render();
    const anna = element.querySelector('tbody tr');
    fixture.componentInstance.people.set([{ id: 'a', name: 'Anna', city: 'Riga' }]);
    await fixture.whenStable();
    expect(element.querySelector('tbody tr')).toBe(anna);
    expect(element.querySelector('tbody td')?.textContent?.trim()).toBe('Riga');
  });

  it('says so instead of showing an empty table, and hides the pagination', async () => {
    const { element, fixture, texts } = await render();
    fixture.componentInstance.people.set([]);
    await fixture.whenStable();
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('nav')).toBeNull();
    expect(texts('balss-data-table p')).toEqual(['Nobody here.']);
  });
});
