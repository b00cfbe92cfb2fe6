import type { Locale, MunicipalityDto } from '@balss/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fetchMunicipality, launchBrowser, neighbourhoodList, newContext, openHome, shownNeighbourhoodNames, switchLanguage } from './support/harness';

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

  async function expectPageIn(locale: Locale): Promise<void> {
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    const heading = page.getByRole('heading', { level: 1, name: municipality.name[locale], exact: true });
    await heading.waitFor();
    const expected = municipality.neighbourhoods.map((n) => n.name[locale]).sort();
    expect((await shownNeighbourhoodNames(page, locale)).sort()).toEqual(expected);
  }

  it.each<Locale>(['ru', 'en'])('switches to %s: heading and neighbourhood names change, and the choice survives a reload', async (locale) => {
    await openHome(page);
    const latvianNames = await shownNeighbourhoodNames(page, 'lv');

    await switchLanguage(page, locale);

    await expectPageIn(locale);
    expect(await shownNeighbourhoodNames(page, locale)).not.toEqual(latvianNames);

    await page.reload();
    await neighbourhoodList(page, locale).getByRole('listitem').first().waitFor();
    await expectPageIn(locale);
  });

  it('switches back to Latvian', async () => {
    await openHome(page);
    await switchLanguage(page, 'en');
    await switchLanguage(page, 'lv');

    await page.reload();
    await neighbourhoodList(page, 'lv').getByRole('listitem').first().waitFor();
    await expectPageIn('lv');
  });
});
