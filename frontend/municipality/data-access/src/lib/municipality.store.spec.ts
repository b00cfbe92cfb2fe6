import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiErrorBody, MunicipalityDto } from '@balss/contracts';
import { MunicipalityStore } from './municipality.store';

const DAUGAVPILS: MunicipalityDto = {
  id: 'm1',
  name: { en: 'Daugavpils', lv: 'Daugavpils', ru: 'Даугавпилс' },
  neighbourhoods: [
    {
      bank: 'right',
      id: 'n1',
      location: null,
      name: { en: 'Centre', lv: 'Centrs', ru: 'Центр' },
      population: null,
      slug: 'centrs',
    },
  ],
  slug: 'daugavpils',
};

describe('MunicipalityStore', () => {
  let store: MunicipalityStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(MunicipalityStore);
    http = TestBed.inject(HttpTestingController);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await TestBed.inject(ApplicationRef).whenStable();
  }

  it('loads the default municipality from the relative API route', async () => {
    expect(store.status()).toBe('loading');

    const request = http.expectOne('/api/municipalities/daugavpils');
    expect(request.request.method).toBe('GET');
    request.flush(DAUGAVPILS);
    await settle();

    expect(store.status()).toBe('ready');
    expect(store.municipality()?.name.ru).toBe('Даугавпилс');
    expect(store.neighbourhoods().map((n) => n.slug)).toEqual(['centrs']);
    expect(store.error()).toBeUndefined();
  });

  it('reports a missing municipality as not-found with the request id', async () => {
    const body: ApiErrorBody = { code: 'NOT_FOUND', message: 'No such municipality', requestId: 'req-42' };
    http.expectOne('/api/municipalities/daugavpils').flush(body, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(store.status()).toBe('error');
    expect(store.error()).toEqual({ kind: 'not-found', requestId: 'req-42' });
    expect(store.municipality()).toBeUndefined();
    expect(store.neighbourhoods()).toEqual([]);
  });

  it.each([
    [0, 'network'],
    [500, 'server'],
    [503, 'unavailable'],
    [429, 'unavailable'],
  ])('maps HTTP status %i to the %s error kind', async (status, kind) => {
    const request = http.expectOne('/api/municipalities/daugavpils');
    if (status === 0) {
      request.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    } else {
      request.flush({ code: 'INTERNAL_ERROR', message: 'x' }, { status, statusText: 'Error' });
    }
    await settle();

    expect(store.error()?.kind).toBe(kind);
  });

  it('recovers on reload after a failure', async () => {
    http
      .expectOne('/api/municipalities/daugavpils')
      .flush({ code: 'SERVICE_UNAVAILABLE', message: 'x' }, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(store.status()).toBe('error');

    store.reload();
    TestBed.tick();
    expect(store.status()).toBe('loading');
    http.expectOne('/api/municipalities/daugavpils').flush(DAUGAVPILS);
    await settle();

    expect(store.status()).toBe('ready');
    expect(store.error()).toBeUndefined();
  });

  it('follows the selected municipality', async () => {
    http.expectOne('/api/municipalities/daugavpils').flush(DAUGAVPILS);
    await settle();

    store.selectMunicipality('rēzekne');
    TestBed.tick();

    http
      .expectOne('/api/municipalities/r%C4%93zekne')
      .flush({ ...DAUGAVPILS, name: { en: 'Rēzekne', lv: 'Rēzekne', ru: 'Резекне' }, slug: 'rezekne' });
    await settle();
    expect(store.municipality()?.name.ru).toBe('Резекне');
  });
});
