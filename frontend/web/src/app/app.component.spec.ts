import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { CurrentUserDto, Locale, MunicipalityDto } from '@balss/contracts';
import {
  TRANSLOCO_LOADER,
  TRANSLOCO_MISSING_HANDLER,
  Translation,
  TranslocoLoader,
  TranslocoMissingHandler,
} from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Observable, of } from 'rxjs';
import { AppComponent } from './app.component';
import { appConfig } from './app.config';

/** The real translation files, so these tests also catch a key missing from one language. */
class FileLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Translation> {
    return of(JSON.parse(readFileSync(join(__dirname, '../../public/i18n', `${lang}.json`), 'utf8')));
  }
}

class RecordingMissingHandler implements TranslocoMissingHandler {
  static readonly missing: string[] = [];

  handle(key: string, data: { activeLang: string }): string {
    RecordingMissingHandler.missing.push(`${data.activeLang}:${key}`);
    return key;
  }
}

const DAUGAVPILS: MunicipalityDto = {
  id: 'm1',
  name: { en: 'Daugavpils', lv: 'Daugavpils', ru: 'Даугавпилс' },
  neighbourhoods: [
    {
      bank: 'right',
      id: 'n1',
      location: null,
      name: { en: 'Fortress', lv: 'Cietoksnis', ru: 'Крепость' },
      population: null,
      slug: 'cietoksnis',
    },
    {
      bank: 'left',
      id: 'n2',
      location: null,
      name: { en: 'Grīva', lv: 'Grīva', ru: 'Грива' },
      population: 9000,
      slug: 'griva',
    },
  ],
  slug: 'daugavpils',
};

const ADMIN: CurrentUserDto = {
  authMethod: 'password',
  credential: 'session',
  displayName: 'Anna Admin',
  email: 'admin@daugavpils.balss.example',
  emailVerified: true,
  id: 'u1',
  locale: 'en',
  municipality: { id: 'm1', slug: 'daugavpils' },
  permissions: ['account:read-own', 'users:read'],
  roles: ['admin'],
  signedInAt: '2026-11-22T10:00:00.000Z',
};

