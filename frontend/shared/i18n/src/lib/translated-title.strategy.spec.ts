import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { TranslatedTitleStrategy } from './translated-title.strategy';

@Component({ template: '' })
class BlankComponent {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            en: { app: { name: 'Balss' }, page: { title: 'Neighbourhoods' } },
            lv: { app: { name: 'Balss' }, page: { title: 'Apkaimes' } },
          },
          preloadLangs: true,
          translocoConfig: { availableLangs: ['lv', 'en'], defaultLang: 'lv' },
        }),
      ],
      providers: [
        provideRouter([
          { component: BlankComponent, path: 'page', title: 'page.title' },
          { component: BlankComponent, path: 'untitled' },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('translates the route title and follows language changes', async () => {
    await TestBed.inject(Router).navigateByUrl('/page');
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('Apkaimes – Balss');

    TestBed.inject(TranslocoService).setActiveLang('en');

    expect(title.getTitle()).toBe('Neighbourhoods – Balss');
  });

  it('uses the product name alone for a route without a title', async () => {
    await TestBed.inject(Router).navigateByUrl('/untitled');

    expect(TestBed.inject(Title).getTitle()).toBe('Balss');
  });
});
