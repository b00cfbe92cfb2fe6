import { DOCUMENT } from '@angular/common';
import { HttpClient, provideHttpClient, withInterceptors, withNoXsrfProtection } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { csrfInterceptor, readCookie } from './csrf.interceptor';

describe('csrfInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let cookie = '';

  beforeEach(() => {
    cookie = '';
    const document = { cookie: '' } as { cookie: string };
    Object.defineProperty(document, 'cookie', { get: () => cookie });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([csrfInterceptor]), withNoXsrfProtection()),
        provideHttpClientTesting(),
        { provide: DOCUMENT, useValue: document },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('echoes the CSRF cookie in the header of a state-changing request', async () => {
    cookie = 'other=1; balss_csrf=abc%2Fdef';
    const done = firstValueFrom(http.post('/api/auth/logout', {}));

    const request = backend.expectOne('/api/auth/logout');
    expect(request.request.headers.get('X-CSRF-Token')).toBe('abc/def');
    request.flush(null);
    await done;
  });

  it('fetches the token first when a visitor has no cookie yet', async () => {
    const done = firstValueFrom(http.post('/api/auth/login', { email: 'a@b.lv', password: 'x' }));

    backend.expectOne('/api/auth/csrf').flush({ csrfToken: 'fresh' });
    const login = backend.expectOne('/api/auth/login');
    expect(login.request.headers.get('X-CSRF-Token')).toBe('fresh');
    login.flush({});
    await done;
  });

  it('leaves reads and other hosts alone', async () => {
    cookie = 'balss_csrf=abc';
    const read = firstValueFrom(http.get('/api/me'));
    const foreign = firstValueFrom(http.post('https://elsewhere.example/api/x', {}));

    const requests = [backend.expectOne('/api/me'), backend.expectOne('https://elsewhere.example/api/x')];
    expect(requests.map((request) => request.request.headers.has('X-CSRF-Token'))).toEqual([false, false]);
    requests.forEach((request) => request.flush({}));
    await Promise.all([read, foreign]);
  });

  it('reads one cookie among many', () => {
    cookie = 'a=1; balss_csrf=x; b=2';
    expect(readCookie(TestBed.inject(DOCUMENT), 'balss_csrf')).toBe('x');
    expect(readCookie(TestBed.inject(DOCUMENT), 'missing')).toBeUndefined();
  });
});
