import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { toApiProblem } from './api-problem';
import { problemErrors, problemText } from './problem-errors';

function httpError(status: number, body: unknown, headers: Record<string, string> = {}): HttpErrorResponse {
  return new HttpErrorResponse({ error: body, headers: new HttpHeaders(headers), status, statusText: 'x' });
}

describe('toApiProblem', () => {
  it('reads the code, the refused fields with their reasons and the request id of a validation error', () => {
    const problem = toApiProblem(
      httpError(400, {
        code: 'VALIDATION_FAILED',
        details: [
          { field: 'password', messages: ['too short'], reason: 'too-short' },
          { field: 'email', messages: ['email must be an email'] },
        ],
        message: 'The request has 2 invalid fields.',
        requestId: 'req-1',
      }),
    );

    expect(problem).toEqual({
      code: 'VALIDATION_FAILED',
      details: expect.any(Array),
      fields: [
        { field: 'password', messages: ['too short'], reason: 'too-short' },
        { field: 'email', messages: ['email must be an email'] },
      ],
      requestId: 'req-1',
      status: 400,
    });
  });

  it('reads the reason and field of a domain refusal', () => {
    const problem = toApiProblem(
      httpError(403, { code: 'FORBIDDEN', details: { field: 'password', reason: 'WRONG_PASSWORD' }, message: 'x' }),
    );

    expect(problem.reason).toBe('WRONG_PASSWORD');
    expect(problem.fields).toEqual([{ field: 'password', messages: [], reason: 'WRONG_PASSWORD' }]);
  });

  it('keeps Retry-After of a 429 and falls back to the status when the body is not ours', () => {
    const problem = toApiProblem(httpError(429, 'Too Many Requests', { 'Retry-After': '90' }));

    expect(problem.code).toBe('RATE_LIMITED');
    expect(problem.retryAfterSeconds).toBe(90);
  });

  it('calls an unreachable server a network problem', () => {
    expect(toApiProblem(new HttpErrorResponse({ status: 0 })).code).toBe('NETWORK');
    expect(toApiProblem(new Error('boom')).code).toBe('INTERNAL_ERROR');
  });
});

describe('problemErrors', () => {
  const tree = (() => undefined) as never;

  it('puts a refused field at its form field, by reason, else the field fallback', () => {
    const problem = toApiProblem(
      httpError(400, {
        code: 'VALIDATION_FAILED',
        details: [{ field: 'password', messages: ['x'], reason: 'common' }],
        message: 'x',
      }),
    );

    expect(
      problemErrors(problem, { fields: { password: { byReason: { common: 'k.common' }, fallback: 'k.weak', tree } } }),
    ).toEqual([{ fieldTree: tree, kind: 'server', message: 'k.common' }]);
  });

  it('uses a form-level text by reason, with parameters from the details', () => {
    const problem = toApiProblem(
      httpError(422, { code: 'RULE_VIOLATED', details: { maxAge: 30, reason: 'ABOVE_YOUTH_AGE' }, message: 'x' }),
    );

    expect(
      problemErrors(problem, {
        reasons: { ABOVE_YOUTH_AGE: { message: 'k.tooOld', params: (d) => ({ maxAge: d['maxAge'] }), tree } },
      }),
    ).toEqual([{ fieldTree: tree, kind: 'server', message: 'k.tooOld', params: { maxAge: 30 } }]);
  });

  it('falls back to the generic text of the code, never to the English message', () => {
    const problem = toApiProblem(httpError(503, { code: 'SERVICE_UNAVAILABLE', message: 'Redis down' }));

    expect(problemErrors(problem)).toEqual([{ kind: 'server', message: 'problem.unavailable' }]);
  });

  it('says how many minutes to wait after too many attempts', () => {
    const problem = toApiProblem(httpError(429, { code: 'RATE_LIMITED', message: 'x' }, { 'Retry-After': '61' }));

    expect(problemText(problem)).toEqual({ message: 'problem.rateLimitedFor', params: { minutes: 2 } });
  });
});
