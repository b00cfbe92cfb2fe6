import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  InternalServerErrorException,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  UnavailableError,
  ValidationError,
} from '@balss/util-errors';
import { INTERNAL_ERROR_MESSAGE, toErrorResponse } from './error-response';

describe('toErrorResponse', () => {
  it.each([
    [new ValidationError('Bad field.'), 400, 'VALIDATION_FAILED'],
    [new UnauthenticatedError('Sign in.'), 401, 'UNAUTHENTICATED'],
    [new ForbiddenError('Not yours.'), 403, 'FORBIDDEN'],
    [new NotFoundError('No such cycle.'), 404, 'NOT_FOUND'],
    [new ConflictError('Already voted.'), 409, 'CONFLICT'],
    [new RuleViolationError('Voting is closed.'), 422, 'RULE_VIOLATED'],
    [new UnavailableError('The e-ID provider is down.'), 503, 'SERVICE_UNAVAILABLE'],
  ])('maps %p to %i %s with its own message', (error, status, code) => {
    expect(toErrorResponse(error)).toEqual({ status, body: { code, message: error.message } });
  });

  it('passes domain details through', () => {
    const error = new NotFoundError('There is no municipality "x".', { details: { slug: 'x' } });
    expect(toErrorResponse(error).body.details).toEqual({ slug: 'x' });
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(toErrorResponse(new NotFoundException('Cannot GET /api/nope'))).toEqual({
      status: 404,
      body: { code: 'NOT_FOUND', message: 'Cannot GET /api/nope.' },
    });
    expect(toErrorResponse(new BadRequestException('Unexpected token } in JSON')).body.code).toBe('BAD_REQUEST');
    expect(toErrorResponse(new ForbiddenException()).body).toEqual({ code: 'FORBIDDEN', message: 'Forbidden.' });
    expect(toErrorResponse(new PayloadTooLargeException()).body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(toErrorResponse(new HttpException('teapot', 418)).body.code).toBe('BAD_REQUEST');
  });

  it('maps the throttler to 429 RATE_LIMITED with a sentence pointing at Retry-After', () => {
    const { status, body } = toErrorResponse(new ThrottlerException());
    expect(status).toBe(429);
    expect(body.code).toBe('RATE_LIMITED');
    expect(body.message).toMatch(/Retry-After/);
  });

  it("maps body-parser's own errors (http-errors shape) — 413 too large, 400 bad JSON", () => {
    const tooLarge = Object.assign(new Error('request entity too large'), {
      expose: true,
      status: 413,
      type: 'entity.too.large',
    });
    expect(toErrorResponse(tooLarge)).toEqual({
      status: 413,
      body: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than this server accepts.' },
    });
    const aborted = Object.assign(new Error('request aborted'), { expose: true, status: 400 });
    expect(toErrorResponse(aborted).body.code).toBe('BAD_REQUEST');
  });

  it('hides everything else behind a fixed 500 sentence — no message, no stack', () => {
    const leaky = new Error('relation "app_user" does not exist at /srv/app/main.js:12');
    for (const thrown of [leaky, new InternalServerErrorException('db password wrong'), 'a string', undefined]) {
      const { status, body } = toErrorResponse(thrown);
      expect(status).toBe(500);
      expect(body).toEqual({ code: 'INTERNAL_ERROR', message: INTERNAL_ERROR_MESSAGE });
    }
  });

  it('does not trust a 5xx http-errors object to be client-safe', () => {
    const error = Object.assign(new Error('secret'), { expose: false, status: 500 });
    expect(toErrorResponse(error).body.message).toBe(INTERNAL_ERROR_MESSAGE);
  });
});

describe('toErrorResponse for an outage', () => {
  it('answers 503 SERVICE_UNAVAILABLE when PostgreSQL or Redis cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('query failed'), { driverError: { code: '57P01' } });
    for (const error of [refused, shutdown, new Error('Connection terminated unexpectedly')]) {
      const { status, body } = toErrorResponse(error);
      expect(status).toBe(503);
      expect(body.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.message).not.toMatch(/127\.0\.0\.1|5432/);
    }
  });
});
