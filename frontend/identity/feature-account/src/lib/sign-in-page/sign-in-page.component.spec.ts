import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { CurrentUserDto } from '@balss/contracts';
import { DAUGAVPILS_SUMMARY, PageHarness } from '@balss/web/shared/testing';
import { accountRoutes } from '../account.routes';

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
  let t: PageHarness;

  beforeEach(async () => {
    t = await PageHarness.create([{ children: accountRoutes, path: 'account' }]);
    const navigation = t.harness.navigateByUrl('/account/sign-in?returnTo=%2Fproposals');
    await t.anonymous();
    (await t.request('/api/municipalities')).flush([DAUGAVPILS_SUMMARY]);
    await navigation;
    await t.settle();
  });

  afterEach(() => t.http.verify());

  async function signInAs(email: string, password: string): Promise<void> {
    await t.type('sign-in-email', email);
    await t.type('sign-in-password-input', password);
    await t.submit();
  }

  it('links the e-ID button to the api with the way back', () => {
    const eid = t.page.querySelector<HTMLAnchorElement>('a[href^="/api/auth/eid/"]');
    expect(eid?.getAttribute('href')).toBe('/api/auth/eid/daugavpils/start?returnTo=%2Fproposals');
  });

  it('lists what is missing, links each entry to its field and marks the fields', async () => {
    await t.submit();

    const summary = t.page.querySelector('balss-error-summary .error-summary') as HTMLElement;
    expect(document.activeElement).toBe(summary);
    const links = Array.from(summary.querySelectorAll('a'));
    expect(links.map((a) => [a.getAttribute('href'), a.textContent?.trim()])).toEqual([
      ['#sign-in-email', 'identity.errors.emailRequired'],
      ['#sign-in-password-input', 'identity.errors.passwordRequired'],
    ]);
    expect(t.input('sign-in-email').getAttribute('aria-invalid')).toBe('true');
    expect(t.input('sign-in-email').getAttribute('aria-describedby')).toBe('sign-in-email-error');
    expect(t.text('#sign-in-email-error')).toContain('identity.errors.emailRequired');

    links[1].click();
    expect(document.activeElement).toBe(t.input('sign-in-password-input'));
    t.http.expectNone('/api/auth/login');
  });

  it('says the address is not an address', async () => {
    await t.type('sign-in-email', 'anna');
    await t.submit();

    expect(t.text('#sign-in-email-error')).toContain('identity.errors.emailInvalid');
  });

  it('shows a wrong password as one message for the form, in the reader’s language', async () => {
    await signInAs('anna@example.lv', 'not the password');
    (await t.request('/api/auth/login')).flush(
      {
        code: 'UNAUTHENTICATED',
        details: { reason: 'INVALID_CREDENTIALS' },
        message: 'The e-mail address or the password is wrong.',
      },
      { status: 401, statusText: 'x' },
    );
    await t.settle();

    expect(t.text('balss-error-summary')).toContain('identity.signIn.errors.invalidCredentials');
    expect(t.text('balss-error-summary')).not.toContain('is wrong');
  });

  it('offers a new verification link when the address is not confirmed yet', async () => {
    await signInAs('anna@example.lv', 'correct horse battery');
    (await t.request('/api/auth/login')).flush(
      { code: 'FORBIDDEN', details: { reason: 'EMAIL_NOT_VERIFIED' }, message: 'x' },
      { status: 403, statusText: 'x' },
    );
    await t.settle();

    const resend = Array.from(t.page.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'identity.signIn.unverified.resend',
    );
    resend?.click();
    const resent = await t.request('/api/auth/verify-email/resend');
    expect(resent.request.body).toEqual({ email: 'anna@example.lv' });
    resent.flush({ status: 'accepted' });
    await t.settle();

    expect(t.text('[role="status"]')).toContain('identity.signIn.unverified.sent');
  });

  it('signs in and goes back where the reader came from', async () => {
    await signInAs('anna@example.lv', 'correct horse battery');
    (await t.request('/api/auth/login')).flush(ANNA);
    await t.settle();

    expect(TestBed.inject(Router).url).toBe('/proposals');
  });
});

describe('SignInPageComponent back from a refused e-ID sign-in', () => {
  let t: PageHarness;

  async function open(url: string): Promise<void> {
    t = await PageHarness.create([{ children: accountRoutes, path: 'account' }]);
    const navigation = t.harness.navigateByUrl(url);
    await t.anonymous();
    (await t.request('/api/municipalities')).flush([DAUGAVPILS_SUMMARY]);
    await navigation;
    await t.settle();
  }

  afterEach(() => t.http.verify());

  it.each([
    ['cancelled', 'identity.signIn.eid.problems.cancelled'],
    ['expired', 'identity.signIn.eid.problems.expired'],
    ['failed', 'identity.signIn.eid.problems.failed'],
    ['no-personal-code', 'identity.signIn.eid.problems.noPersonalCode'],
    ['not-configured', 'identity.signIn.eid.problems.notConfigured'],
    ['unavailable', 'identity.signIn.eid.problems.unavailable'],
  ])('announces "%s" as an alert in the reader’s language, keeping the way back', async (problem, key) => {
    await open(`/account/sign-in?eid-error=${problem}&returnTo=%2Fproposals`);

    const alerts = Array.from(t.page.querySelectorAll('[role="alert"]'));
    expect(alerts.map((a) => a.textContent?.trim())).toEqual([key]);
    const eid = t.page.querySelector<HTMLAnchorElement>('a[href^="/api/auth/eid/"]');
    expect(eid?.getAttribute('href')).toBe('/api/auth/eid/daugavpils/start?returnTo=%2Fproposals');
  });

  it('shows no alert without a problem or for one it does not know', async () => {
    await open('/account/sign-in?eid-error=%3Cscript%3E');
    expect(t.page.querySelector('[role="alert"]')).toBeNull();
    expect(t.page.textContent).not.toContain('script');
  });
});
