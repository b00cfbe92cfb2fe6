import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Route } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TRANSLOCO_MISSING_HANDLER, TranslocoTestingModule } from '@jsverse/transloco';

@Component({ template: '' })
class ElsewhereComponent {}

/**
 * A routed page against HttpTestingController, in a Transloco without texts: pages show translation
 * keys, so a test sees exactly which message was chosen.
 */
export class PageHarness {
  readonly http: HttpTestingController;

  private constructor(readonly harness: RouterTestingHarness) {
    this.http = TestBed.inject(HttpTestingController);
  }

  static async create(routes: Route[]): Promise<PageHarness> {
    // As after any earlier sign-in in this browser: the session store asks the API who is signed in.
    document.cookie = 'balss_csrf=test-token; path=/';
    TestBed.configureTestingModule({
      imports: [TranslocoTestingModule.forRoot({ langs: { lv: {} }, translocoConfig: { defaultLang: 'lv' } })],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TRANSLOCO_MISSING_HANDLER, useValue: { handle: (key: string) => key.replace(/^lv\./, '') } },
        provideRouter([...routes, { component: ElsewhereComponent, path: '**' }]),
      ],
    });
    return new PageHarness(await RouterTestingHarness.create());
  }

  get page(): HTMLElement {
    return this.harness.routeNativeElement as HTMLElement;
  }

  /** Waits for the page to send a request (signals and effects send them a little later). */
  async request(url: string): Promise<TestRequest> {
    for (let attempt = 0; attempt < 20; attempt++) {
      TestBed.tick();
      const [found] = this.http.match(url);
      if (found) {
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
    return this.http.expectOne(url);
  }

  /** Lets promise chains that follow a flushed request finish, then renders. */
  async settle(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      await this.harness.fixture.whenStable();
    }
  }

  input(id: string): HTMLInputElement {
    return this.page.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  }

  async type(id: string, value: string): Promise<void> {
    this.input(id).value = value;
    this.input(id).dispatchEvent(new Event('input'));
    await this.harness.fixture.whenStable();
  }

  async submit(): Promise<void> {
    this.page.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await this.settle();
  }

  text(selector: string): string {
    return this.page.querySelector(selector)?.textContent?.trim() ?? '';
  }

  /** Answers the session and municipality requests every page makes. */
  async anonymous(): Promise<void> {
    (await this.request('/api/me')).flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'x' });
  }
}

export const DAUGAVPILS_SUMMARY = {
  id: 'm1',
  name: { en: 'Daugavpils', lv: 'Daugavpils', ru: 'Даугавпилс' },
  slug: 'daugavpils',
};
