import { EID_ERROR_PARAM, EID_SIGN_IN_PAGE, type EidRefusal, type EidSignInProblem } from '@balss/contracts';

const PROBLEMS: Partial<Record<EidRefusal, EidSignInProblem>> = {
  CANCELLED: 'cancelled',
  STATE_EXPIRED: 'expired',
  NO_PERSONAL_CODE: 'no-personal-code',
  PROVIDER_UNAVAILABLE: 'unavailable',
  EID_NOT_CONFIGURED: 'not-configured',
};

/** What the person is told; every failed check (possibly an attack) is the same plain "failed". */
export function signInProblemOf(reason: EidRefusal): EidSignInProblem {
  return PROBLEMS[reason] ?? 'failed';
}

/**
 * The sign-in page with the problem, for a refused callback: the browser came from the provider by a
 * top-level navigation, so a JSON body would strand the person on a page of raw text. `returnTo`
 * (already a safe path) keeps where they were going for the next try.
 */
export function refusalRedirectPath(reason: EidRefusal, returnTo: string | null): string {
  const query = new URLSearchParams({ [EID_ERROR_PARAM]: signInProblemOf(reason) });
  if (returnTo !== null) {
    query.set('returnTo', returnTo);
  }
  return `${EID_SIGN_IN_PAGE}?${query.toString()}`;
}
