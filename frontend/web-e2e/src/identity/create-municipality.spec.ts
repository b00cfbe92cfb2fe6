import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, t } from '../support/harness';
import {
  demoLogin,
  fillField,
  inApp,
  signInByApi,
  uniqueEmail,
  useLanguage,
  waitForMailLink,
} from './identity-support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Issue 3 "Tenancy": a platform administrator creates a municipality with its first administrator,
 * who accepts the e-mailed invitation, signs in, and sees that municipality and nothing of Daugavpils.
 */
describe('a platform administrator creating a municipality', () => {
  const slug = `rezekne-${Date.now().toString(36)}`;
  const adminEmail = uniqueEmail('rezekne-admin');
  const password = 'rēzeknes pils drupas';
  let browser: Browser;
  let platform: BrowserContext;
  let newAdmin: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    platform = await newContext(browser);
    await useLanguage(platform, 'en');
    await signInByApi(platform, demoLogin('platform_admin'));
    page = await platform.newPage();
  });
  afterAll(async () => {
    await platform?.close();
    await newAdmin?.close();
    await browser?.close();
  });

  it('finds the page from the administration home, and it is axe-clean with the errors of an empty form', async () => {
    await page.goto('/admin');
    await page.getByRole('link', { name: t('en', 'admin.home.municipalities.title') }).click();
    await page.getByRole('heading', { level: 1, name: t('en', 'admin.municipalities.heading') }).waitFor();
    await page.getByRole('table', { name: t('en', 'admin.municipalities.list.heading') }).waitFor();

    await page.getByRole('button', { name: t('en', 'admin.municipalities.create.submit') }).click();
    await page.getByRole('heading', { name: t('en', 'forms.summaryHeading') }).waitFor();
    expect(await page.getByText(t('en', 'admin.municipalities.errors.slugRequired')).count()).toBeGreaterThan(0);
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('refuses a taken short name at its field and creates nothing', async () => {
    await fillField(page, 'en', 'admin.municipalities.fields.slug', 'daugavpils');
    await fillField(page, 'en', 'admin.municipalities.fields.nameLv', 'Rēzekne');
    await fillField(page, 'en', 'admin.municipalities.fields.nameRu', 'Резекне');
    await fillField(page, 'en', 'admin.municipalities.fields.nameEn', 'Rezekne');
    await fillField(page, 'en', 'admin.municipalities.fields.adminEmail', adminEmail);
    await fillField(page, 'en', 'admin.municipalities.fields.adminName', 'Rēzeknes administrators');
    await page.getByRole('button', { name: t('en', 'admin.municipalities.create.submit') }).click();
    await page.getByText(t('en', 'admin.municipalities.errors.slugTaken')).first().waitFor();
    const list = (await platform.request.get('/api/municipalities').then((r) => r.json())) as { slug: string }[];
    expect(list.map((m) => m.slug)).not.toContain(slug);
  });

  it('creates it, announces it and lists it', async () => {
    await fillField(page, 'en', 'admin.municipalities.fields.slug', slug);
    await page.getByRole('button', { name: t('en', 'admin.municipalities.create.submit') }).click();
    const notice = page.getByText(`(${slug})`);
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Rezekne');
    await page.getByRole('rowheader', { name: 'Rēzekne' }).first().waitFor();
    expect(await blockingViolations(page)).toEqual([]);
  });

  it('lets its invited administrator set a password and see it — and nothing of Daugavpils', async () => {
    const link = await waitForMailLink(adminEmail, '/account/reset-password');
    newAdmin = await newContext(browser);
    await useLanguage(newAdmin, 'en');
    const own = await newAdmin.newPage();
    await own.goto(inApp(link));
    await own.getByRole('heading', { level: 1, name: t('en', 'identity.reset.heading') }).waitFor();
    await fillField(own, 'en', 'identity.fields.newPassword', password);
    await fillField(own, 'en', 'identity.fields.confirmPassword', password);
    await own.getByRole('button', { name: t('en', 'identity.reset.submit') }).click();
    await own.getByRole('heading', { name: t('en', 'identity.reset.done.heading') }).waitFor();

    await signInByApi(newAdmin, { login: adminEmail, password });
    const me = (await newAdmin.request.get('/api/me').then((r) => r.json())) as {
      roles: string[];
      municipality: { slug: string };
    };
    expect(me).toMatchObject({ roles: ['admin'], municipality: { slug } });

    await own.goto('/admin/users');
    await own.getByRole('heading', { level: 1, name: t('en', 'admin.users.heading') }).waitFor();
    await own.getByRole('region', { name: t('en', 'admin.users.tableLabel') }).waitFor();
    const main = (await own.getByRole('main').textContent()) ?? '';
    expect(main).toContain(adminEmail);
    expect(main).not.toContain('@daugavpils.');
    await own.getByRole('banner').getByText('Rezekne').first().waitFor();
    expect(await own.getByRole('banner').textContent()).not.toContain('Daugavpils');
    const users = (await newAdmin.request.get('/api/users?pageSize=100').then((r) => r.json())) as {
      items: { email: string }[];
    };
    expect(users.items.map((u) => u.email)).toEqual([adminEmail]);
  });
});
