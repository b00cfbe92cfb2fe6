import { TestBed } from '@angular/core/testing';
import { PageHarness } from '@balss/web/shared/testing';
import { accountRoutes } from '../account.routes';

describe('VerifyEmailPageComponent', () => {
  let t: PageHarness;

  beforeEach(async () => {
    t = await PageHarness.create([{ children: accountRoutes, path: 'account' }]);
  });

  afterEach(() => t.http.verify());

  it('confirms the address with the token from the link fragment', async () => {
    const navigation = t.harness.navigateByUrl('/account/verify-email#token=abcdefghijklmnopqrstuvwxyz');
    const verify = await t.request('/api/auth/verify-email');
    expect(verify.request.body).toEqual({ token: 'abcdefghijklmnopqrstuvwxyz' });
    verify.flush(null, { status: 204, statusText: 'No Content' });
    await navigation;
    await t.settle();

    expect(t.text('[role="status"] h2')).toBe('identity.verify.verified.heading');
    expect(t.page.querySelector('a[href="/account/sign-in"]')).not.toBeNull();
  });

  it('says why a used link does not work and offers a new one', async () => {
    const navigation = t.harness.navigateByUrl('/account/verify-email#token=abcdefghijklmnopqrstuvwxyz');
    (await t.request('/api/auth/verify-email')).flush(
      {
        code: 'VALIDATION_FAILED',
        details: [{ field: 'token', messages: ['token is used'], reason: 'used' }],
        message: 'x',
      },
      { status: 400, statusText: 'x' },
    );
    await navigation;
    await t.settle();

    expect(t.text('[role="alert"]')).toContain('identity.verify.failed.used');
    await t.type('verify-email', 'anna@example.lv');
    await t.submit();
    const resend = await t.request('/api/auth/verify-email/resend');
    expect(resend.request.body).toEqual({ email: 'anna@example.lv' });
    resend.flush({ status: 'accepted' });
    await t.settle();

    expect(t.page.textContent).toContain('identity.verify.resend.sent');
  });

  it('explains a link without a token without calling the api', async () => {
    await t.harness.navigateByUrl('/account/verify-email');
    await t.settle();

    expect(t.text('[role="alert"]')).toContain('identity.verify.failed.noToken');
    TestBed.tick();
    t.http.expectNone('/api/auth/verify-email');
  });
});