describe('AppComponent (shell)', () => {
  let fixture: ComponentFixture<AppComponent>;
  let http: HttpTestingController;
  let router: Router;

  const page = (): HTMLElement => fixture.nativeElement;
  const text = (selector: string): string | undefined => page().querySelector(selector)?.textContent?.trim();
  const languageButton = (name: string): HTMLButtonElement =>
    Array.from(page().querySelectorAll<HTMLButtonElement>('[role="group"] button')).find(
      (b) => b.textContent?.trim() === name,
    ) as HTMLButtonElement;

  /** The shell asks who is signed in at start; most tests are anonymous visitors. */
  async function start(rememberedLocale?: Locale, signedIn?: CurrentUserDto): Promise<void> {
    localStorage.clear();
    if (rememberedLocale) {
      localStorage.setItem('balss.locale', rememberedLocale);
    }
    RecordingMissingHandler.missing.length = 0;
    // A browser that signed in before: the shell asks the API who is signed in.
    document.cookie = 'balss_csrf=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        ...appConfig.providers,
        provideHttpClientTesting(),
        { provide: TRANSLOCO_LOADER, useClass: FileLoader },
        { provide: TRANSLOCO_MISSING_HANDLER, useClass: RecordingMissingHandler },
      ],
    });
    await TestBed.inject(ApplicationInitStatus).donePromise;
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(AppComponent);
    fixture.detectChanges();
    TestBed.tick();
    const me = http.expectOne('/api/me');
    if (signedIn) {
      me.flush(signedIn);
    } else {
      me.flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    }
  }

  async function openHome(): Promise<void> {
    await router.navigateByUrl('/');
    http.expectOne('/api/municipalities/daugavpils').flush(DAUGAVPILS);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    expect(RecordingMissingHandler.missing).toEqual([]);
  });

  it('renders the landmarks, with the skip link first', async () => {
    await start();
    await openHome();

    const firstFocusable = page().querySelector('a, button');
    expect(firstFocusable?.classList).toContain('skip-link');
    expect(firstFocusable?.textContent?.trim()).toBe('Pāriet uz galveno saturu');
    expect(page().querySelector('header nav')?.getAttribute('aria-label')).toBe('Galvenā navigācija');
    expect(page().querySelector('main#main')).not.toBeNull();
    expect(page().querySelector('footer')).not.toBeNull();
    expect(page().querySelector('a[aria-current="page"]')?.textContent?.trim()).toBe('Sākums');
  });

  it('opens in Latvian: <html lang>, title, texts and API names', async () => {
    await start();
    await openHome();

    expect(document.documentElement.lang).toBe('lv');
    expect(document.title).toBe('Sākums – Balss');
    expect(text('.brand')).toContain('Daugavpils');
    expect(text('main h1')).toBe('Daugavpils');
    expect(text('main h2')).toBe('Apkaimes');
    expect(languageButton('Latviešu').getAttribute('aria-pressed')).toBe('true');
  });

  it('switches to Russian from the header and remembers it', async () => {
    await start();
    await openHome();

    languageButton('Русский').click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('ru');
    expect(document.title).toBe('Главная – Balss');
    expect(text('main h1')).toBe('Даугавпилс');
    expect(text('main h2')).toBe('Микрорайоны');
    expect(Array.from(page().querySelectorAll('main li h3')).map((h) => h.textContent?.trim())).toEqual([
      'Грива',
      'Крепость',
    ]);
    expect(languageButton('Русский').getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('balss.locale')).toBe('ru');
  });

  it('restores the remembered language on the next visit', async () => {
    await start('en');
    await openHome();

    expect(document.documentElement.lang).toBe('en');
    expect(text('main h2')).toBe('Neighbourhoods');
    expect(text('.skip-link')).toBe('Skip to main content');
  });

  it.each<[Locale, string, string]>([
    ['lv', 'Lapa nav atrasta', 'Lapa nav atrasta – Balss'],
    ['ru', 'Страница не найдена', 'Страница не найдена – Balss'],
    ['en', 'Page not found', 'Page not found – Balss'],
  ])('shows a translated 404 in %s and moves focus to main', async (locale, heading, title) => {
    await start(locale);
    await openHome();

    await router.navigateByUrl('/no/such/page');
    await fixture.whenStable();

    expect(text('main h1')).toBe(heading);
    expect(document.title).toBe(title);
    expect(document.activeElement?.id).toBe('main');
  });

  it('moves focus to main from the skip link without navigating', async () => {
    await start();
    await router.navigateByUrl('/no/such/page');
    http.expectOne('/api/municipalities/daugavpils').flush(DAUGAVPILS);
    await fixture.whenStable();

    page().querySelector<HTMLAnchorElement>('.skip-link')?.click();
    await fixture.whenStable();

    expect(document.activeElement?.id).toBe('main');
    expect(router.url).toBe('/no/such/page');
  });

  it('widens the layout column in the administration area only', async () => {
    await start('en', ADMIN);
    await openHome();
    expect(page().classList).not.toContain('shell--wide');

    await router.navigateByUrl('/admin');
    await fixture.whenStable();
    expect(page().classList).toContain('shell--wide');

    await router.navigateByUrl('/administrators-elsewhere');
    await fixture.whenStable();
    expect(page().classList).not.toContain('shell--wide');
  });

  it.each<Locale>(['lv', 'ru', 'en'])('has every key of the error state in %s', async (locale) => {
    await start(locale);
    await router.navigateByUrl('/');
    http
      .expectOne('/api/municipalities/daugavpils')
      .flush({ code: 'NOT_FOUND', message: 'x', requestId: 'r1' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect(page().querySelector('[role="alert"]')?.textContent).not.toContain('home.');
    expect(text('.error-summary__reference')).toContain('r1');
  });

  it('offers sign-in to a visitor and shows a signed-in person with a profile link and sign-out', async () => {
    await start();
    await openHome();
    expect(text('balss-account-nav a')).toBe('Pieslēgties');

    fixture.destroy();
    TestBed.resetTestingModule();
    await start('en', ADMIN);
    await openHome();

    expect(text('.account-nav__name')).toBe('Anna Admin');
    expect(page().querySelector('balss-account-nav a')?.getAttribute('href')).toBe('/account/profile');
    const nav = Array.from(page().querySelectorAll('header nav a')).map((a) => a.textContent?.trim());
    expect(nav).toEqual(['Home', 'Administration']);

    page().querySelector<HTMLButtonElement>('.account-nav__button')?.click();
    TestBed.tick();
    const logout = http.expectOne('/api/auth/logout');
    // The CSRF cookie is echoed in the header (the interceptor in app.config).
    expect(logout.request.headers.get('X-CSRF-Token')).toBe('t');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    // The sign-in page lists the municipalities for its e-ID buttons.
    let municipalities = http.match('/api/municipalities');
    for (let i = 0; i < 20 && municipalities.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
      municipalities = http.match('/api/municipalities');
    }
    municipalities.forEach((request) => request.flush([]));
    await fixture.whenStable();

    expect(router.url).toBe('/account/sign-in?signedOut=1');
    expect(text('balss-account-nav a')).toBe('Sign in');
  });
});
