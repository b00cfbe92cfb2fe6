import type { Locale } from '@balss/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOCALES, launchBrowser, newContext, openHome, switchLanguage } from './support/harness';

// WCAG 1.4.10 Reflow: content must fit 320 CSS px (a phone, or 1280 px at 400 % zoom) without scrolling sideways.
describe('a 320 px wide screen', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    context = await newContext(browser, { height: 640, width: 320 });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  it.each<Locale>([...LOCALES])('shows the home page in %s without horizontal scrolling', async (locale) => {
    await openHome(page);
    if (locale !== 'lv') {
      await switchLanguage(page, locale);
      await openHome(page, locale);
    }

    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});
