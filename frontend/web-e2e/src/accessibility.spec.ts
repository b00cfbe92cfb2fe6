import AxeBuilder from '@axe-core/playwright';
import type { Locale } from '@balss/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOCALES, launchBrowser, newContext, openHome, switchLanguage, t } from './support/harness';

/** Every page of the app. Add a page here when you add a route. */
const PAGES: { name: string; path: string; ready: (page: Page, locale: Locale) => Promise<void> }[] = [
  { name: 'home', path: '/', ready: (page, locale) => openHome(page, locale) },
  {
    name: '404',
    path: '/this-page-does-not-exist',
    ready: async (page, locale) => {
      await page.goto('/this-page-does-not-exist');
      await page.getByRole('heading', { level: 1, name: t(locale, 'notFound.heading') }).waitFor();
    },
  },
];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
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

  const cases = LOCALES.flatMap((locale) => PAGES.map((p) => [p.name, locale, p] as const));
  it.each(cases)('%s page in %s has no serious or critical violation', async (_name, locale, target) => {
    // Choose the language the way a visitor does, then open the page (the choice is remembered).
    await openHome(page);
    if (locale !== 'lv') {
      await switchLanguage(page, locale);
    }
    await target.ready(page, locale);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);

    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
    if (blocking.length) {
      console.error(`axe: ${blocking.length} serious/critical violation(s) on ${target.path} in ${locale}:\n\n${describeViolations(blocking)}`);
    }
    expect(blocking.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} element(s)`)).toEqual([]);
  });
});
