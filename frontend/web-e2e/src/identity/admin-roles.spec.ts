import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, t, trackPageErrors } from '../support/harness';
import { demoLogin, signInByApi, useLanguage } from './identity-support';

/** Users and roles: an administrator grants a role and takes it back, each change announced. */
describe('users and roles', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    await useLanguage(context, 'ru');
    await signInByApi(context, demoLogin('admin'));
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('grants the reviewer role to the demo resident and revokes it again', async () => {
    const errors = trackPageErrors(page);
    const resident = demoLogin('resident').login;
    await page.goto('/admin/users');
    const row = page.getByRole('row').filter({ hasText: resident });
    await row.waitFor();
    const name = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
    const reviewer = t('ru', 'roles.reviewer');

    await row.getByLabel(t('ru', 'admin.users.grantLabel').replace('{{name}}', name)).selectOption('reviewer');
    await row.getByRole('button', { name: t('ru', 'admin.users.grantButtonLabel').replace('{{name}}', name) }).click();
    await page
      .getByText(t('ru', 'admin.users.granted').replace('{{role}}', reviewer).replace('{{name}}', name))
      .waitFor();
    await row.getByRole('listitem').filter({ hasText: reviewer }).waitFor();

    const revokeName = t('ru', 'admin.users.revokeLabel').replace('{{role}}', reviewer).replace('{{name}}', name);
    await row.getByRole('button', { name: revokeName }).click();
    await page
      .getByText(t('ru', 'admin.users.revoked').replace('{{role}}', reviewer).replace('{{name}}', name))
      .waitFor();
    // The list reloads just after the announcement: the chip must go (waitFor fails if it stays).
    await row.getByRole('listitem').filter({ hasText: reviewer }).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
