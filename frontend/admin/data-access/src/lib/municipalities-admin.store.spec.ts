import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CreateMunicipalityDto } from '@balss/contracts';
import { MunicipalitiesAdminStore } from './municipalities-admin.store';

const DAUGAVPILS = { id: 'm1', name: { en: 'Daugavpils', lv: 'Daugavpils', ru: 'Даугавпилс' }, slug: 'daugavpils' };
const REZEKNE = { id: 'm2', name: { en: 'Rēzekne', lv: 'Rēzekne', ru: 'Резекне' }, slug: 'rezekne' };
const BODY: CreateMunicipalityDto = {
  admin: { displayName: 'Ilze', email: 'ilze@rezekne.lv', locale: 'lv' },
  name: REZEKNE.name,
  slug: 'rezekne',
};

describe('MunicipalitiesAdminStore', () => {
  let store: MunicipalitiesAdminStore;
  let http: HttpTestingController;
  const settle = () => TestBed.inject(ApplicationRef).whenStable();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), MunicipalitiesAdminStore],
    });
    store = TestBed.inject(MunicipalitiesAdminStore);
    http = TestBed.inject(HttpTestingController);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  it('creates a municipality and then reads the list again', async () => {
    http.expectOne('/api/municipalities').flush([DAUGAVPILS]);
    await settle();
    expect(store.municipalities()).toEqual([DAUGAVPILS]);

    const created = store.create(BODY);
    const post = http.expectOne({ method: 'POST', url: '/api/municipalities' });
    expect(post.request.body).toEqual(BODY);
    post.flush(REZEKNE, { status: 201, statusText: 'Created' });
    expect(await created).toEqual(REZEKNE);

    TestBed.tick();
    http.expectOne('/api/municipalities').flush([DAUGAVPILS, REZEKNE]);
    await settle();
    expect(store.municipalities().map((m) => m.slug)).toEqual(['daugavpils', 'rezekne']);
  });

  it('rejects with the API problem of a refusal, and keeps the list', async () => {
    http.expectOne('/api/municipalities').flush([DAUGAVPILS]);
    await settle();
    const created = store.create(BODY);
    http
      .expectOne({ method: 'POST', url: '/api/municipalities' })
      .flush(
        { code: 'CONFLICT', details: { field: 'slug', slug: 'rezekne' }, message: 'x' },
        { status: 409, statusText: 'x' },
      );
    await expect(created).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'slug', messages: [] }],
      status: 409,
    });
    expect(store.municipalities()).toEqual([DAUGAVPILS]);
  });
});
