/**
 * The one JSON body every failed API request answers with. `code` is stable and machine-readable
 * (clients switch on it); `message` is an English sentence for developers and logs; `details`
 * carries per-field or per-row specifics (validation errors, CSV line numbers, …).
 */
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
  /** The request id from the structured logs, so a support request can be traced. */
  requestId?: string;
}

export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  /** A malformed request that is not about a field: unparsable JSON, a wrong content type. */
  'BAD_REQUEST',
  /** Well-formed input a domain rule refuses (cycle closed, under the voting age); HTTP 422. */
  'RULE_VIOLATED',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One failed field in a VALIDATION_FAILED body's `details`. */
export interface FieldError {
  field: string;
  messages: string[];
}
