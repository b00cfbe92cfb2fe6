import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageHarness } from './page-harness';

/** A page like the real ones: asks who is signed in after rendering, and echoes what is typed. */
@Component({
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'demo.heading' | transloco }}</h1>
    <p id="who">{{ who() }}</p>
    <form (submit)="$event.preventDefault(); submitted.set(name())">
      <input id="name" (input)="name.set($any($event.target).value)" />
      <button type="submit">go</button>
    </form>
    <p id="sent">{{ submitted() }}</p>
  `,
})
class DemoPageComponent {
  readonly who = signal('asking');
  readonly name = signal('');
  readonly submitted = signal('');

  constructor() {
    // Sent a little after construction, as stores do from effects: `request` must wait for it.
    const http = inject(HttpClient);
    setTimeout(() => http.get('/api/me').subscribe({ error: () => this.who.set('nobody') }));
  }
}

describe('PageHarness', () => {
  let t: PageHarness;

  beforeEach(async () => {
    t = await PageHarness.create([{ path: 'demo', component: DemoPageComponent }]);
    await t.harness.navigateByUrl('/demo');
  });
  afterEach(() => t.http.verify());

  it('shows translation keys, waits for late requests and answers the session one anonymously', async () => {
    expect(t.text('h1')).toBe('demo.heading');
    await t.anonymous();
    await t.settle();
    expect(t.text('#who')).toBe('nobody');
  });

  it('types into a field and submits the form', async () => {
    await t.anonymous();
    await t.type('name', 'Anna');
    await t.submit();
    expect(t.input('name').value).toBe('Anna');
    expect(t.text('#sent')).toBe('Anna');
  });
});
