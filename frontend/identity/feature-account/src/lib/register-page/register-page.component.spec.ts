import { DAUGAVPILS_SUMMARY, PageHarness } from '@balss/web/shared/testing';
import { accountRoutes } from '../account.routes';

describe('RegisterPageComponent', () => {
  let t: PageHarness;

  beforeEach(async () => {
    t = await PageHarness.create([{ children: accountRoutes, path: 'account' }]);
    const navigation = t.harness.navigateByUrl('/account/register');
    (await t.request('/api/municipalities')).flush([DAUGAVPILS_SUMMARY]);
    await navigation;
    await t.settle();
  });

  afterEach(() => t.http.verify());

  async function fill(password: string): Promise<void> {
    await t.type('register-name', 'Anna Bērziņa');
    await t.type('register-email', 'anna@example.lv');
    await t.type('register-password', password);
  }

  it('checks the length of a new password before sending anything', async () => {
    await fill('short');
    await t.submit();

    expect(t.text('#register-password-error')).toContain('identity.errors.passwordTooShort');
    t.http.expectNone('/api/auth/register');
  });

  it('puts the password policy’s refusal at the password field', async () => {
    await fill('password1234');
    await t.submit();
    (await t.request('/api/auth/register')).flush(
      {
        code: 'VALIDATION_FAILED',
        details: [{ field: 'password', messages: ['common'], reason: 'common' }],
        message: 'x',
      },
      { status: 400, statusText: 'x' },
    );
    await t.settle();

    expect(t.text('#register-password-error')).toContain('identity.errors.passwordCommon');
    expect(t.page.querySelector('balss-error-summary a')?.getAttribute('href')).toBe('#register-password');
  });

  it('registers in the page’s language and says to check the e-mail', async () => {
    await fill('Daugavas tilts pavasarī');
    await t.submit();
    const register = await t.request('/api/auth/register');
    expect(register.request.body).toEqual({
      displayName: 'Anna Bērziņa',
      email: 'anna@example.lv',
      locale: 'lv',
      municipality: 'daugavpils',
      password: 'Daugavas tilts pavasarī',
    });
    register.flush({ status: 'accepted' });
    await t.settle();

    expect(t.text('[role="status"] h2')).toBe('identity.register.sent.heading');
    expect(t.page.querySelector('form')).toBeNull();
  });
});
