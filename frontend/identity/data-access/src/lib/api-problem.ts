import { HttpErrorResponse } from '@angular/common/http';
import { API_ERROR_CODES, ApiErrorCode } from '@balss/contracts';

/** One field the server refused, with the stable reason when it gave one (`too-short`, `expired`, …). */
export interface FieldProblem {
  field: string;
  messages: string[];
  reason?: string;
}

/**
 * A failed API call in the terms a page needs: the stable `code` of the error body (or NETWORK when
 * the server was not reached), the `details.reason` a domain gave, and the refused fields. The
 * English `message` of the body is for developers and is never shown; pages translate by code,
 * reason and field.
 */
export interface ApiProblem {
  /** HTTP status; 0 when the server was not reached. */
  status: number;
  code: ApiErrorCode | 'NETWORK';
  /** `details.reason` of a domain refusal (`INVALID_CREDENTIALS`, `CODE_EXPIRED`, …). */
  reason?: string;
  fields: FieldProblem[];
  /** The raw `details` of the body, for pages that show more (CSV line numbers, age bounds). */
  details: unknown;
  requestId?: string;
  /** From `Retry-After` on a 429. */
  retryAfterSeconds?: number;
}

export function toApiProblem(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { code: 'INTERNAL_ERROR', details: undefined, fields: [], status: 0 };
  }
  if (error.status === 0) {
    return { code: 'NETWORK', details: undefined, fields: [], status: 0 };
  }
  const body = asRecord(error.error);
  const details = body?.['details'];
  const problem: ApiProblem = {
    code: isErrorCode(body?.['code']) ? body['code'] : codeOfStatus(error.status),
    details,
    fields: fieldsOf(details),
    status: error.status,
  };
  const reason = asRecord(details)?.['reason'];
  if (typeof reason === 'string') {
    problem.reason = reason;
  }
  const requestId = body?.['requestId'] ?? error.headers?.get('x-request-id');
  if (typeof requestId === 'string' && requestId !== '') {
    problem.requestId = requestId;
  }
  const retryAfter = Number(error.headers?.get('retry-after'));
  if (error.status === 429 && Number.isFinite(retryAfter) && retryAfter > 0) {
    problem.retryAfterSeconds = Math.ceil(retryAfter);
  }
  return problem;
}

/**
 * VALIDATION_FAILED carries a `FieldError[]` (`{field, messages, reason?}`); a domain refusal about one
 * field carries `{reason, field}` (a wrong current password, a taken address).
 */
function fieldsOf(details: unknown): FieldProblem[] {
  if (Array.isArray(details)) {
    return details.flatMap((item) => {
      const entry = asRecord(item);
      const field = entry?.['field'];
      if (typeof field !== 'string') {
        return [];
      }
      const messages = Array.isArray(entry?.['messages']) ? entry['messages'].filter((m) => typeof m === 'string') : [];
      const reason = entry?.['reason'];
      return [typeof reason === 'string' ? { field, messages, reason } : { field, messages }];
    });
  }
  const record = asRecord(details);
  const field = record?.['field'];
  if (typeof field === 'string') {
    const reason = record?.['reason'];
    return [typeof reason === 'string' ? { field, messages: [], reason } : { field, messages: [] }];
  }
  return [];
}

function codeOfStatus(status: number): ApiErrorCode {
  const byStatus: Partial<Record<number, ApiErrorCode>> = {
    400: 'BAD_REQUEST',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    409: 'CONFLICT',
    413: 'PAYLOAD_TOO_LARGE',
    422: 'RULE_VIOLATED',
    429: 'RATE_LIMITED',
    503: 'SERVICE_UNAVAILABLE',
  };
  return byStatus[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
}

function isErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * The translation key of what a reader should do about a problem no page-specific text covers.
 * Every page falls back to these, so a new server error is never shown in English or as a code.
 */
export const GENERIC_PROBLEM_KEYS: Readonly<Record<ApiProblem['code'], string>> = {
  BAD_REQUEST: 'problem.badRequest',
  CONFLICT: 'problem.conflict',
  FORBIDDEN: 'problem.forbidden',
  INTERNAL_ERROR: 'problem.server',
  NETWORK: 'problem.network',
  NOT_FOUND: 'problem.notFound',
  PAYLOAD_TOO_LARGE: 'problem.tooLarge',
  RATE_LIMITED: 'problem.rateLimited',
  RULE_VIOLATED: 'problem.ruleViolated',
  SERVICE_UNAVAILABLE: 'problem.unavailable',
  UNAUTHENTICATED: 'problem.unauthenticated',
  VALIDATION_FAILED: 'problem.validation',
};
