import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@balss/contracts';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, t } from '../support/harness';

/**
 * Helpers of the identity browser tests (issue 3): the demo logins `npm start` prints, signing in
 * through the API (so one sign-in serves many pages: the per-account and per-IP sign-in limits are
 * real here), and the local SMTP capture the test stage starts (`E2E_MAIL_URL`).
 */

interface DemoLogin {
  role: string;
  login: string;
  password: string;
  note?: string;
}

const DEMO_LOGINS: DemoLogin[] = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../tools/start/demo-logins.json'), 'utf8'),
).logins;

/** A demo account by role (Daugavpils), or the administrator of the other demo municipality. */
export function demoLogin(
  role: 'resident' | 'youth' | 'mentor' | 'admin' | 'auditor' | 'other-admin' | 'platform_admin',
): DemoLogin {
  const found =
    role === 'other-admin'
      ? DEMO_LOGINS.find((l) => l.role === 'admin' && !l.login.includes('@daugavpils.'))
      : role === 'platform_admin' // the one global account: its address names no municipality
        ? DEMO_LOGINS.find((l) => l.role === role)
        : DEMO_LOGINS.find((l) => l.role === role && l.login.includes('@daugavpils.'));
  if (!found) {
    throw new Error(`tools/start/demo-logins.json has no ${role} login`);
  }
  return found;
}

/** Signs the browser context in with e-mail and password the way the web app does (CSRF included). */
export async function signInByApi(context: BrowserContext, login: { login: string; password: string }): Promise<void> {
  const csrf = await context.request.get(`${baseUrl()}/api/auth/csrf`);
  if (!csrf.ok()) {
    throw new Error(`GET /api/auth/csrf answered ${csrf.status()}: ${await csrf.text()}`);
  }
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await context.request.post(`${baseUrl()}/api/auth/login`, {
    data: { email: login.login, password: login.password },
    headers: { 'X-CSRF-Token': csrfToken },
  });
  if (!res.ok()) {
    throw new Error(`Signing in as ${login.login} answered ${res.status()}: ${await res.text()}`);
  }
}

/** The visitor's language, chosen before the app starts (as the language switch remembers it). */
export async function useLanguage(context: BrowserContext, locale: Locale): Promise<void> {
  await context.addInitScript((lang) => window.localStorage.setItem('balss.locale', lang), locale);
}

export interface CapturedMail {
  id: string;
  subject: string;
  text: string;
  links: string[];
  envelope: { rcptTo: string[] };
}

function mailUrl(): string {
  const url = process.env['E2E_MAIL_URL'];
  if (!url) {
    throw new Error('E2E_MAIL_URL is not set: run the browser tests through `npm test -- --only browser`.');
  }
  return url.replace(/\/$/, '');
}

/** Waits for a mail to `to` that has a link containing `linkPart`, and returns that link. */
export async function waitForMailLink(to: string, linkPart: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let seen: CapturedMail[] = [];
  while (Date.now() < deadline) {
    const res = await fetch(`${mailUrl()}/messages?to=${encodeURIComponent(to)}&wait=5000`);
    seen = (await res.json()) as CapturedMail[];
    const link = seen.flatMap((mail) => mail.links).find((l) => l.includes(linkPart));
    if (link) {
      return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `No mail to ${to} with a link containing ${linkPart} within ${timeoutMs} ms; got: ${JSON.stringify(seen.map((m) => m.subject))}`,
  );
}

/** A link from a mail, opened in this app: same path and fragment, the test server's origin. */
export function inApp(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** An address nobody else uses in this run. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** `YYYY-MM-DD` of the day `years` ago (minus `days`), for ages that do not change with the calendar. */
export function birthDateYearsAgo(years: number, days = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** Fills a field found by its visible label (labels are the translated texts). */
export async function fillField(page: Page, locale: Locale, labelKey: string, value: string): Promise<void> {
  await page.getByLabel(t(locale, labelKey), { exact: true }).fill(value);
}
