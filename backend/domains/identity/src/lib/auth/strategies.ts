import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import { SESSION_COOKIE } from '@balss/contracts';
import type { Actor } from '@balss/platform/auth';
import { UnauthenticatedError } from '@balss/util-errors';
import { SessionService } from '../sessions/session.service';
import { AccessTokenService } from '../tokens/access-token.service';
import { header, type HttpRequest } from './http';

export const SESSION_STRATEGY = 'balss-session';
export const BEARER_STRATEGY = 'balss-bearer';

export class InvalidAccessTokenError extends UnauthenticatedError {
  constructor() {
    super('The access token is not valid: it is unknown, revoked or expired.');
  }
}

/**
 * `Authorization: Bearer <token>`. A request that sends a token means it: an invalid one is an
 * error (401), never silently anonymous, so a client learns at once that its token stopped working.
 */
@Injectable()
export class BearerStrategy extends PassportStrategy(Strategy, BEARER_STRATEGY) {
  constructor(private readonly tokens: AccessTokenService) {
    super();
  }

  async validate(request: HttpRequest): Promise<Actor | false> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header(request, 'authorization') ?? '');
    if (!match) {
      return false;
    }
    const actor = await this.tokens.resolve(match[1]);
    if (!actor) {
      throw new InvalidAccessTokenError();
    }
    return actor;
  }
}

/**
 * The session cookie. An unknown or expired cookie is not an error by itself — the person may be
 * opening a public page after their session ended — so it fails softly and the guard decides:
 * anonymous on a public endpoint, 401 on a protected one.
 */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async validate(request: HttpRequest): Promise<Actor | false> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token || token.length > 128) {
      return false;
    }
    return (await this.sessions.resolve(token)) ?? false;
  }
}
