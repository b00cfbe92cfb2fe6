import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CurrentUserDto } from '@balss/contracts';
import { ApiProblem } from './api-problem';
import { SessionStore } from './session.store';

const RESIDENT: CurrentUserDto = {
  authMethod: 'password',
  credential: 'session',
  displayName: 'Anna',
  email: 'anna@example.lv',
  emailVerified: true,
  id: 'u1',
  locale: 'lv',
  municipality: { id: 'm1', slug: 'daugavpils' },
  permissions: ['account:read-own', 'eligibility:read-own'],
  roles: ['resident'],
  signedInAt: '2026-11-22T10:00:00.000Z',
};

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'balss_csrf=t; path=/';
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  const settle = () => TestBed.inject(ApplicationRef).whenStable();

  it('reads who is signed in, with their permissions', async () => {
    expect(store.status()).toBe('loading');
    http.expectOne('/api/me').flush(RESIDENT);
    await settle();

    expect(store.status()).toBe('signed-in');
    expect(store.user()?.displayName).toBe('Anna');
    expect(store.can('eligibility:read-own')).toBe(true);
    expect(store.can('users:read')).toBe(false);
  });

  it('treats 401 as nobody signed in, not as an error', async () => {
    http.expectOne('/api/me').flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'x' });
    await settle();

    expect(store.status()).toBe('signed-out');
    expect(store.problem()).toBeUndefined();
    await expect(store.settled()).resolves.toBeUndefined();
  });

  it('reports a server failure as an error state', async () => {
    http.expectOne('/api/me').flush({ code: 'INTERNAL_ERROR', message: 'x' }, { status: 500, statusText: 'x' });
    await settle();

    expect(store.status()).toBe('error');
    expect(store.problem()?.code).toBe('INTERNAL_ERROR');
  });

  it('signs in and out', async () => {
    http.expectOne('/api/me').flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'x' });
    await settle();

    const signingIn = store.signIn({ email: 'anna@example.lv', password: 'secret secret' });
    const login = http.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({ email: 'anna@example.lv', password: 'secret secret' });
    login.flush(RESIDENT);
    await signingIn;
    expect(store.status()).toBe('signed-in');

    const signingOut = store.signOut();
    http.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await signingOut;
    expect(store.user()).toBeUndefined();
    expect(store.status()).toBe('signed-out');
  });

  it('rejects a failed sign-in with the reason', async () => {
    http.expectOne('/api/me').flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'x' });
    await settle();

    const signingIn = store.signIn({ email: 'anna@example.lv', password: 'wrong' });
    http
      .expectOne('/api/auth/login')
      .flush(
        { code: 'UNAUTHENTICATED', details: { reason: 'INVALID_CREDENTIALS' }, message: 'x' },
        { status: 401, statusText: 'x' },
      );

    await expect(signingIn).rejects.toMatchObject({ reason: 'INVALID_CREDENTIALS' } satisfies Partial<ApiProblem>);
    expect(store.status()).toBe('signed-out');
  });

  it('waits for the first answer before saying who is signed in', async () => {
    const settled = store.settled();
    http.expectOne('/api/me').flush(RESIDENT);

    await expect(settled).resolves.toMatchObject({ id: 'u1' });
  });

  it('does not ask about a browser that never signed in (no CSRF cookie)', async () => {
    http.expectOne('/api/me').flush(RESIDENT);
    document.cookie = 'balss_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fresh = TestBed.inject(SessionStore);
    const backend = TestBed.inject(HttpTestingController);
    TestBed.tick();

    backend.expectNone('/api/me');
    expect(fresh.status()).toBe('signed-out');
    await expect(fresh.settled()).resolves.toBeUndefined();
  });

  it('refreshes on demand and resolves once the new person is known', async () => {
    http.expectOne('/api/me').flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'x' });
    await settle();

    const refreshing = store.refresh();
    http.expectOne('/api/me').flush(RESIDENT);
    await expect(refreshing).resolves.toMatchObject({ id: 'u1' });
    expect(store.status()).toBe('signed-in');
  });
});
