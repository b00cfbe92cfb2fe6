import type { MunicipalityDto } from '@balss/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fetchMunicipality, launchBrowser, neighbourhoodList, newContext, openHome, shownNeighbourhoodNames, trackPageErrors } from './support/harness';

describe('home page', () => {
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

  it('shows Daugavpils and its 25 neighbourhoods, in Latvian on a first visit', async () => {
    const errors = trackPageErrors(page);

    await openHome(page);

    expect(await page.getAttribute('html', 'lang')).toBe('lv');
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe('Daugavpils');
    await expect(neighbourhoodList(page, 'lv').getByRole('listitem').count()).resolves.toBe(25);
    const expected = municipality.neighbourhoods.map((n) => n.name.lv);
    expect((await shownNeighbourhoodNames(page, 'lv')).sort()).toEqual([...expected].sort());
    expect(errors).toEqual([]);
  });
});
