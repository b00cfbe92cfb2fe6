import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, t } from '../support/harness';
import { demoLogin, signInByApi, useLanguage } from './identity-support';

/**
 * Issue 3 "Done when": an administrator of another municipality sees nothing of Daugavpils — on the
 * pages (users, code batches, imports, header) and when asking the API for Daugavpils records by id.
 * Daugavpils's own administrator, in a second browser, says what there is to hide.
 */
describe('an administrator of another municipality', () => {
  let browser: Browser;
  let other: BrowserContext;
  let daugavpils: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    other = await newContext(browser);
    await useLanguage(other, 'en');
    await signInByApi(other, demoLogin('other-admin'));
    daugavpils = await newContext(browser);
    await signInByApi(daugavpils, demoLogin('admin'));
    page = await other.newPage();
  });
  afterAll(async () => {
    await other?.close();
    await daugavpils?.close();
    await browser?.close();
  });

  async function json<T>(context: BrowserContext, url: string): Promise<T> {
    const res = await context.request.get(url);
    expect({ url, status: res.status() }).toEqual({ url, status: 200 });
    return (await res.json()) as T;
  }

  it('sees only their own municipality’s people, under their own municipality’s name', async () => {
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: t('en', 'admin.users.heading') }).waitFor();
    await page.getByRole('region', { name: t('en', 'admin.users.tableLabel') }).waitFor();

    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain(demoLogin('other-admin').login);
    expect(main).not.toContain('@daugavpils.');
    expect(await page.getByRole('banner').textContent()).not.toContain('Daugavpils');
  });

  it('sees none of Daugavpils’s youth code batches, on the page or from the API', async () => {
    // Daugavpils has at least one batch to hide.
    const issued = await daugavpils.request.post('/api/youth/code-batches', {
      data: { expiresOn: `${new Date().getUTCFullYear() + 1}-06-30`, issuerName: 'Daugavpils tenancy check', size: 1 },
      headers: { 'X-CSRF-Token': await csrfOf(daugavpils) },
    });
    expect(issued.status()).toBe(201);
    const theirs = await json<{ id: string }[]>(daugavpils, '/api/youth/code-batches');
    const own = await json<{ id: string }[]>(other, '/api/youth/code-batches');

    expect(own.filter((b) => theirs.some((x) => x.id === b.id))).toEqual([]);
    for (const batch of theirs.slice(0, 3)) {
      expect((await other.request.get(`/api/youth/code-batches/${batch.id}`)).status()).toBe(404);
    }
    await page.goto('/admin/code-batches');
    await page.getByRole('heading', { level: 2, name: t('en', 'admin.codes.list.heading') }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Daugavpils tenancy check');
  });

  it('sees none of Daugavpils’s voter register imports', async () => {
    const theirs = await json<{ id: string }[]>(daugavpils, '/api/register/imports');
    const own = await json<{ id: string }[]>(other, '/api/register/imports');

    expect(own.filter((i) => theirs.some((x) => x.id === i.id))).toEqual([]);
    for (const item of theirs.slice(0, 3)) {
      expect((await other.request.get(`/api/register/imports/${item.id}`)).status()).toBe(404);
    }
  });

  it('gets 404 for a Daugavpils user, exactly as for one that does not exist', async () => {
    const users = await json<{ items: { id: string; email: string | null }[] }>(daugavpils, '/api/users?pageSize=100');
    const resident = users.items.find((u) => u.email === demoLogin('resident').login);
    expect(resident).toBeDefined();

    const foreign = await other.request.get(`/api/users/${resident?.id}`);
    const missing = await other.request.get('/api/users/00000000-0000-4000-8000-000000000000');
    expect([foreign.status(), missing.status()]).toEqual([404, 404]);
    expect((await foreign.json()).code).toBe((await missing.json()).code);
  });
});

async function csrfOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'balss_csrf');
  return decodeURIComponent(cookie?.value ?? '');
}
