import { Injectable } from '@nestjs/common';
import type { Actor } from '@balss/platform/auth';
import { SessionStrategy, BearerStrategy } from './strategies';
import type { HttpRequest } from './http';

/**
 * Authentication for plain Express routes that Nest guards do not reach (the queue dashboard): the
 * same strategies as ApiAuthGuard, in the same order, as an Express middleware that stores the
 * actor on `request.user`. An invalid bearer token is passed to `next` as the 401 error.
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
      this.authenticate(request).then((actor) => {
        request.user = actor;
        next();
      }, next);
    };
  }
}
