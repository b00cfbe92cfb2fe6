import { DOCUMENT } from '@angular/common';
import { HttpEvent, HttpHandlerFn, HttpInterceptorFn, HttpRequest, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { AuthRoutes, CSRF_COOKIE, CSRF_HEADER, CsrfDto } from '@balss/contracts';
import { filter, map, Observable, switchMap, take } from 'rxjs';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF double submit: every state-changing request to our own API echoes the readable CSRF cookie in
 * the CSRF header. Angular's built-in XSRF interceptor does the echo but cannot help on a visitor's
 * first POST (sign-in, registration, code redemption), when the cookie does not exist yet: this one
 * then asks `GET /api/auth/csrf` for it first. The cookie is re-read on every request because
 * signing in replaces it with the new session's token. Register it instead of the built-in one
 * (`withNoXsrfProtection()`), so the header is set exactly once.
 */
export const csrfInterceptor: HttpInterceptorFn = (request, next) => {
  if (SAFE_METHODS.has(request.method) || !isOwnApi(request.url) || request.headers.has(CSRF_HEADER)) {
    return next(request);
  }
  const document = inject(DOCUMENT);
  const token = readCookie(document, CSRF_COOKIE);
  if (token) {
    return sendWith(request, next, token);
  }
  return fetchToken(next).pipe(
    switchMap((fetched) => sendWith(request, next, readCookie(document, CSRF_COOKIE) ?? fetched)),
  );
};

function sendWith(request: HttpRequest<unknown>, next: HttpHandlerFn, token: string): Observable<HttpEvent<unknown>> {
  return next(request.clone({ setHeaders: { [CSRF_HEADER]: token } }));
}

function fetchToken(next: HttpHandlerFn): Observable<string> {
  return next(new HttpRequest<unknown>('GET', AuthRoutes.csrf, { responseType: 'json' })).pipe(
    filter((event): event is HttpResponse<CsrfDto> => event instanceof HttpResponse),
    take(1),
    map((response) => response.body?.csrfToken ?? ''),
  );
}

/** Only same-origin, relative `/api/…` URLs: the token must never travel to another host. */
function isOwnApi(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('//');
}

export function readCookie(document: Document, name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim()) || undefined;
    }
  }
  return undefined;
}
