import fs from 'node:fs';
import path from 'node:path';
import type { Locale, MunicipalityDto } from '@balss/contracts';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/**
 * The browser-test harness: Debian's Chromium driven by playwright-core (CI machines cannot download
 * Playwright's own browsers), against the running app at E2E_BASE_URL. `npm test` starts the app and sets it.
 */

export const LOCALES: readonly Locale[] = ['lv', 'ru', 'en'];
/** Each language's own name, as the language switch labels its buttons (WCAG 3.1.2). */
export const ENDONYMS: Record<Locale, string> = { en: 'English', lv: 'Latviešu', ru: 'Русский' };

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) {
    throw new Error(
      'E2E_BASE_URL is not set. Run the browser tests through `npm test -- --only browser` (it builds and starts ' +
        'the app), or against a running `npm start`: E2E_BASE_URL=http://localhost:3000 npx nx test web-e2e',
    );
  }
  return url.replace(/\/$/, '');
}

/**
 * Launches headless Chromium. Playwright gives every launch a fresh, throw-away --user-data-dir itself
 * (and refuses one passed in `args`), so no profile state leaks between runs.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['E2E_CHROMIUM'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** A fresh context (empty storage) on the app, so every test starts as a first-time visitor. */
export async function newContext(browser: Browser, viewport = { height: 900, width: 1280 }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Collects uncaught page errors so a test can assert the page ran without crashing. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** What the API says the home page must show; the UI is checked against it, not against a copy. */
export async function fetchMunicipality(slug = 'daugavpils'): Promise<MunicipalityDto> {
  const res = await fetch(`${baseUrl()}/api/municipalities/${slug}`);
  if (!res.ok) {
    throw new Error(`GET /api/municipalities/${slug} answered ${res.status}: ${await res.text()}`);
  }
  return (await res.json()) as MunicipalityDto;
}

type Translations = Record<string, unknown>;
const translationCache = new Map<Locale, Translations>();

/** A text from the web app's own translation files (frontend/web/public/i18n), by dotted key. */
export function t(locale: Locale, key: string): string {
  let texts = translationCache.get(locale);
  if (!texts) {
    const file = path.resolve(__dirname, '../../../web/public/i18n', `${locale}.json`);
    texts = JSON.parse(fs.readFileSync(file, 'utf8')) as Translations;
    translationCache.set(locale, texts);
  }
  const value = key.split('.').reduce<unknown>((node, part) => (node as Translations | undefined)?.[part], texts);
  if (typeof value !== 'string') {
    throw new Error(`No text ${key} in frontend/web/public/i18n/${locale}.json`);
  }
  return value;
}

/** Opens the home page and waits until the neighbourhood list has rendered. */
export async function openHome(page: Page, locale: Locale = 'lv'): Promise<void> {
  await page.goto('/');
  await neighbourhoodList(page, locale).getByRole('listitem').first().waitFor();
}

/** The list of apkaimes, found by its accessible name (the section heading). */
export function neighbourhoodList(page: Page, locale: Locale) {
  return page.getByRole('main').getByRole('list', { name: t(locale, 'home.neighbourhoods.heading') });
}

/** Switches the language with the visible switch and waits for the page to be in that language. */
export async function switchLanguage(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('group', { name: t(currentLocale(await page.getAttribute('html', 'lang')), 'shell.language') })
    .getByRole('button', { name: ENDONYMS[locale] })
    .click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

function currentLocale(lang: string | null): Locale {
  return LOCALES.find((l) => l === lang) ?? 'lv';
}

/** The names shown on the neighbourhood cards, in page order. */
export async function shownNeighbourhoodNames(page: Page, locale: Locale): Promise<string[]> {
  const names = await neighbourhoodList(page, locale).getByRole('listitem').getByRole('heading', { level: 3 }).allTextContents();
  return names.map((n) => n.trim());
}
