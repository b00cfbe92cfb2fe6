import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, openHome, t } from './support/harness';

describe('keyboard use', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  it('reaches the skip link with the first Tab, and the skip link moves focus to the main content', async () => {
    await openHome(page);

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim(), href: el?.getAttribute('href') };
    });
    expect(first).toEqual({ tag: 'a', text: t('lv', 'shell.skipLink'), href: '#main' });
    // A skip link that stays invisible when focused helps nobody who can see: it must show up.
    expect(await page.getByRole('link', { name: t('lv', 'shell.skipLink') }).isVisible()).toBe(true);

    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName.toLowerCase(), id: document.activeElement?.id }));
    expect(focused).toEqual({ tag: 'main', id: 'main' });
  });
});
