import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, t, trackPageErrors } from '../support/harness';
import {
  birthDateYearsAgo,
  demoLogin,
  fillField,
  inApp,
  signInByApi,
  uniqueEmail,
  useLanguage,
  waitForMailLink,
} from './identity-support';

/**
 * Issue 3 "Done when": redeem a youth code as a 15-year-old and get the adult's confirmation. An
 * administrator issues the codes on the page; the youth redeems one, naming the demo mentor, who
 * confirms from the captured invitation mail after signing in.
 */
describe('youth code and the responsible adult', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  async function newPage(locale: 'lv' | 'ru' | 'en'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser);
    contexts.push(context);
    await useLanguage(context, locale);
    return { context, page: await context.newPage() };
  }

  let code = '';
  /** The young person's browser, still signed in by the redemption. */
  let youthPage: Page | undefined;
  const issuer = `E2E skola ${Date.now()}`;
  const youthEmail = uniqueEmail('zibens');
  const mentor = demoLogin('mentor');

  it('issues a batch of codes as an administrator', async () => {
    const { context, page } = await newPage('lv');
    const errors = trackPageErrors(page);
    await signInByApi(context, demoLogin('admin'));

    await page.goto('/admin/code-batches');
    await fillField(page, 'lv', 'admin.codes.fields.issuer', issuer);
    await fillField(page, 'lv', 'admin.codes.fields.size', '3');
    await fillField(page, 'lv', 'admin.codes.fields.expiresOn', birthDateYearsAgo(-1));
    await page.getByRole('button', { name: t('lv', 'admin.codes.create.submit') }).click();

    await page
      .getByRole('heading', { name: t('lv', 'admin.codes.latest.heading').replace('{{issuer}}', issuer) })
      .waitFor();
    await page.getByText(t('lv', 'admin.codes.latest.show').replace('{{count}}', '3')).click();
    const codes = await page
      .getByRole('list', { name: t('lv', 'admin.codes.latest.listLabel') })
      .getByRole('listitem')
      .allTextContents();
    expect(codes).toHaveLength(3);
    code = codes[0].trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    // The batch is listed with its issuer.
    await page.getByRole('rowheader', { name: issuer }).waitFor();
    expect(errors).toEqual([]);
  });

  it('redeems the code as a 15-year-old naming a responsible adult, and waits for them', async () => {
    expect(code).not.toBe('');
    const { page } = await newPage('lv');
    youthPage = page;
    const errors = trackPageErrors(page);

    await page.goto('/youth/redeem');
    // Typed the way a teenager might: lower case, spaces instead of hyphens.
    await fillField(page, 'lv', 'youth.fields.code', code.toLowerCase().replace(/-/g, ' '));
    await fillField(page, 'lv', 'youth.fields.birthDate', birthDateYearsAgo(15));
    await page.getByRole('group', { name: t('lv', 'youth.redeem.adult.legend') }).waitFor();
    await fillField(page, 'lv', 'youth.fields.nickname', 'Zibens');
    await fillField(page, 'lv', 'identity.fields.email', youthEmail);
    await fillField(page, 'lv', 'identity.fields.newPassword', 'kaķis guļ uz siltā jumta');
    await fillField(page, 'lv', 'youth.fields.adultName', 'Mentors');
    await fillField(page, 'lv', 'youth.fields.adultEmail', mentor.login);
    await page.getByRole('button', { name: t('lv', 'youth.redeem.submit') }).click();

    await page.getByRole('heading', { level: 1, name: t('lv', 'youth.status.heading') }).waitFor();
    await page.getByRole('heading', { name: t('lv', 'youth.status.awaiting.heading') }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(mentor.login);
    expect(errors).toEqual([]);
  });

  it('lets the adult confirm from the invitation mail after signing in; the youth sees it confirmed', async () => {
    const link = await waitForMailLink(mentor.login, '/youth/responsible-adult#token=');
    const { page } = await newPage('en');
    const errors = trackPageErrors(page);

    await page.goto(inApp(link));
    await page.getByText('Zibens', { exact: false }).first().waitFor();
    await page.getByRole('link', { name: t('en', 'youth.invitation.account.signIn') }).click();
    await fillField(page, 'en', 'identity.fields.email', mentor.login);
    await fillField(page, 'en', 'identity.fields.password', mentor.password);
    await page.getByRole('button', { name: t('en', 'identity.signIn.password.submit'), exact: true }).click();

    // Back on the invitation (the token survived the sign-in in the fragment).
    await page.getByRole('heading', { name: t('en', 'youth.invitation.confirm.heading'), exact: true }).waitFor();
    await fillField(page, 'en', 'youth.invitation.confirm.birthDate', birthDateYearsAgo(40));
    await page.getByRole('button', { name: t('en', 'youth.invitation.confirm.submit') }).click();
    await page.getByRole('heading', { name: t('en', 'youth.invitation.confirmed.heading') }).waitFor();

    await page
      .getByRole('main')
      .getByRole('link', { name: t('en', 'youth.invitation.confirmed.mentorLink') })
      .click();
    await page.getByRole('rowheader', { name: 'Zibens' }).first().waitFor();
    expect(errors).toEqual([]);

    // The young person, still signed in from the redemption, now sees the confirmation.
    await youthPage?.reload();
    await youthPage?.getByRole('heading', { name: t('lv', 'youth.status.confirmed.heading') }).waitFor();
  });

  it('explains kindly to a 12-year-old that the account can wait', async () => {
    const { page } = await newPage('ru');
    await page.goto('/youth/redeem');
    await fillField(page, 'ru', 'youth.fields.birthDate', birthDateYearsAgo(12));
    await page.getByRole('heading', { name: t('ru', 'youth.redeem.tooYoung.heading') }).waitFor();
  });
});
