import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { requireSession } from './guards';
import { CurrentUserDto } from '@balss/contracts';

const RESIDENT: CurrentUserDto = {
  authMethod: 'password',
  credential: 'session',
  displayName: 'Anna',
  emailVerified: true,
  id: 'u1',
  locale: 'lv',
  municipality: { id: 'm1', slug: 'daugavpils' },
  permissions: ['account:read-own'],
  roles: ['resident'],
  signedInAt: null,
};

@Component({ template: '' })
class BlankComponent {}

describe('requireSession', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'balss_csrf=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { canActivate: [requireSession()], component: BlankComponent, path: 'profile' },
          { canActivate: [requireSession('users:read')], component: BlankComponent, path: 'admin/users' },
          { component: BlankComponent, path: 'account/sign-in' },
          { component: BlankComponent, path: 'account/no-access' },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** The guard asks for the session only once the navigation reaches it. */
  async function nextRequest(url: string) {
    for (let attempt = 0; attempt < 20; attempt++) {
      TestBed.tick();
      const [request] = http.match(url);
      if (request) {
        return request;
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
    return http.expectOne(url);
  }

  async function navigate(url: string, me: 'anonymous' | 'resident'): Promise<string> {
    const navigation = router.navigateByUrl(url);
    const request = await nextRequest('/api/me');
    if (me === 'resident') {
      request.flush(RESIDENT);
    } else {
      request.flush({ code: 'UNAUTHENTICATED', message: 'x' }, { status: 401, statusText: 'x' });
    }
    await navigation;
    return router.url;
  }

  it('sends a visitor to sign in, with the way back', async () => {
    await expect(navigate('/admin/users?page=2', 'anonymous')).resolves.toBe(
      '/account/sign-in?returnTo=%2Fadmin%2Fusers%3Fpage%3D2',
    );
  });

  it('lets a signed-in person in', async () => {
    await expect(navigate('/profile', 'resident')).resolves.toBe('/profile');
  });

  it('shows "no access" to someone without the permission', async () => {
    await expect(navigate('/admin/users', 'resident')).resolves.toBe('/account/no-access');
  });
});
