import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUserDto } from '@balss/contracts';
import { TRANSLOCO_MISSING_HANDLER, TranslocoTestingModule } from '@jsverse/transloco';
import { accountRoutes } from '../account.routes';

@Component({ template: '' })
class ElsewhereComponent {}

const ANNA: CurrentUserDto = {
  authMethod: 'password',
  credential: 'session',
  displayName: 'Anna',
  email: 'anna@example.lv',
  emailVerified: true,
  id: 'u1',
  locale: 'lv',
  municipality: { id: 'm1', slug: 'daugavpils' },
  permissions: ['account:read-own'],
  roles: ['resident'],
  signedInAt: '2026-11-22T10:00:00.000Z',
};

describe('SignInPageComponent', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        // No texts: the page shows translation keys, so tests see exactly which message was chosen.
        TranslocoTestingModule.forRoot({ langs: { lv: {} }, translocoConfig: { defaultLang: 'lv' } }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TRANSLOCO_MISSING_HANDLER, useValue: { handle: (key: string) => key.replace(/^lv\./, '') } },
        provideRouter([
          { children: accountRoutes, path: 'account' },
          { component: ElsewhereComponent, path: 'proposals' },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/account/sign-in?returnTo=%2Fproposals');
    (await request('/api/me')).flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'x' });
    (await request('/api/municipalities')).flush([
      { id: 'm1', name: { en: 'Daugavpils', lv: 'Daugavpils', ru: 'Даугавпилс' }, slug: 'daugavpils' },
    ]);
    await navigation;
    await harness.fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function request(url: string): Promise<TestRequest> {
    for (let attempt = 0; attempt < 20; attempt++) {
      TestBed.tick();
      const [found] = http.match(url);
      if (found) {
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
    return http.expectOne(url);
  }

  /** Lets promise chains that follow a flushed request finish, then renders. */
  async function settle(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }

  const page = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const input = (id: string) => page().querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;

  async function type(id: string, value: string): Promise<void> {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    page().querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await harness.fixture.whenStable();
  }

  it('links the e-ID button to the api with the way back', () => {
    const eid = page().querySelector<HTMLAnchorElement>('a[href^="/api/auth/eid/"]');
    expect(eid?.getAttribute('href')).toBe('/api/auth/eid/daugavpils/start?returnTo=%2Fproposals');
  });

  it('lists what is missing, links each entry to its field and marks the fields', async () => {
    await submit();

    const summary = page().querySelector('balss-error-summary .error-summary') as HTMLElement;
    expect(document.activeElement).toBe(summary);
    const links = Array.from(summary.querySelectorAll('a'));
    expect(links.map((a) => [a.getAttribute('href'), a.textContent?.trim()])).toEqual([
      ['#sign-in-email', 'identity.errors.emailRequired'],
      ['#sign-in-password-input', 'identity.errors.passwordRequired'],
    ]);
    expect(input('sign-in-email').getAttribute('aria-invalid')).toBe('true');
    expect(input('sign-in-email').getAttribute('aria-describedby')).toBe('sign-in-email-error');
    expect(page().querySelector('#sign-in-email-error')?.textContent).toContain('identity.errors.emailRequired');

    links[1].click();
    expect(document.activeElement).toBe(input('sign-in-password-input'));
    http.expectNone('/api/auth/login');
  });

  it('says the address is not an address', async () => {
    await type('sign-in-email', 'anna');
    await submit();

    expect(page().querySelector('#sign-in-email-error')?.textContent).toContain('identity.errors.emailInvalid');
  });

  it('shows a wrong password as one message for the form, in the reader’s language', async () => {
    await type('sign-in-email', 'anna@example.lv');
    await type('sign-in-password-input', 'not the password');
    await submit();

    (await request('/api/auth/login')).flush(
      {
        code: 'UNAUTHENTICATED',
        details: { reason: 'INVALID_CREDENTIALS' },
        message: 'The e-mail address or the password is wrong.',
      },
      { status: 401, statusText: 'x' },
    );
    await settle();

    const summary = page().querySelector('balss-error-summary') as HTMLElement;
    expect(summary.textContent).toContain('identity.signIn.errors.invalidCredentials');
    expect(summary.textContent).not.toContain('is wrong');
  });

  it('offers a new verification link when the address is not confirmed yet', async () => {
    await type('sign-in-email', 'anna@example.lv');
    await type('sign-in-password-input', 'correct horse battery');
    await submit();
    (await request('/api/auth/login')).flush(
      { code: 'FORBIDDEN', details: { reason: 'EMAIL_NOT_VERIFIED' }, message: 'x' },
      { status: 403, statusText: 'x' },
    );
    await settle();

    const resend = Array.from(page().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'identity.signIn.unverified.resend',
    );
    resend?.click();
    const resent = await request('/api/auth/verify-email/resend');
    expect(resent.request.body).toEqual({ email: 'anna@example.lv' });
    resent.flush({ status: 'accepted' });
    await settle();

    expect(page().querySelector('[role="status"]')?.textContent).toContain('identity.signIn.unverified.sent');
  });

  it('signs in and goes back where the reader came from', async () => {
    await type('sign-in-email', 'anna@example.lv');
    await type('sign-in-password-input', 'correct horse battery');
    await submit();
    (await request('/api/auth/login')).flush(ANNA);
    await settle();

    expect(TestBed.inject(Router).url).toBe('/proposals');
  });
});
