import { Injectable } from '@nestjs/common';
import type { Actor } from '@balss/platform/auth';
import { UnauthenticatedError } from '@balss/util-errors';
import { SessionStrategy, BearerStrategy } from './strategies';
import type { HttpRequest } from './http';

/**
 * Authentication for plain Express routes that Nest guards do not reach (the queue dashboard): the
 * same strategies as ApiAuthGuard, in the same order, as an Express middleware that stores the
 * actor on `request.user`. An invalid bearer token leaves the request anonymous, so the route's own
 * access check answers 401 through Nest's filter (an error passed to Express's `next` here would
 * bypass the filter and its stable error body).
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly bearer: BearerStrategy,
    private readonly session: SessionStrategy,
  ) {}

  async authenticate(request: HttpRequest): Promise<Actor | null> {
    return (await this.bearer.validate(request)) || (await this.session.validate(request)) || null;
  }

  middleware() {
    return (request: HttpRequest, _response: unknown, next: (error?: unknown) => void): void => {
      this.authenticate(request).then(
        (actor) => {
          request.user = actor;
          next();
        },
        (error: unknown) => {
          if (!(error instanceof UnauthenticatedError)) {
            next(error);
            return;
          }
          request.user = null;
          next();
        },
      );
    };
  }
}
