import { PageHarness } from '@balss/web/shared/testing';
import { youthRoutes } from '../youth.routes';

/** Birth dates relative to today, so the test does not age. */
function yearsAgo(years: number, days = 0): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  date.setDate(date.getDate() - days);
  return date.toISOString().slice(0, 10);
}

describe('RedeemPageComponent', () => {
  let t: PageHarness;

  beforeEach(async () => {
    t = await PageHarness.create([{ children: youthRoutes, path: 'youth' }]);
    const navigation = t.harness.navigateByUrl('/youth/redeem');
    await t.anonymous();
    await navigation;
    await t.settle();
  });

  afterEach(() => t.http.verify());

  async function fillBasics(birthDate: string): Promise<void> {
    await t.type('redeem-code', 'abcd efgh jk');
    await t.type('redeem-birth-date', birthDate);
    await t.type('redeem-nickname', 'Zibens');
    await t.type('redeem-email', 'zibens@example.lv');
    await t.type('redeem-password', 'kaķis guļ uz jumta');
  }

  it('explains kindly to a 12-year-old that the account can wait, and sends nothing', async () => {
    await fillBasics(yearsAgo(12, 10));

    expect(t.text('[role="status"] h2')).toBe('youth.redeem.tooYoung.heading');
    await t.submit();
    expect(t.text('#redeem-birth-date-error')).toContain('youth.redeem.errors.tooYoung');
    t.http.expectNone('/api/youth/redeem');
  });

  it('asks a 15-year-old for a responsible adult and sends the adult with the code', async () => {
    await fillBasics(yearsAgo(15));
    expect(t.page.querySelector('fieldset legend')?.textContent?.trim()).toBe('youth.redeem.adult.legend');

    await t.submit();
    expect(t.text('#redeem-adult-name-error')).toContain('youth.redeem.errors.adultNameRequired');

    await t.type('redeem-adult-name', 'Inese');
    await t.type('redeem-adult-email', 'zibens@example.lv');
    await t.submit();
    expect(t.text('#redeem-adult-email-error')).toContain('youth.redeem.errors.adultIsSelf');

    await t.type('redeem-adult-email', 'inese@example.lv');
    await t.submit();
    const redeem = await t.request('/api/youth/redeem');
    expect(redeem.request.body).toEqual({
      birthDate: yearsAgo(15),
      code: 'abcd efgh jk',
      displayName: 'Zibens',
      email: 'zibens@example.lv',
      locale: 'lv',
      password: 'kaķis guļ uz jumta',
      responsibleAdult: { email: 'inese@example.lv', name: 'Inese' },
    });
    redeem.flush({ youth: {} });
    // The answer set a session cookie: the app reads who is signed in now, then opens the status page.
    (await t.request('/api/me')).flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'x' });
    await t.settle();
  });

  it('shows a used code at the code field', async () => {
    await fillBasics(yearsAgo(19));
    expect(t.page.querySelector('fieldset')).toBeNull();

    await t.submit();
    (await t.request('/api/youth/redeem')).flush(
      { code: 'CONFLICT', details: { reason: 'CODE_ALREADY_USED' }, message: 'x' },
      { status: 409, statusText: 'x' },
    );
    await t.settle();

    expect(t.text('#redeem-code-error')).toContain('youth.redeem.errors.codeUsed');
    expect(t.page.querySelector('balss-error-summary a')?.getAttribute('href')).toBe('#redeem-code');
  });

  it('refuses a code that cannot be one before asking the server', async () => {
    await fillBasics(yearsAgo(19));
    await t.type('redeem-code', 'ABCD-EFGH-JKU');
    await t.submit();

    expect(t.text('#redeem-code-error')).toContain('youth.redeem.errors.codeMalformed');
    t.http.expectNone('/api/youth/redeem');
  });
});
