import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Permission } from '@balss/contracts';
import { SessionStore } from './session.store';

/** Where the guards send people: the sign-in page (with the way back) and the "no access" page. */
export const SIGN_IN_PATH = '/account/sign-in';
export const NO_ACCESS_PATH = '/account/no-access';

/**
 * Routes for signed-in people, optionally holding every one of `permissions`. This shapes the
 * interface only (no page that would answer 403 at once); the API enforces every permission itself.
 */
export function requireSession(...permissions: Permission[]): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const session = inject(SessionStore);
    const user = await session.settled();
    if (!user) {
      return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnTo: state.url } });
    }
    return permissions.every((permission) => session.can(permission)) ? true : router.parseUrl(NO_ACCESS_PATH);
  };
}
