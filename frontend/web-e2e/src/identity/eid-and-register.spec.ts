import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, t, trackPageErrors } from '../support/harness';
import { demoLogin, signInByApi, useLanguage } from './identity-support';

/**
 * Issue 3 "Done when": sign in through the loopback OIDC provider as a resident from an imported
 * register and see "you may vote". The administrator imports the register through the page first
 * (the demo residents of tools/infra/oidc-demo-residents.json), watching its progress to the end.
 */
const REGISTER_CSV = [
  'personal_code;birth_date;neighbourhood;declared_from;declared_to',
  '120590-10000;;centrs;2015-03-01;',
  '325871-40216;2008-02-29;jaunbuve;2019-09-01;',
  '100312-20006;;gajoks;2012-03-20;',
  '161175-19997;;vecforstadte;2001-04-01;2024-06-30',
  '',
].join('\n');

describe('e-ID sign-in against an imported voter register', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    context = await newContext(browser);
    await useLanguage(context, 'lv');
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  it('imports the register as an administrator and shows the import to its end', async () => {
    const errors = trackPageErrors(page);
    await signInByApi(context, demoLogin('admin'));

    await page.goto('/admin/register');
    await page.getByRole('heading', { level: 1, name: t('lv', 'admin.register.heading') }).waitFor();
    await page.getByLabel(t('lv', 'admin.register.upload.file')).setInputFiles({
      buffer: Buffer.from(REGISTER_CSV, 'utf8'),
      mimeType: 'text/csv',
      name: 'daugavpils-register.csv',
    });
    await page.getByRole('button', { name: t('lv', 'admin.register.upload.submit') }).click();

    // The progress bar is followed until the worker reports the import complete.
    await page.locator('progress#import-progress').waitFor();
    await page
      .locator('label[for="import-progress"]', { hasText: t('lv', 'admin.register.status.completed') })
      .waitFor({ timeout: 60_000 });
    expect(await page.locator('progress#import-progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(
      100,
    );
    const done = t('lv', 'admin.register.progress.completed').split('{{')[0];
    expect(await page.getByRole('main').textContent()).toContain(done);
    expect(errors).toEqual([]);
  });

  it('refuses a file with a bad line, naming the line', async () => {
    await signInByApi(context, demoLogin('admin'));
    await page.goto('/admin/register');
    await page.getByLabel(t('lv', 'admin.register.upload.file')).setInputFiles({
      buffer: Buffer.from(`${REGISTER_CSV}not-a-code;;centrs;2015-03-01;\n`, 'utf8'),
      mimeType: 'text/csv',
      name: 'broken.csv',
    });
    await page.getByRole('button', { name: t('lv', 'admin.register.upload.submit') }).click();

    await page.getByRole('heading', { name: t('lv', 'admin.register.rejected.heading') }).waitFor();
    const row = page
      .getByRole('region', { name: t('lv', 'admin.register.rejected.tableLabel') })
      .getByRole('row')
      .nth(1);
    expect(await row.getByRole('rowheader').textContent()).toContain('6');
  });

  it('signs Anna in with e-ID and tells her she may vote; signing out ends it', async () => {
    const errors = trackPageErrors(page);
    await page.goto('/account/sign-in');
    await page.locator('a[href^="/api/auth/eid/daugavpils/start"]').click();

    // The loopback provider's own page: choose the person and sign in.
    await page.getByLabel('Anna Bērziņa').check();
    await page.getByRole('button', { name: /Sign in/ }).click();

    await page.getByRole('heading', { level: 1, name: t('lv', 'identity.profile.heading') }).waitFor();
    await page.getByText(t('lv', 'identity.eligibility.mayVote'), { exact: true }).waitFor();
    expect(await page.getByRole('banner').getByText('Anna Bērziņa').isVisible()).toBe(true);

    await page.getByRole('button', { name: t('lv', 'shell.account.signOut') }).click();
    await page.getByText(t('lv', 'identity.signIn.signedOut')).waitFor();
    const me = await context.request.get('/api/me');
    expect(me.status()).toBe(401);
    expect(errors).toEqual([]);
  });

  it('tells Jānis, aged under 16, exactly why he may not vote', async () => {
    await page.goto('/account/sign-in');
    await page.locator('a[href^="/api/auth/eid/daugavpils/start"]').click();
    await page.getByLabel('Jānis Ozols').check();
    await page.getByRole('button', { name: /Sign in/ }).click();

    await page.getByText(t('lv', 'identity.eligibility.mayNotVote'), { exact: true }).waitFor();
    const reasons = await page.getByRole('main').getByRole('listitem').allTextContents();
    expect(reasons.map((r) => r.trim())).toContain(t('lv', 'identity.eligibility.reasons.underMinimumAge'));
  });

  it('brings a person who cancels at the provider back to the sign-in page with an alert saying so', async () => {
    const errors = trackPageErrors(page);
    await page.goto('/account/sign-in?returnTo=%2Faccount%2Fprofile');
    await page.locator('a[href^="/api/auth/eid/daugavpils/start"]').click();
    await page.getByRole('button', { name: /Cancel/ }).click();

    const alert = page.getByRole('alert');
    await alert.getByText(t('lv', 'identity.signIn.eid.problems.cancelled')).waitFor();
    expect(new URL(page.url()).searchParams.get('eid-error')).toBe('cancelled');
    expect((await context.request.get('/api/me')).status()).toBe(401);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? '')).map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
