import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, newContext, t, trackPageErrors } from '../support/harness';
import { demoLogin, signInByApi } from './identity-support';

/** Horizontal overflow of an element: how far its content is wider than its box. */
const overflowOf = (element: Locator): Promise<number> =>
  element.evaluate((node) => node.scrollWidth - node.clientWidth);

/**
 * The administration tables on a laptop and on a phone: a city administrator at 1280 px sees the
 * whole users table, grant controls included, without scrolling it sideways; at 320 px (WCAG 1.4.10)
 * only a table's own focusable region scrolls, never the page.
 */
describe('administration pages layout', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, { height: 900, width: 1280 });
    // One sign-in for the whole file: the sign-in rate limits are real here.
    await signInByApi(context, demoLogin('admin'));
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it.each(['lv', 'ru'] as const)('shows the whole users table at 1280 px in %s', async (locale) => {
    const errors = trackPageErrors(page);
    await page.setViewportSize({ height: 900, width: 1280 });
    // The language the switch remembers, read when the app starts.
    await page.goto('/');
    await page.evaluate((lang) => window.localStorage.setItem('balss.locale', lang), locale);
    await page.goto('/admin/users');
    await page.locator(`html[lang="${locale}"]`).waitFor();
    const region = page.getByRole('region', { name: t(locale, 'admin.users.tableLabel') });
    await region.getByRole('combobox').first().waitFor();

    expect(await overflowOf(region)).toBeLessThanOrEqual(0);
    expect(await overflowOf(page.locator('html'))).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it.each(['users', 'code-batches', 'register', 'audit'])('fits /admin/%s into 320 px', async (path) => {
    await page.setViewportSize({ height: 640, width: 320 });
    await page.goto(`/admin/${path}`);
    await page.locator('balss-data-table').first().waitFor();

    expect(await overflowOf(page.locator('html'))).toBeLessThanOrEqual(0);
  });
});
