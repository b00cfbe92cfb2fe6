import { Injectable } from '@nestjs/common';
import { CSRF_COOKIE, SESSION_COOKIE } from '@balss/contracts';
import { AppConfig } from '@balss/platform/config';
import { newSecret } from '../crypto/secrets';
import type { CookieOptions, HttpRequest, HttpResponse } from '../auth/http';
import type { StartedSession } from './session.service';

/**
 * The two cookies. Both are browser-session cookies (no Max-Age): closing the browser on a shared
 * library or school computer forgets them, and the server-side expiry bounds them anyway.
 * - session: httpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site POSTs or
 *   sub-requests, still sent when following a link into the app), Secure in production.
 * - CSRF: readable by the web app, which copies it into the X-CSRF-Token header.
 */
@Injectable()
export class SessionCookies {
  constructor(private readonly config: AppConfig) {}

  set(response: HttpResponse, started: StartedSession): void {
    response.cookie(SESSION_COOKIE, started.token, this.options(true));
    response.cookie(CSRF_COOKIE, started.csrfToken, this.options(false));
  }

  clear(response: HttpResponse): void {
    response.clearCookie(SESSION_COOKIE, this.options(true));
    this.setAnonymousCsrf(response);
  }

  /** A fresh CSRF value for a visitor without a session (sign-in and registration forms). */
  setAnonymousCsrf(response: HttpResponse): string {
    const token = newSecret();
    response.cookie(CSRF_COOKIE, token, this.options(false));
    return token;
  }

  /** Keeps an existing anonymous CSRF cookie (another tab may be using it), or sets one. */
  ensureCsrf(request: HttpRequest, response: HttpResponse): string {
    return request.cookies?.[CSRF_COOKIE] ?? this.setAnonymousCsrf(response);
  }

  private options(httpOnly: boolean): CookieOptions {
    return { httpOnly, sameSite: 'lax', secure: this.config.nodeEnv === 'production', path: '/' };
  }
}
