import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, t, trackPageErrors } from '../support/harness';
import { fillField, inApp, uniqueEmail, useLanguage, waitForMailLink } from './identity-support';

/** Issue 3 "Done when": register by e-mail and verify, as a new user would — keyboard only. */
describe('registration by e-mail', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    context = await newContext(browser);
    await useLanguage(context, 'en');
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  it('registers, verifies through the captured mail, signs in, downloads the data and erases the account', async () => {
    const errors = trackPageErrors(page);
    const email = uniqueEmail('anna');
    const password = 'Daugavas tilts pavasarī';

    await page.goto('/account/register');
    await page.getByRole('heading', { level: 1, name: t('en', 'identity.register.heading') }).waitFor();
    await fillField(page, 'en', 'identity.fields.displayName', 'Anna Test');
    await fillField(page, 'en', 'identity.fields.email', email);
    await fillField(page, 'en', 'identity.fields.newPassword', password);
    // Submitting with Enter from the last field: the form works without a mouse.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: t('en', 'identity.register.sent.heading') }).waitFor();

    const link = await waitForMailLink(email, '/account/verify-email#token=');
    await page.goto(inApp(link));
    await page.getByRole('heading', { name: t('en', 'identity.verify.verified.heading') }).waitFor();

    await page
      .getByRole('main')
      .getByRole('link', { name: t('en', 'identity.verify.verified.signIn'), exact: true })
      .click();
    await fillField(page, 'en', 'identity.fields.email', email);
    await fillField(page, 'en', 'identity.fields.password', password);
    await page.getByRole('button', { name: t('en', 'identity.signIn.password.submit'), exact: true }).click();

    await page.getByRole('heading', { level: 1, name: t('en', 'identity.profile.heading') }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(email);
    // The header shows who is signed in, with a link to the profile.
    const header = page.getByRole('banner');
    expect(await header.getByText('Anna Test').isVisible()).toBe(true);
    expect(await header.getByRole('link', { name: t('en', 'shell.account.profile') }).getAttribute('href')).toBe(
      '/account/profile',
    );
    // Registered by e-mail only: no e-ID link yet, so the register cannot be asked.
    await page.getByText(t('en', 'identity.eligibility.mayNotVote')).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(t('en', 'identity.eligibility.reasons.noEidLink'));

    // My data, as a JSON file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('en', 'identity.profile.data.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^balss-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(fs.readFileSync((await download.path()) as string, 'utf8'));
    expect(exported.account.email).toBe(email);

    // Erasure: just signed in, so ticking the box is enough; afterwards the password no longer works.
    await page.getByRole('button', { name: t('en', 'identity.erase.open') }).click();
    await page.getByLabel(t('en', 'identity.erase.confirmLabel')).check();
    await page.getByRole('button', { name: t('en', 'identity.erase.submit') }).click();
    await page.getByRole('heading', { level: 1, name: t('en', 'identity.erased.heading') }).waitFor();
    expect((await context.request.get('/api/me')).status()).toBe(401);
    expect(errors).toEqual([]);
  });

  it('shows what is wrong with the form, linked to the fields, before anything is sent', async () => {
    await page.goto('/account/register');
    await page.getByRole('button', { name: t('en', 'identity.register.submit') }).click();

    const summary = page.getByRole('heading', { name: t('en', 'forms.summaryHeading') });
    await summary.waitFor();
    await page.getByRole('link', { name: t('en', 'identity.errors.emailRequired') }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('register-email');
    expect(await page.getByLabel(t('en', 'identity.fields.email')).getAttribute('aria-invalid')).toBe('true');
  });

  it('offers a new link when the verification link does not work', async () => {
    await page.goto('/account/verify-email#token=nonexistent-token-000000000000');
    await page.getByText(t('en', 'identity.verify.failed.unknown')).waitFor();
    await fillField(page, 'en', 'identity.fields.email', uniqueEmail('nobody'));
    await page.getByRole('button', { name: t('en', 'identity.verify.resend.submit') }).click();
    await page.getByText(t('en', 'identity.verify.resend.sent')).waitFor();
  });
});
