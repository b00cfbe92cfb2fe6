import type { Locale, MunicipalityDto } from '@balss/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fetchMunicipality, launchBrowser, neighbourhoodList, newContext, openHome, shownNeighbourhoodNames, switchLanguage, t } from './support/harness';

describe('language switch', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let municipality: MunicipalityDto;

  beforeAll(async () => {
    municipality = await fetchMunicipality();
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  /** The page is in `locale`: html lang, the headings and every neighbourhood name as the API gives them. */
  async function expectPageIn(locale: Locale): Promise<void> {
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    await page.getByRole('heading', { level: 1, name: municipality.name[locale], exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: t(locale, 'home.neighbourhoods.heading'), exact: true }).waitFor();
    const expected = municipality.neighbourhoods.map((n) => n.name[locale]).sort();
    expect((await shownNeighbourhoodNames(page, locale)).sort()).toEqual(expected);
  }

  it.each<Locale>(['ru', 'en'])('switches to %s: headings and names change, and the choice survives a reload', async (locale) => {
    await openHome(page);
    const latvian = await visibleHeadingsAndNames();

    await switchLanguage(page, locale);

    await expectPageIn(locale);
    // English keeps the Latvian proper names (the seed has no English ones), but its headings change.
    expect(await visibleHeadingsAndNames()).not.toEqual(latvian);

    await page.reload();
    await neighbourhoodList(page, locale).getByRole('listitem').first().waitFor();
    await expectPageIn(locale);
  });

  async function visibleHeadingsAndNames(): Promise<string[]> {
    return (await page.getByRole('main').getByRole('heading').allTextContents()).map((h) => h.trim());
  }

  it('switches back to Latvian', async () => {
    await openHome(page);
    await switchLanguage(page, 'en');
    await switchLanguage(page, 'lv');

    await page.reload();
    await neighbourhoodList(page, 'lv').getByRole('listitem').first().waitFor();
    await expectPageIn('lv');
  });
});
