import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MunicipalityDto, NeighbourhoodDto } from '@balss/contracts';
import { LanguageService } from '@balss/web/shared/i18n';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { HomePageComponent } from './home-page.component';

const TEXTS = {
  en: {
    app: { tagline: 'Participatory budget' },
    home: {
      error: { heading: 'The data could not be loaded', retry: 'Try again', unavailable: 'Temporarily unavailable.' },
      neighbourhoods: {
        bank: { label: 'Bank', left: 'left', right: 'right', unknown: 'unknown' },
        heading: 'Neighbourhoods',
        inLatvian: 'In Latvian:',
        population: { label: 'Population', unknown: 'unknown' },
      },
    },
  },
  lv: {
    app: { tagline: 'Līdzdalības budžets' },
    home: {
      error: {
        heading: 'Datus neizdevās ielādēt',
        notFound: 'Pašvaldība nav atrasta.',
        requestId: 'Kods: {{requestId}}',
        retry: 'Mēģināt vēlreiz',
        unavailable: 'Pakalpojums īslaicīgi nav pieejams.',
      },
      loading: 'Ielādē datus…',
      neighbourhoods: {
        bank: { label: 'Daugavas krasts', left: 'kreisais', right: 'labais', unknown: 'nav zināms' },
        heading: 'Apkaimes',
        inLatvian: 'Latviski:',
        population: { label: 'Iedzīvotāju skaits', unknown: 'nav zināms' },
      },
    },
  },
  ru: {
    app: { tagline: 'Бюджет участия' },
    home: {
      neighbourhoods: {
        bank: { label: 'Берег Даугавы', left: 'левый', right: 'правый', unknown: 'неизвестно' },
        heading: 'Микрорайоны',
        inLatvian: 'По-латышски:',
        population: { label: 'Число жителей', unknown: 'неизвестно' },
      },
    },
  },
};

function neighbourhood(
  slug: string,
  name: NeighbourhoodDto['name'],
  bank: NeighbourhoodDto['bank'],
  population: number | null,
): NeighbourhoodDto {
  return { bank, id: slug, location: null, name, population, slug };
}

const DAUGAVPILS: MunicipalityDto = {
  id: 'm1',
  name: { en: 'Daugavpils', lv: 'Daugavpils', ru: 'Даугавпилс' },
  neighbourhoods: [
    neighbourhood('cietoksnis', { en: 'Fortress', lv: 'Cietoksnis', ru: 'Крепость' }, 'right', null),
    neighbourhood('centrs', { en: 'Centre', lv: 'Centrs', ru: 'Центр' }, 'right', 12345),
    neighbourhood('griva', { en: 'Grīva', lv: 'Grīva', ru: 'Грива' }, 'left', null),
    neighbourhood('cesu', { en: 'Čēsu', lv: 'Čēsu', ru: 'Чесу' }, null, null),
  ],
  slug: 'daugavpils',
};

