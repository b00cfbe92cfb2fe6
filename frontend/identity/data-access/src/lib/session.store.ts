import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { AuthRoutes, CSRF_COOKIE, CurrentUserDto, LoginDto, Permission } from '@balss/contracts';
import { filter, firstValueFrom } from 'rxjs';
import { ApiProblem, toApiProblem } from './api-problem';
import { readCookie } from './csrf.interceptor';

export type SessionStatus = 'error' | 'loading' | 'signed-in' | 'signed-out';

/**
 * Who is signed in, from `GET /api/me`: the shell's header, the route guards and every page that
 * depends on the person read this one store. The session itself is an httpOnly cookie the app never
 * sees; signing in and out here keeps the signal in step with it. Permissions shown here only shape
 * the interface — the API checks them again on every request.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly document = inject(DOCUMENT);
  private readonly http = inject(HttpClient);
  /** Bumped to ask again (cookies are not signals). */
  private readonly asked = signal(0);
  private readonly resource = httpResource<CurrentUserDto | undefined>(() => {
    this.asked();
    return readCookie(this.document, CSRF_COOKIE) ? { url: AuthRoutes.me } : undefined;
  });

  readonly user = computed<CurrentUserDto | undefined>(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  /** A failure other than "nobody is signed in" (network, server). */
  readonly problem = computed<ApiProblem | undefined>(() => {
    const error = this.resource.error();
    return error && !isSignedOut(error) ? toApiProblem(error) : undefined;
  });
  readonly status = computed<SessionStatus>(() => {
    if (this.resource.isLoading()) {
      return 'loading';
    }
    if (this.user()) {
      return 'signed-in';
    }
    return this.problem() ? 'error' : 'signed-out';
  });
  readonly permissions = computed<ReadonlySet<Permission>>(() => new Set(this.user()?.permissions ?? []));

  private readonly status$ = toObservable(this.status);

  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  /** Resolves once the first (or a reloading) `GET /api/me` has answered. */
  async settled(): Promise<CurrentUserDto | undefined> {
    await firstValueFrom(this.status$.pipe(filter((status) => status !== 'loading')));
    return this.user();
  }

  /** Signs in with e-mail and password; rejects with an ApiProblem. */
  async signIn(credentials: LoginDto): Promise<CurrentUserDto> {
    try {
      const user = await firstValueFrom(this.http.post<CurrentUserDto>(AuthRoutes.login, credentials));
      this.resource.set(user);
      return user;
    } catch (error) {
      throw toApiProblem(error);
    }
  }

  /** Ends the browser session. The local state is cleared even if the server cannot be reached. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(AuthRoutes.logout, {}));
    } finally {
      this.resource.set(undefined);
    }
  }

  /**
   * Re-reads `/api/me` after another flow started a session (youth code) or changed roles; resolves
   * once the answer is in, so a navigation right after it sees the new person.
   */
  async refresh(): Promise<CurrentUserDto | undefined> {
    try {
      const user = await firstValueFrom(this.http.get<CurrentUserDto>(AuthRoutes.me));
      this.resource.set(user);
      return user;
    } catch (error) {
      if (!isSignedOut(error)) {
        this.asked.update((n) => n + 1);
        throw toApiProblem(error);
      }
      this.resource.set(undefined);
      return undefined;
    }
  }

  /** The account is gone (erased) or the session ended elsewhere. */
  forget(): void {
    this.resource.set(undefined);
  }
}

function isSignedOut(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403);
}
