import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorBody } from '@balss/contracts';

/**
 * What went wrong, in the terms a page needs to tell the reader what to do: check their
 * connection, try again later, or stop (the thing does not exist). Pages translate the kind;
 * the API's English `message` is for developers and never shown.
 */
export type LoadErrorKind = 'network' | 'not-found' | 'server' | 'unavailable';

export interface LoadError {
  kind: LoadErrorKind;
  /** The API's request id, so a reader can quote it to support. */
  requestId?: string;
}

export function toLoadError(error: unknown): LoadError {
  if (!(error instanceof HttpErrorResponse)) {
    return { kind: 'server' };
  }
  const body = isApiErrorBody(error.error) ? error.error : undefined;
  const requestId = body?.requestId ?? error.headers?.get('x-request-id') ?? undefined;
  return requestId ? { kind: kindOf(error.status), requestId } : { kind: kindOf(error.status) };
}

function kindOf(status: number): LoadErrorKind {
  if (status === 0) {
    return 'network';
  }
  if (status === 404) {
    return 'not-found';
  }
  if (status === 429 || status === 502 || status === 503 || status === 504) {
    return 'unavailable';
  }
  return 'server';
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}
