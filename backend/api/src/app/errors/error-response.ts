import { HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { ApiErrorBody, ApiErrorCode } from '@balss/contracts';
import { DomainError, type DomainErrorKind } from '@balss/util-errors';

export interface ErrorResponse {
  status: number;
  body: Omit<ApiErrorBody, 'requestId'>;
}

/** Kind → HTTP. A Record, so adding a kind to util-errors is a compile error here until mapped. */
const DOMAIN_KIND_TO_HTTP: Record<DomainErrorKind, { status: HttpStatus; code: ApiErrorCode }> = {
  validation: { status: HttpStatus.BAD_REQUEST, code: 'VALIDATION_FAILED' },
  unauthenticated: { status: HttpStatus.UNAUTHORIZED, code: 'UNAUTHENTICATED' },
  forbidden: { status: HttpStatus.FORBIDDEN, code: 'FORBIDDEN' },
  'not-found': { status: HttpStatus.NOT_FOUND, code: 'NOT_FOUND' },
  conflict: { status: HttpStatus.CONFLICT, code: 'CONFLICT' },
  'rule-violation': { status: HttpStatus.UNPROCESSABLE_ENTITY, code: 'RULE_VIOLATED' },
  unavailable: { status: HttpStatus.SERVICE_UNAVAILABLE, code: 'SERVICE_UNAVAILABLE' },
};

/** HTTP statuses Nest or Express produce on their own (a 404 route, a 413 body, a 429 throttle). */
const STATUS_TO_CODE: Partial<Record<number, ApiErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_REQUEST',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'RULE_VIOLATED',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
};

/** Fixed sentences for statuses whose framework message is terse or leaks internals. */
const STATUS_MESSAGE: Partial<Record<number, string>> = {
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'The request body is larger than this server accepts.',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too many requests. Wait for the number of seconds in Retry-After, then try again.',
};

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. It has been logged; please try again later.';

const INTERNAL_ERROR: ErrorResponse = {
  status: HttpStatus.INTERNAL_SERVER_ERROR,
  body: { code: 'INTERNAL_ERROR', message: INTERNAL_ERROR_MESSAGE },
};

const DEPENDENCY_DOWN: ErrorResponse = {
  status: HttpStatus.SERVICE_UNAVAILABLE,
  body: { code: 'SERVICE_UNAVAILABLE', message: 'A service this request needs is not answering. Try again in a moment.' },
};

/**
 * Network failures reaching PostgreSQL or Redis, and PostgreSQL's own "shutting down / starting up"
 * (SQLSTATE class 57P). These are an outage, not a bug: 503 tells clients and balancers to retry.
 */
const DEPENDENCY_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03']);

function isDependencyDown(error: unknown): boolean {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = candidate?.driverError?.code ?? candidate?.code;
  if (typeof code === 'string' && DEPENDENCY_DOWN_CODES.has(code)) {
    return true;
  }
  // node-postgres reports a connection the server closed only by this message.
  return error instanceof Error && /^Connection terminated/.test(error.message);
}

/**
 * Turns anything thrown while serving a request into the stable error body. Only errors that are
 * meant for the client (domain errors, 4xx HTTP exceptions, body-parser's own 4xx errors) keep their
 * message; everything else becomes the fixed INTERNAL_ERROR sentence so no stack or SQL ever leaks.
 */
export function toErrorResponse(exception: unknown): ErrorResponse {
  if (exception instanceof DomainError) {
    const { status, code } = DOMAIN_KIND_TO_HTTP[exception.kind];
    return { status, body: withDetails({ code, message: exception.message }, exception.details) };
  }
  if (exception instanceof ThrottlerException) {
    return fromStatus(HttpStatus.TOO_MANY_REQUESTS, '');
  }
  if (exception instanceof HttpException) {
    return fromStatus(exception.getStatus(), messageOf(exception));
  }
  if (isClientHttpError(exception)) {
    return fromStatus(exception.status, exception.message);
  }
  if (isDependencyDown(exception)) {
    return DEPENDENCY_DOWN;
  }
  return INTERNAL_ERROR;
}

function fromStatus(status: number, message: string): ErrorResponse {
  if (status >= 500 && status !== HttpStatus.SERVICE_UNAVAILABLE) {
    return INTERNAL_ERROR;
  }
  const code = STATUS_TO_CODE[status] ?? (status >= 500 ? 'SERVICE_UNAVAILABLE' : 'BAD_REQUEST');
  return { status, body: { code, message: STATUS_MESSAGE[status] ?? sentence(message, status) } };
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') {
    return response;
  }
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) {
    return message.join('; ');
  }
  return typeof message === 'string' ? message : exception.message;
}

function sentence(message: string, status: number): string {
  const trimmed = message.trim();
  if (trimmed === '') {
    return `The request failed with HTTP status ${status}.`;
  }
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function withDetails(body: ErrorResponse['body'], details: unknown): ErrorResponse['body'] {
  return details === undefined ? body : { ...body, details };
}

/**
 * Errors from Express middleware (body-parser: 413 too large, 415 charset, 400 aborted) follow the
 * `http-errors` shape. `expose` is true only for 4xx, whose messages are written for clients.
 */
function isClientHttpError(error: unknown): error is { status: number; message: string } {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const candidate = error as { status?: unknown; expose?: unknown; message?: unknown };
  return (
    candidate.expose === true &&
    typeof candidate.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    typeof candidate.message === 'string'
  );
}