describe('HomePageComponent', () => {
  let fixture: ComponentFixture<HomePageComponent>;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: TEXTS,
          preloadLangs: true,
          translocoConfig: { availableLangs: ['lv', 'ru', 'en'], defaultLang: 'lv', reRenderOnLangChange: true },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HomePageComponent);
    // Not whenStable(): the open request is a pending task until a test answers it.
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  const page = (): HTMLElement => fixture.nativeElement;
  const text = (selector: string): string | undefined => page().querySelector(selector)?.textContent?.trim();
  const itemNames = (): string[] =>
    Array.from(page().querySelectorAll('ul[role="list"] > li h3')).map((h) => h.textContent?.trim() ?? '');

  async function respond(body: MunicipalityDto): Promise<void> {
    http.expectOne('/api/municipalities/daugavpils').flush(body);
    await fixture.whenStable();
  }

  it('announces loading until the municipality arrives', async () => {
    expect(text('[role="status"]')).toBe('Ielādē datus…');
    expect(page().querySelector('section[aria-busy="true"]')).not.toBeNull();

    await respond(DAUGAVPILS);

    expect(page().querySelector('[role="status"]')).toBeNull();
    expect(page().querySelector('section[aria-busy="true"]')).toBeNull();
  });

  it('shows the municipality and its neighbourhoods in Latvian, alphabetically', async () => {
    await respond(DAUGAVPILS);

    expect(text('h1')).toBe('Daugavpils');
    expect(text('h2')).toBe('Apkaimes');
    expect(page().querySelector('ul[role="list"]')?.getAttribute('aria-labelledby')).toBe('neighbourhoods-heading');
    // Latvian collation: C < Č < G.
    expect(itemNames()).toEqual(['Centrs', 'Cietoksnis', 'Čēsu', 'Grīva']);
    expect(page().querySelector('.card__official')).toBeNull();
  });

  it('follows the language switch: names, static texts and number format', async () => {
    await respond(DAUGAVPILS);

    await TestBed.inject(LanguageService).switchTo('ru');
    await fixture.whenStable();

    expect(text('h1')).toBe('Даугавпилс');
    expect(text('h2')).toBe('Микрорайоны');
    expect(itemNames()).toEqual(['Грива', 'Крепость', 'Центр', 'Чесу']);
    const centre = page().querySelectorAll('ul[role="list"] > li')[2];
    expect(centre.querySelector('[lang="lv"]')?.textContent).toBe('Centrs');
    expect(centre.textContent).toContain('правый');
    expect(centre.textContent).toMatch(/12\s345/);

    await TestBed.inject(LanguageService).switchTo('en');
    await fixture.whenStable();

    expect(itemNames()).toEqual(['Centre', 'Čēsu', 'Fortress', 'Grīva']);
    expect(page().querySelectorAll('ul[role="list"] > li')[0].textContent).toContain('12,345');
  });

  it('says "unknown" for a missing bank or population rather than guessing', async () => {
    await respond(DAUGAVPILS);

    const cesu = page().querySelectorAll('ul[role="list"] > li')[2];
    expect(Array.from(cesu.querySelectorAll('dd')).map((dd) => dd.textContent?.trim())).toEqual([
      'nav zināms',
      'nav zināms',
    ]);
    // One bank is unknown, so per-bank totals would understate a side: only the total is shown.
    const figures = Array.from(page().querySelectorAll('.figures dd')).map((dd) => dd.textContent?.trim());
    expect(figures).toEqual(['4']);
  });

  it('shows per-bank totals when every bank is known', async () => {
    const known = DAUGAVPILS.neighbourhoods.filter((n) => n.bank !== null);
    await respond({ ...DAUGAVPILS, neighbourhoods: known });

    const figures = Array.from(page().querySelectorAll('.figures dd')).map((dd) => dd.textContent?.trim());
    expect(figures).toEqual(['3', '2', '1']);
  });

  it('shows a translated, announced error and recovers on retry', async () => {
    http
      .expectOne('/api/municipalities/daugavpils')
      .flush({ code: 'SERVICE_UNAVAILABLE', message: 'Redis down' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();

    const alert = page().querySelector('[role="alert"]');
    expect(alert?.querySelector('h3')?.textContent?.trim()).toBe('Datus neizdevās ielādēt');
    expect(alert?.textContent).toContain('Pakalpojums īslaicīgi nav pieejams.');
    expect(page().textContent).not.toContain('Redis down');

    const retry = page().querySelector<HTMLButtonElement>('.error-summary button');
    expect(retry?.textContent?.trim()).toBe('Mēģināt vēlreiz');
    retry?.click();
    fixture.detectChanges();

    expect(document.activeElement?.id).toBe('neighbourhoods-heading');
    await respond(DAUGAVPILS);
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(itemNames()).toHaveLength(4);
  });

  it('gives the request id of a failed request so a reader can quote it', async () => {
    http
      .expectOne('/api/municipalities/daugavpils')
      .flush({ code: 'NOT_FOUND', message: 'x', requestId: 'req-7' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect(page().querySelector('[role="alert"]')?.textContent).toContain('Pašvaldība nav atrasta.');
    expect(text('.error-summary__reference')).toBe('Kods: req-7');
    expect(text('h1')).toBe('Līdzdalības budžets');
  });

  it('reads the error in the current language', async () => {
    await TestBed.inject(LanguageService).switchTo('en');
    http
      .expectOne('/api/municipalities/daugavpils')
      .flush({ code: 'SERVICE_UNAVAILABLE', message: 'x' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();

    expect(page().querySelector('[role="alert"]')?.textContent).toContain('Temporarily unavailable.');
    expect(text('.error-summary button')).toBe('Try again');
  });
});
