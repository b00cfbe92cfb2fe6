import AxeBuilder from '@axe-core/playwright';
import type { Locale } from '@balss/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOCALES, launchBrowser, newContext, t } from '../support/harness';
import { demoLogin, signInByApi } from './identity-support';

type Who = 'visitor' | 'resident' | 'youth' | 'mentor' | 'admin' | 'platform_admin';

interface Target {
  name: string;
  path: string;
  who: Who;
  /** The h1 translation key the page shows once ready. */
  heading: string;
  /** Brings the page into the state to check (an error summary, …). */
  prepare?: (page: Page, locale: Locale) => Promise<void>;
}

/** Every page of issue 3 (identity, youth, administration), in the state a person meets it. */
const TARGETS: Target[] = [
  { heading: 'identity.signIn.heading', name: 'sign-in', path: '/account/sign-in', who: 'visitor' },
  {
    heading: 'identity.signIn.heading',
    name: 'sign-in with errors',
    path: '/account/sign-in',
    prepare: async (page, locale) => {
      await page.getByRole('button', { exact: true, name: t(locale, 'identity.signIn.password.submit') }).click();
      await page.getByRole('heading', { name: t(locale, 'forms.summaryHeading') }).waitFor();
    },
    who: 'visitor',
  },
  { heading: 'identity.register.heading', name: 'registration', path: '/account/register', who: 'visitor' },
  {
    heading: 'identity.verify.heading',
    name: 'verification without a token',
    path: '/account/verify-email',
    who: 'visitor',
  },
  { heading: 'identity.forgot.heading', name: 'forgotten password', path: '/account/forgot-password', who: 'visitor' },
  { heading: 'identity.reset.heading', name: 'new password', path: '/account/reset-password#token=x', who: 'visitor' },
  { heading: 'identity.erased.heading', name: 'account erased', path: '/account/erased', who: 'visitor' },
  { heading: 'youth.redeem.heading', name: 'youth code', path: '/youth/redeem', who: 'visitor' },
  {
    heading: 'youth.redeem.heading',
    name: 'youth code, 15 years old',
    path: '/youth/redeem',
    prepare: async (page, locale) => {
      const date = new Date();
      date.setUTCFullYear(date.getUTCFullYear() - 15);
      await page.getByLabel(t(locale, 'youth.fields.birthDate')).fill(date.toISOString().slice(0, 10));
      await page.getByRole('group', { name: t(locale, 'youth.redeem.adult.legend') }).waitFor();
    },
    who: 'visitor',
  },
  { heading: 'youth.invitation.heading', name: 'adult invitation', path: '/youth/responsible-adult', who: 'visitor' },
  { heading: 'identity.profile.heading', name: 'profile', path: '/account/profile', who: 'resident' },
  {
    heading: 'identity.profile.heading',
    name: 'profile, erasure opened',
    path: '/account/profile',
    prepare: async (page, locale) => {
      await page.getByRole('button', { name: t(locale, 'identity.erase.open') }).click();
      await page.getByRole('button', { name: t(locale, 'identity.erase.submit') }).click();
      await page.getByRole('heading', { name: t(locale, 'forms.summaryHeading') }).waitFor();
    },
    who: 'resident',
  },
  { heading: 'identity.noAccess.heading', name: 'no access', path: '/admin/users', who: 'resident' },
  { heading: 'youth.status.heading', name: 'youth status', path: '/youth/status', who: 'youth' },
  { heading: 'youth.mentor.heading', name: 'mentor', path: '/youth/mentor', who: 'mentor' },
  { heading: 'admin.home.heading', name: 'administration', path: '/admin', who: 'admin' },
  { heading: 'admin.users.heading', name: 'users and roles', path: '/admin/users', who: 'admin' },
  { heading: 'admin.codes.heading', name: 'youth code batches', path: '/admin/code-batches', who: 'admin' },
  { heading: 'admin.register.heading', name: 'register import', path: '/admin/register', who: 'admin' },
  { heading: 'admin.audit.heading', name: 'audit log', path: '/admin/audit', who: 'admin' },
  { heading: 'admin.municipalities.heading', name: 'municipalities', path: '/admin/municipalities', who: 'platform_admin' },
  { heading: 'admin.audit.platformHeading', name: 'platform audit log', path: '/admin/platform-audit', who: 'platform_admin' },
];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

describe('accessibility of the identity, youth and administration pages (axe-core, WCAG 2.1 A/AA)', () => {
  let browser: Browser;
  /** One signed-in browser per role for the whole sweep: sign-ins are rate limited per account. */
  const sessions = new Map<Who, { context: BrowserContext; page: Page }>();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all([...sessions.values()].map((s) => s.context.close()));
    await browser?.close();
  });

  async function pageOf(who: Who): Promise<Page> {
    let session = sessions.get(who);
    if (!session) {
      const context = await newContext(browser);
      if (who !== 'visitor') {
        await signInByApi(context, demoLogin(who));
      }
      session = { context, page: await context.newPage() };
      sessions.set(who, session);
    }
    return session.page;
  }

  const cases = LOCALES.flatMap((locale) => TARGETS.map((target) => [target.name, locale, target] as const));
  it.each(cases)('%s in %s has no serious or critical violation', async (_name, locale, target) => {
    const page = await pageOf(target.who);
    // The remembered language, as the language switch stores it, then a fresh load of the page.
    await page.goto('/this-page-does-not-exist');
    await page.evaluate((lang) => localStorage.setItem('balss.locale', lang), locale);
    await page.goto(target.path);
    await page.getByRole('heading', { level: 1, name: t(locale, target.heading) }).waitFor();
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    await target.prepare?.(page, locale);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);

    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
    if (blocking.length) {
      const detail = blocking
        .map(
          (v) =>
            `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.html.slice(0, 160)}`).join('\n')}`,
        )
        .join('\n');
      console.error(`axe on ${target.path} (${target.name}) in ${locale}:\n${detail}`);
    }
    expect(blocking.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} element(s)`)).toEqual([]);
  });
});
